// The MCP tools over watches: list_watches and watch_results, answering what
// `paperboy watch list --json` and `watch show NAME --json` print (WatchJson.h).
#include "cli/McpSchemas.h"
#include "cli/McpTools.h"
#include "cli/UserDataAccess.h"
#include "cli/WatchJson.h"

namespace paperboy::cli {
namespace {

using mcp::ToolResult;

QJsonObject watchSchema()
{
    return mcpschema::object(R"json({"type": "object",
        "required": ["name", "query", "position", "created", "seen", "total", "new"],
        "properties": {
            "name": {"type": "string"},
            "query": {"type": "string", "description": "in the search language of search_papers"},
            "position": {"type": "integer"},
            "created": {"type": ["string", "null"]},
            "seen": {"type": "string", "description": "when the watch was last opened: papers cached later are new"},
            "total": {"type": "integer", "description": "papers matching"},
            "new": {"type": "integer", "description": "papers matching that are new"}
        }})json");
}

QJsonObject watchHitSchema()
{
    QJsonObject schema = mcpschema::hit();
    QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    properties.insert(QStringLiteral("new"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}});
    schema.insert(QStringLiteral("properties"), properties);
    QJsonArray required = schema.value(QLatin1String("required")).toArray();
    required.append(QStringLiteral("new"));
    schema.insert(QStringLiteral("required"), required);
    return schema;
}

ToolResult listWatches(const store::DataPaths& paths)
{
    CapturedContext captured(paths);
    const auto user = openUserStore(captured.context);
    if (!user)
        return ToolResult::failure(captured.message());
    QString error;
    const auto search = openWatchSearch(paths, &error);
    if (!search && !error.isEmpty())
        return ToolResult::failure(error);
    return ToolResult::success(
        {{QStringLiteral("watches"), watchListJson(user->watches(), search.get())}});
}

ToolResult watchResults(const store::DataPaths& paths, const QJsonObject& arguments)
{
    CapturedContext captured(paths);
    const auto user = openUserStore(captured.context);
    if (!user)
        return ToolResult::failure(captured.message());
    const QString name = arguments.value(QLatin1String("name")).toString();
    const auto watch = user->watch(name);
    if (!watch)
        return ToolResult::failure(QStringLiteral("No watch is named '%1'.").arg(name));
    QString error;
    const auto search = openWatchSearch(paths, &error);
    if (!search && !error.isEmpty())
        return ToolResult::failure(error);
    const search::WatchPage page =
        search ? search->results(*watch, arguments.value(QLatin1String("limit")).toInt(50),
                                 arguments.value(QLatin1String("only_new")).toBool(false))
               : search::WatchPage();
    return ToolResult::success(
        {{QStringLiteral("name"), watch->name}, {QStringLiteral("hits"), watchHitsJson(page)}});
}

} // namespace

void addWatchTools(mcp::ToolRegistry& tools, const store::DataPaths& paths)
{
    tools.add({mcpschema::readTool(R"json({"name": "list_watches", "title": "List watches",
        "description": "Your watches (saved searches) in your order, each with how many papers match and how many are new since you last opened it.",
        "inputSchema": {"type": "object", "additionalProperties": false, "properties": {}}})json",
                                   mcpschema::listOf("watches", watchSchema())),
               [paths](const QJsonObject&) { return listWatches(paths); }});
    tools.add({mcpschema::readTool(
                   R"json({"name": "watch_results", "title": "A watch's papers",
        "description": "The papers a watch finds, newest day first, each marked new or not (reading them does not mark them seen).",
        "inputSchema": {"type": "object", "required": ["name"], "additionalProperties": false,
            "properties": {
                "name": {"type": "string", "minLength": 1, "description": "The watch's name (list_watches)"},
                "only_new": {"type": "boolean", "default": false},
                "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}}}})json",
                   mcpschema::listOf("hits", watchHitSchema(), mcpschema::object(R"json({"name":
                                              {"type": "string"}})json"))),
               [paths](const QJsonObject& a) { return watchResults(paths, a); }});
}

} // namespace paperboy::cli
