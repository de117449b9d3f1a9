#pragma once

#include "cli/Commands.h"
#include "mcp/ResourceRegistry.h"
#include "mcp/ToolRegistry.h"
#include "search/Searcher.h"
#include "store/cache/CacheReader.h"

#include <memory>

// Paperboy's tools and resources for `paperboy mcp` (the protocol itself is app/mcp). Each
// tool answers the same JSON objects as the CLI's --json output, built by the same functions
// (PaperJson.h, export/UserDataJson.h), wrapped in an object where the CLI prints an array.
//
// Extension point: a new family of tools gets its own McpXxxTools.cpp with an addXxxTools
// function declared here and called from addMcpTools, reading through LibraryReaders like the
// others.
namespace paperboy::cli {

// The reader connections the tools share, opened on first use and kept: a search then costs
// the search, not an open. Each is its own read-only connection (WAL), so a running window
// writes while the server reads. Reading never creates a cache: before the first import or
// sync, both are null and the tools answer an empty library.
class LibraryReaders final
{
public:
    explicit LibraryReaders(store::DataPaths paths);
    ~LibraryReaders();

    const store::DataPaths& paths() const { return m_paths; }
    // Null without a cache, or when it cannot be opened (then `error` says why).
    search::Searcher* searcher(QString* error);
    store::CacheReader* cache(QString* error);

private:
    const store::DataPaths m_paths;
    std::unique_ptr<search::Searcher> m_searcher;
    std::unique_ptr<store::CacheReader> m_cache;
};

// A CliContext whose output and errors are kept, for tools that run the CLI's own code paths.
struct CapturedContext final
{
    explicit CapturedContext(const store::DataPaths& paths);

    QString out;
    QString err;
    QTextStream outStream{&out};
    QTextStream errStream{&err};
    CliContext context;

    // What went to err (else to out), trimmed: the CLI's own words for what happened.
    QString message();
};

// The paper `text` names: an arXiv id, or an arXiv or Hugging Face paper URL (as the search
// box takes them).
std::optional<core::ArxivId> paperIdFrom(const QString& text);

// search_papers, get_paper, list_day, top_papers, related_papers, list_bookmarks
// (McpReadTools.cpp, McpUserTools.cpp).
void addReadTools(mcp::ToolRegistry& tools, LibraryReaders& library);
void addBookmarkListTool(mcp::ToolRegistry& tools, const store::DataPaths& paths);
// list_watches and watch_results (McpWatchTools.cpp): `watch list --json` and `watch show
// NAME --json`, through the same functions (WatchJson.h).
void addWatchTools(mcp::ToolRegistry& tools, const store::DataPaths& paths);
// for_you (McpForYouTools.cpp): `foryou --json`'s papers, through the same functions
// (ForYouJson.h), with whether the order fell back to votes.
void addForYouTools(mcp::ToolRegistry& tools, LibraryReaders& library);
// add_bookmark, remove_bookmark, set_note, mark_read: always listed, so that a client can tell
// its user how to allow them; without `allowWrites` each refuses with an error result saying
// so, and nothing is opened for writing (McpUserTools.cpp).
void addWriteTools(mcp::ToolRegistry& tools, const store::DataPaths& paths, bool allowWrites);
// paperboy://paper/{id}: a paper as Markdown; resources/list names the latest day's papers
// (McpPaperResource.cpp).
void addPaperResources(mcp::ResourceRegistry& resources, LibraryReaders& library);
// Every tool and resource of `paperboy mcp` (McpCommand.cpp); also for tests and benchmarks
// that serve the library in-process.
void addMcpTools(mcp::ToolRegistry& tools, mcp::ResourceRegistry& resources,
                 LibraryReaders& library, bool allowWrites);
// The paper as Markdown: title, Korean title, authors, date, links, keywords, abstract, AI
// summary and every source's sections (McpPaperResource.cpp).
QString paperMarkdown(const core::Paper& paper);

} // namespace paperboy::cli
