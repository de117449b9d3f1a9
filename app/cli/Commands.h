#pragma once

#include "store/db/DataPaths.h"

#include <QStringList>
#include <QTextStream>

namespace paperboy::cli {

// What every subcommand gets: the resolved data location and the two output streams.
struct CliContext
{
    store::DataPaths paths;
    QTextStream& out;
    QTextStream& err;
};

// `args` starts with the program-and-subcommand name (e.g. "paperboy sync") followed by the
// subcommand's own arguments, ready for QCommandLineParser::process/parse.
int runImportCommand(const QStringList& args, CliContext& context);
int runDaysCommand(const QStringList& args, CliContext& context);
int runListCommand(const QStringList& args, CliContext& context);
int runShowCommand(const QStringList& args, CliContext& context);
int runSyncCommand(const QStringList& args, CliContext& context);
int runSearchCommand(const QStringList& args, CliContext& context);
int runTopCommand(const QStringList& args, CliContext& context);
int runRelatedCommand(const QStringList& args, CliContext& context);
int runThumbnailsCommand(const QStringList& args, CliContext& context);
// The user's own data (BookmarkCommands.cpp, UserDataFileCommands.cpp).
int runBookmarksCommand(const QStringList& args, CliContext& context);
int runReadCommand(const QStringList& args, CliContext& context);
int runNoteCommand(const QStringList& args, CliContext& context);
int runDismissCommand(const QStringList& args, CliContext& context); // ForYouCommands.cpp
int runForYouCommand(const QStringList& args, CliContext& context);
int runUserDataCommand(const QStringList& args, CliContext& context);
int runExportCommand(const QStringList& args, CliContext& context);
int runDigestCommand(const QStringList& args, CliContext& context);     // DigestCommand.cpp
int runPdfCommand(const QStringList& args, CliContext& context);        // PdfCommand.cpp
int runSummarizeCommand(const QStringList& args, CliContext& context);  // SummarizeCommand.cpp
int runAskCommand(const QStringList& args, CliContext& context);        // AskCommand.cpp
int runMcpCommand(const QStringList& args, CliContext& context);        // McpCommand.cpp
int runWatchCommand(const QStringList& args, CliContext& context);      // WatchCommands.cpp
int runTrendsCommand(const QStringList& args, CliContext& context);     // TrendsCommand.cpp
int runHighlightsCommand(const QStringList& args, CliContext& context); // HighlightCommands.cpp

} // namespace paperboy::cli
