// The subcommands over the whole archive: search, top (a week's or month's most voted papers)
// and related ("more like this").
#include "cli/CommandParsing.h"
#include "cli/PaperJson.h"
#include "cli/UserDataAccess.h"
#include "search/Periods.h"
#include "search/QueryParser.h"
#include "search/Searcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

// Reading never creates a cache: a missing file searches as an empty archive.
std::unique_ptr<search::Searcher> openSearcher(CliContext& context, bool* failed)
{
    *failed = false;
    if (!QFileInfo::exists(context.paths.cacheFile))
        return nullptr;
    QString error;
    auto searcher = search::Searcher::open(context.paths, &error);
    if (!searcher) {
        context.err << error << '\n';
        *failed = true;
    }
    return searcher;
}

void printHits(CliContext& context, const QList<search::SearchHit>& hits, bool json)
{
    if (json) {
        QJsonArray array;
        for (const search::SearchHit& hit : hits)
            array.append(hitToJson(hit));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (hits.isEmpty()) {
        context.out << tr("No papers match.") << '\n';
        return;
    }
    for (const search::SearchHit& hit : hits) {
        context.out
            << hit.date.toString(Qt::ISODate) << "  "
            << (hit.votes ? QString::number(*hit.votes) : QStringLiteral("-")).rightJustified(4)
            << "  " << hit.id << "  " << hit.title << '\n';
        if (!hit.snippet.text.isEmpty())
            context.out << "    " << hit.snippet.marked(u"\u00ab", u"\u00bb").simplified() << '\n';
    }
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON"));
}

std::optional<search::Sort> sortFrom(const QString& text)
{
    if (text == QLatin1String("relevance"))
        return search::Sort::Relevance;
    if (text == QLatin1String("date"))
        return search::Sort::Date;
    if (text == QLatin1String("votes"))
        return search::Sort::Votes;
    return std::nullopt;
}

std::optional<int> limitFrom(const QString& text)
{
    bool ok = false;
    const int limit = text.toInt(&ok);
    return ok && limit > 0 && limit <= 10000 ? std::optional<int>(limit) : std::nullopt;
}

} // namespace

int runSearchCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Search every cached paper: words (all of them), \"phrases\", prefix*, -excluded, "
           "author:NAME, after:DATE, before:DATE, votes:>N, source:NAME, is:bookmarked, "
           "is:unread, is:read, has:note, or an arXiv id or URL; your notes are searched too. "
           "Put -- before a query that starts with '-'."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N papers (default 20)"),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption sort(QStringLiteral("sort"), tr("relevance (default), date or votes"),
                                  QStringLiteral("ORDER"), QStringLiteral("relevance"));
    parser.addOptions({json, limit, sort});
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to search for"),
                                 QStringLiteral("QUERY..."));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    const auto order = sortFrom(parser.value(sort));
    const auto count = limitFrom(parser.value(limit));
    if (text.isEmpty() || !order || !count) {
        context.err << args.value(0) << ": "
                    << (text.isEmpty() ? tr("name what to search for")
                        : !order       ? tr("--sort takes relevance, date or votes")
                                       : tr("--limit takes a number from 1 to 10000"))
                    << '\n';
        return exitUsage;
    }
    bool failed = false;
    const auto searcher = openSearcher(context, &failed);
    if (failed)
        return exitFailed;
    search::SearchSummary summary;
    const auto hits = searcher
                          ? searcher->search(search::parseQuery(text), {*order, *count}, &summary)
                          : QList<search::SearchHit>();
    printHits(context, hits, parser.isSet(json));
    // On stderr, as the window's status line says it: stdout stays the results alone.
    if (summary.rankedNewest)
        context.err << tr("Ranked among the %1 newest matches; --sort date or --sort votes goes "
                          "through all of them.")
                           .arg(search::rankedMatchLimit)
                    << '\n';
    else if (summary.more)
        context.err << tr("More papers match: --limit N shows more.") << '\n';
    return exitOk;
}

int runTopCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The most voted papers of an ISO week or a month, with the day each was listed."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption week(QStringLiteral("week"), tr("ISO week, e.g. 2024-W03"),
                                  QStringLiteral("YYYY-Www"));
    const QCommandLineOption month(QStringLiteral("month"), tr("Month, e.g. 2024-01"),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N papers (default 20)"),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({json, week, month, limit});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const auto count = limitFrom(parser.value(limit));
    if (parser.isSet(week) == parser.isSet(month) || !count ||
        !parser.positionalArguments().isEmpty()) {
        context.err << args.value(0) << ": "
                    << (!count ? tr("--limit takes a number from 1 to 10000")
                               : tr("give one of --week YYYY-Www or --month YYYY-MM"))
                    << '\n';
        return exitUsage;
    }
    const std::optional<search::DayRange> range = parser.isSet(week)
                                                      ? search::isoWeek(parser.value(week))
                                                      : search::month(parser.value(month));
    if (!range) {
        context.err << args.value(0) << ": "
                    << (parser.isSet(week)
                            ? tr("no such week: %1 (YYYY-Www, weeks 01 to 52 or 53)")
                                  .arg(parser.value(week))
                            : tr("no such month: %1 (YYYY-MM)").arg(parser.value(month)))
                    << '\n';
        return exitUsage;
    }
    bool failed = false;
    const auto searcher = openSearcher(context, &failed);
    if (failed)
        return exitFailed;
    const auto hits =
        searcher ? searcher->top(range->first, range->second, *count) : QList<search::SearchHit>();
    printHits(context, hits, parser.isSet(json));
    return exitOk;
}

int runRelatedCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The 5 cached papers most like one paper, by its title, keywords and abstract."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("id"), tr("arXiv id or URL"), QStringLiteral("ID"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const auto id = parser.positionalArguments().size() == 1
                        ? core::ArxivId::parseTyped(parser.positionalArguments().constFirst())
                        : std::nullopt;
    if (!id) {
        context.err << args.value(0) << ": " << tr("name one arXiv id or URL") << '\n';
        return exitUsage;
    }
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    if (cacheFailed)
        return exitFailed;
    // As `show`: a paper the cache does not have is not found, not a paper like no other.
    if (!cache || !cache->paper(id->id())) {
        context.err << args.value(0) << ": " << tr("%1 is not in the cache").arg(id->id()) << '\n';
        return exitFailed;
    }
    bool failed = false;
    const auto searcher = openSearcher(context, &failed);
    if (failed)
        return exitFailed;
    const auto hits = searcher ? searcher->related(id->id(), 5) : QList<search::SearchHit>();
    printHits(context, hits, parser.isSet(json));
    return exitOk;
}

} // namespace paperboy::cli
