// The MCP tools that read the cache: search_papers, get_paper, list_day, top_papers and
// related_papers. Each answers what the matching CLI command prints with --json.
#include "cli/McpSchemas.h"
#include "cli/McpTools.h"
#include "cli/PaperJson.h"
#include "search/Periods.h"
#include "search/QueryParser.h"

#include <QJsonArray>

namespace paperboy::cli {
namespace {

using mcp::ToolResult;

QJsonArray hitsJson(const QList<search::SearchHit>& hits)
{
    QJsonArray array;
    for (const search::SearchHit& hit : hits)
        array.append(hitToJson(hit));
    return array;
}

std::optional<core::ArxivId> paperId(const QJsonObject& arguments)
{
    return paperIdFrom(arguments.value(QLatin1String("id")).toString());
}

ToolResult notAnId(const QJsonObject& arguments)
{
    return ToolResult::failure(QStringLiteral("'%1' is not an arXiv id or URL")
                                   .arg(arguments.value(QLatin1String("id")).toString()));
}

search::Sort sortNamed(const QString& name)
{
    if (name == QLatin1String("date"))
        return search::Sort::Date;
    if (name == QLatin1String("votes"))
        return search::Sort::Votes;
    return search::Sort::Relevance;
}

ToolResult searchPapers(LibraryReaders& library, const QJsonObject& arguments)
{
    QString error;
    const search::Searcher* searcher = library.searcher(&error);
    if (!error.isEmpty())
        return ToolResult::failure(error);
    const QString text = arguments.value(QLatin1String("query")).toString().trimmed();
    if (text.isEmpty())
        return ToolResult::failure(QStringLiteral("Name what to search for."));
    const search::SearchOptions options{
        sortNamed(arguments.value(QLatin1String("sort")).toString()),
        arguments.value(QLatin1String("limit")).toInt(20)};
    search::SearchSummary summary;
    const auto hits = searcher ? searcher->search(search::parseQuery(text), options, &summary)
                               : QList<search::SearchHit>();
    return ToolResult::success({{QStringLiteral("query"), text},
                                {QStringLiteral("hits"), hitsJson(hits)},
                                {QStringLiteral("more"), summary.more},
                                {QStringLiteral("ranked_newest"), summary.rankedNewest}});
}

ToolResult getPaper(LibraryReaders& library, const QJsonObject& arguments)
{
    const auto id = paperId(arguments);
    if (!id)
        return notAnId(arguments);
    QString error;
    const store::CacheReader* cache = library.cache(&error);
    if (!error.isEmpty())
        return ToolResult::failure(error);
    const auto paper = cache ? cache->paper(id->id()) : std::nullopt;
    if (!paper)
        return ToolResult::failure(QStringLiteral("%1 is not in the cache").arg(id->id()));
    return ToolResult::success(paperToJson(*paper));
}

ToolResult listDay(LibraryReaders& library, const QJsonObject& arguments)
{
    std::optional<QDate> day;
    if (arguments.contains(QLatin1String("date"))) {
        const QString text = arguments.value(QLatin1String("date")).toString();
        day = QDate::fromString(text, Qt::ISODate);
        if (!day->isValid() || text.size() != 10)
            return ToolResult::failure(QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text));
    }
    QString error;
    const store::CacheReader* cache = library.cache(&error);
    if (!error.isEmpty())
        return ToolResult::failure(error);
    if (!day && cache)
        day = cache->latestDay();
    QJsonArray papers;
    for (const core::Paper& paper : (cache && day) ? cache->dayPapers(*day) : core::Papers())
        papers.append(paperToJson(paper));
    return ToolResult::success(
        {{QStringLiteral("date"), day ? QJsonValue(day->toString(Qt::ISODate)) : QJsonValue()},
         {QStringLiteral("papers"), papers}});
}

ToolResult topPapers(LibraryReaders& library, const QJsonObject& arguments)
{
    const QString period = arguments.value(QLatin1String("period")).toString().trimmed();
    const auto range =
        period.contains(QLatin1Char('W')) ? search::isoWeek(period) : search::month(period);
    if (!range)
        return ToolResult::failure(
            QStringLiteral("'%1' is neither an ISO week (2024-W03) nor a month (2024-01)")
                .arg(period));
    QString error;
    const search::Searcher* searcher = library.searcher(&error);
    if (!error.isEmpty())
        return ToolResult::failure(error);
    const int limit = arguments.value(QLatin1String("limit")).toInt(20);
    const auto hits =
        searcher ? searcher->top(range->first, range->second, limit) : QList<search::SearchHit>();
    return ToolResult::success({{QStringLiteral("first"), range->first.toString(Qt::ISODate)},
                                {QStringLiteral("last"), range->second.toString(Qt::ISODate)},
                                {QStringLiteral("hits"), hitsJson(hits)}});
}

ToolResult relatedPapers(LibraryReaders& library, const QJsonObject& arguments)
{
    const auto id = paperId(arguments);
    if (!id)
        return notAnId(arguments);
    QString error;
    const search::Searcher* searcher = library.searcher(&error);
    if (!error.isEmpty())
        return ToolResult::failure(error);
    const int limit = arguments.value(QLatin1String("limit")).toInt(5);
    const auto hits = searcher ? searcher->related(id->id(), limit) : QList<search::SearchHit>();
    return ToolResult::success(
        {{QStringLiteral("id"), id->id()}, {QStringLiteral("hits"), hitsJson(hits)}});
}

} // namespace

void addReadTools(mcp::ToolRegistry& tools, LibraryReaders& library)
{
    const QJsonObject stringType{{QStringLiteral("type"), QStringLiteral("string")}};
    tools.add({mcpschema::readTool(
                   R"json({"name": "search_papers", "title": "Search papers",
        "description": "Search every cached paper (English and Korean text, your notes too). Query language: words (all must match), \"phrases\", prefix*, -excluded, author:NAME, after:YYYY-MM-DD, before:YYYY-MM-DD, votes:>N, source:NAME, is:bookmarked, is:unread, is:read, has:note, or an arXiv id or URL.",
        "inputSchema": {"type": "object", "required": ["query"], "additionalProperties": false,
            "properties": {
                "query": {"type": "string", "minLength": 1, "description": "The search"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20},
                "sort": {"type": "string", "enum": ["relevance", "date", "votes"],
                         "default": "relevance"}}}})json",
                   mcpschema::listOf("hits", mcpschema::hit(),
                                     mcpschema::object(R"json({"query": {"type": "string"},
                                               "more": {"type": "boolean"},
                                               "ranked_newest": {"type": "boolean"}})json"))),
               [&library](const QJsonObject& a) { return searchPapers(library, a); }});
    tools.add({mcpschema::readTool(R"json({"name": "get_paper", "title": "Get a paper",
        "description": "One cached paper with everything every source said: title, Korean title, authors, votes, abstract, AI summary, Korean digest sections, keywords and links.",
        "inputSchema": {"type": "object", "required": ["id"], "additionalProperties": false,
            "properties": {"id": {"type": "string", "description": "arXiv id or arXiv / Hugging Face URL"}}}})json",
                                   mcpschema::paper()),
               [&library](const QJsonObject& a) { return getPaper(library, a); }});
    tools.add({mcpschema::readTool(
                   R"json({"name": "list_day", "title": "List a day's papers",
        "description": "The papers of one digest day in digest order, each in full (default: the latest cached day).",
        "inputSchema": {"type": "object", "additionalProperties": false,
            "properties": {"date": {"type": "string", "description": "YYYY-MM-DD"}}}})json",
                   mcpschema::listOf("papers", mcpschema::paper(), mcpschema::object(R"json({"date":
                                              {"type": ["string", "null"]}})json"))),
               [&library](const QJsonObject& a) { return listDay(library, a); }});
    tools.add(
        {mcpschema::readTool(R"json({"name": "top_papers", "title": "Top papers of a week or month",
        "description": "The most voted cached papers of an ISO week or a month, each with the first day it was listed.",
        "inputSchema": {"type": "object", "required": ["period"], "additionalProperties": false,
            "properties": {
                "period": {"type": "string", "description": "ISO week YYYY-Www (2024-W03) or month YYYY-MM (2024-01)"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20}}}})json",
                             mcpschema::listOf("hits", mcpschema::hit(),
                                               QJsonObject{{QStringLiteral("first"), stringType},
                                                           {QStringLiteral("last"), stringType}})),
         [&library](const QJsonObject& a) { return topPapers(library, a); }});
    tools.add(
        {mcpschema::readTool(R"json({"name": "related_papers", "title": "Related papers",
        "description": "The cached papers most like one paper, by its title, keywords and abstract.",
        "inputSchema": {"type": "object", "required": ["id"], "additionalProperties": false,
            "properties": {
                "id": {"type": "string", "description": "arXiv id or URL"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 5}}}})json",
                             mcpschema::listOf("hits", mcpschema::hit(),
                                               QJsonObject{{QStringLiteral("id"), stringType}})),
         [&library](const QJsonObject& a) { return relatedPapers(library, a); }});
}

} // namespace paperboy::cli
