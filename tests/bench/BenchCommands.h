#pragma once

#include <QStringList>

namespace paperboy::bench {

// Each takes the arguments after its subcommand name and prints "metric value unit" lines.
int importBench(const QStringList& args);      // ImportBench.cpp
int genBench(const QStringList& args);         // GenBench.cpp
int startupBench(const QStringList& args);     // StartupBench.cpp (reader window)
int daySwitchBench(const QStringList& args);   // DaySwitchBench.cpp (reader window)
int syncBench(const QStringList& args);        // SyncBench.cpp
int syncGuiBench(const QStringList& args);     // SyncGuiBench.cpp (reader window)
int searchBench(const QStringList& args);      // SearchBench.cpp
int thumbsBench(const QStringList& args);      // ThumbsBench.cpp
int scrollBench(const QStringList& args);      // ScrollBench.cpp (list pane)
int bookmarkBench(const QStringList& args);    // BookmarkBench.cpp (reader window)
int searchUiBench(const QStringList& args);    // SearchUiBench.cpp (reader window)
int sqlBench(const QStringList& args);         // SqlBench.cpp (profiling aid)
int mcpBench(const QStringList& args);         // McpBench.cpp (`paperboy mcp`'s search_papers)
int forYouBench(const QStringList& args);      // ForYouBench.cpp (quality, shared corpus)
int forYouSpeedBench(const QStringList& args); // ForYouSpeedBench.cpp
int watchesBench(const QStringList& args);     // WatchBench.cpp (issue 33's new counts)
int trendsBench(const QStringList& args);      // TrendsBench.cpp (issue 36)
int readBench(const QStringList& args);        // ReadBench.cpp (the Read view)

} // namespace paperboy::bench
