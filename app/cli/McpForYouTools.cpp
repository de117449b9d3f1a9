// The MCP tool for_you: the reader's For you ranking, the same papers in the same order as
// `paperboy foryou --json` (ForYouJson.h).
#include "cli/ForYouJson.h"
#include "cli/McpSchemas.h"
#include "cli/McpTools.h"
#include "cli/UserDataAccess.h"

namespace paperboy::cli {
namespace {

using mcp::ToolResult;

QJsonObject rankedSchema()
{
    return mcpschema::object(R"json({"type": "object",
        "required": ["id", "date", "title", "score", "why", "dismissed"],
        "properties": {
            "id": {"type": "string"},
            "date": {"type": ["string", "null"]},
            "title": {"type": "string"},
            "score": {"type": "number", "description": "higher first"},
            "why": {"type": "array", "items": {"type": "string"},
                    "description": "the terms that raised the paper most (plain text)"},
            "dismissed": {"type": "boolean", "description": "marked Not interested: listed last"}
        }})json");
}

std::optional<QDate> dateArgument(const QJsonObject& arguments, const char* name)
{
    const QJsonValue value = arguments.value(QLatin1String(name));
    if (value.isUndefined())
        return QDate();
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    return day.isValid() ? std::optional(day) : std::nullopt;
}

ToolResult forYou(LibraryReaders& library, const QJsonObject& arguments)
{
    const auto from = dateArgument(arguments, "from");
    const auto to = dateArgument(arguments, "to");
    if (!from || !to || from->isValid() != to->isValid() || (from->isValid() && *from > *to))
        return ToolResult::failure(QStringLiteral(
            "Give both from and to as YYYY-MM-DD (from not after to), or neither for the newest "
            "7 cached days."));
    QString error;
    const store::CacheReader* cache = library.cache(&error);
    if (!cache && !error.isEmpty())
        return ToolResult::failure(error);
    CapturedContext captured(library.paths());
    const auto user = openUserStore(captured.context);
    if (!user)
        return ToolResult::failure(captured.message());
    const auto period = from->isValid() ? std::pair(*from, *to) : newestForYouDays(cache);
    const rank::ForYouList list = rankForYou(library.paths(), cache, *user, period, &error);
    const int limit = arguments.value(QLatin1String("limit")).toInt(20);
    return ToolResult::success({
        {QStringLiteral("papers"), forYouJson(list, limit)},
        {QStringLiteral("ordered_by_votes"), list.byVotes},
        {QStringLiteral("bookmarks_needed"), list.byVotes ? std::max(1, list.bookmarksNeeded) : 0},
    });
}

} // namespace

void addForYouTools(mcp::ToolRegistry& tools, LibraryReaders& library)
{
    const QJsonObject tool =
        mcpschema::readTool(R"json({"name": "for_you", "title": "For you",
        "description": "Papers ranked for this reader by a model learnt from their bookmarks and Not interested marks (newest 7 cached days unless from/to are given), each with the terms that raised it. Bookmarked papers are left out, dismissed ones come last. With fewer than 5 bookmarks the order is by votes and ordered_by_votes says so.",
        "inputSchema": {"type": "object", "additionalProperties": false,
            "properties": {
                "from": {"type": "string", "format": "date", "description": "first day, YYYY-MM-DD (with to)"},
                "to": {"type": "string", "format": "date", "description": "last day, YYYY-MM-DD (with from)"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20}}}})json",
                            mcpschema::listOf("papers", rankedSchema(), mcpschema::object(R"json({
            "ordered_by_votes": {"type": "boolean"},
            "bookmarks_needed": {"type": "integer"}})json")));
    tools.add({tool, [&library](const QJsonObject& a) { return forYou(library, a); }});
}

} // namespace paperboy::cli
