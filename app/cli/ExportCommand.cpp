// `paperboy export`: bookmarks, a day's papers or search results in the citation formats.
#include "cli/CommandParsing.h"
#include "cli/UserDataAccess.h"
#include "export/ExportEntry.h"
#include "search/QueryParser.h"
#include "search/Searcher.h"
#include "store/cache/CacheReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

// The most a query exports: the search command's own ceiling.
constexpr int maxQueryResults = 10000;

std::optional<exporting::ExportEntries> bookmarkEntries(CliContext& context)
{
    const auto user = openUserStore(context);
    if (!user)
        return std::nullopt;
    exporting::ExportEntries entries;
    for (const store::Bookmark& bookmark : user->bookmarkList())
        entries.append(exporting::ExportEntry::fromBookmark(bookmark));
    return entries;
}

// The entry makers below set `*code` to the exit status when they return nothing.
std::optional<exporting::ExportEntries> dayEntries(const QString& text, const QString& command,
                                                   CliContext& context, int* code)
{
    *code = exitFailed;
    const auto day = parseDateArgument(text, command, context);
    if (!day) {
        *code = exitUsage;
        return std::nullopt;
    }
    bool failed = false;
    const auto cache = openCacheIfAny(context, &failed);
    if (failed)
        return std::nullopt;
    const core::Papers papers = cache ? cache->dayPapers(*day) : core::Papers();
    if (papers.isEmpty()) {
        context.err << command << ": "
                    << tr("%1 is not a cached day").arg(day->toString(Qt::ISODate)) << '\n';
        return std::nullopt;
    }
    exporting::ExportEntries entries;
    for (const core::Paper& paper : papers)
        entries.append(exporting::ExportEntry::fromPaper(paper));
    return entries;
}

// The papers `search` would list for the query, most relevant first, each merged from every
// source the way the detail pane shows it.
std::optional<exporting::ExportEntries> queryEntries(const QString& text, const QString& command,
                                                     CliContext& context, int* code)
{
    *code = exitFailed;
    const search::Query query = search::parseQuery(text);
    if (query.isEmpty()) {
        context.err << command << ": " << tr("--query needs something to search for") << '\n';
        *code = exitUsage;
        return std::nullopt;
    }
    bool failed = false;
    const auto cache = openCacheIfAny(context, &failed);
    if (failed)
        return std::nullopt;
    QList<search::SearchHit> hits;
    if (cache) {
        QString error;
        const auto searcher = search::Searcher::open(context.paths, &error);
        if (!searcher) {
            context.err << command << ": " << error << '\n';
            return std::nullopt;
        }
        hits = searcher->search(query, {search::Sort::Relevance, maxQueryResults});
    }
    exporting::ExportEntries entries;
    for (const search::SearchHit& hit : hits) {
        if (const auto paper = cache->paper(hit.id))
            entries.append(exporting::ExportEntry::fromPaper(*paper));
    }
    if (entries.isEmpty()) {
        context.err << command << ": " << tr("no cached paper matches %1").arg(text) << '\n';
        return std::nullopt;
    }
    return entries;
}

} // namespace

int runExportCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export bookmarks, a day's papers or search results as "
                                        "BibTeX, RIS, Markdown or CSV."));
    const QCommandLineOption format(QStringLiteral("format"), tr("bibtex, ris, markdown or csv"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption bookmarks(QStringLiteral("bookmarks"), tr("Every bookmark"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The papers of a cached day"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   tr("The papers a search finds (the search command's syntax)"),
                                   QStringLiteral("Q"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE (default: standard output)"),
                                    QStringLiteral("FILE"));
    parser.addOptions({format, bookmarks, date, query, output});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QString command = args.value(0);
    const auto chosen = exporting::formatFromName(parser.value(format));
    if (!chosen) {
        context.err << command << ": " << tr("--format must be bibtex, ris, markdown or csv")
                    << '\n';
        return exitUsage;
    }
    const int sources =
        int(parser.isSet(bookmarks)) + int(parser.isSet(date)) + int(parser.isSet(query));
    if (sources != 1 || !parser.positionalArguments().isEmpty()) {
        context.err << command << ": " << tr("choose one of --bookmarks, --date DATE or --query Q")
                    << '\n';
        return exitUsage;
    }
    int code = exitFailed;
    const auto entries = parser.isSet(bookmarks) ? bookmarkEntries(context)
                         : parser.isSet(date)
                             ? dayEntries(parser.value(date), command, context, &code)
                             : queryEntries(parser.value(query), command, context, &code);
    if (!entries)
        return code;
    auto withHighlights = *entries;
    if (*chosen == exporting::Format::Markdown) {
        // Markdown carries the reader's highlights under each paper.
        const auto user = openUserStore(context);
        if (!user)
            return exitFailed;
        for (exporting::ExportEntry& entry : withHighlights)
            entry.highlights = user->highlights(entry.paper.id.id());
    }
    return writeOutput(parser.value(output), exporting::write(*chosen, withHighlights), command,
                       context)
               ? exitOk
               : exitFailed;
}

} // namespace paperboy::cli
