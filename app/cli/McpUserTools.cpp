// The MCP tools over the user's own data: list_bookmarks, and the writes add_bookmark,
// remove_bookmark, set_note and mark_read. Writes run the CLI's own functions
// (UserDataAccess.h), so they check ids, take backups and write the user file exactly as
// `paperboy bookmarks add` and the others do; a running window sees them as it sees the CLI's.
#include "cli/McpSchemas.h"
#include "cli/McpTools.h"
#include "cli/UserDataAccess.h"
#include "export/UserDataJson.h"

#include <QJsonArray>

namespace paperboy::cli {
namespace {

using mcp::ToolResult;

const char* const readOnlyRefusal =
    "This Paperboy MCP server is read-only: nothing was changed. To let assistants change "
    "bookmarks, notes and read state, start it as `paperboy mcp --allow-writes` (in the MCP "
    "client's configuration).";

// The ids of arguments["ids"] (or the one arguments["id"]), normalised; nullopt after
// saying which one is not an arXiv id.
std::optional<QStringList> idsArgument(const QJsonObject& arguments, const QString& tool,
                                       QString* problem)
{
    QStringList texts;
    for (const QJsonValue& value : arguments.value(QLatin1String("ids")).toArray())
        texts.append(value.toString());
    if (arguments.contains(QLatin1String("id")))
        texts.append(arguments.value(QLatin1String("id")).toString());
    // Hugging Face paper URLs too; anything else is left for the CLI's check to name.
    for (QString& text : texts) {
        if (const auto id = paperIdFrom(text))
            text = id->id();
    }
    CapturedContext captured({});
    const auto ids = parseIds(texts, tool, captured.context);
    if (!ids)
        *problem = captured.message();
    return ids;
}

// Runs one of the CLI's writes and turns its exit code and words into a result.
template <typename Write>
ToolResult runWrite(const store::DataPaths& paths, const QJsonObject& structured, Write write)
{
    CapturedContext captured(paths);
    if (write(captured.context) != 0)
        return ToolResult::failure(captured.message());
    QJsonObject result = structured;
    const QString message = captured.message();
    if (!message.isEmpty())
        result.insert(QStringLiteral("message"), message);
    return ToolResult::success(result);
}

ToolResult writeTool(const store::DataPaths& paths, const QString& tool,
                     const QJsonObject& arguments)
{
    QString problem;
    const auto ids = idsArgument(arguments, tool, &problem);
    if (!ids)
        return ToolResult::failure(problem);
    const QJsonArray idArray = QJsonArray::fromStringList(*ids);
    if (tool == QLatin1String("add_bookmark"))
        return runWrite(paths, {{QStringLiteral("bookmarked"), idArray}},
                        [&](CliContext& c) { return addBookmarks(*ids, tool, c); });
    if (tool == QLatin1String("remove_bookmark"))
        return runWrite(paths, {{QStringLiteral("removed"), idArray}},
                        [&](CliContext& c) { return removeBookmarks(*ids, tool, c); });
    if (tool == QLatin1String("mark_read")) {
        const bool read = arguments.value(QLatin1String("read")).toBool(true);
        return runWrite(paths, {{QStringLiteral("ids"), idArray}, {QStringLiteral("read"), read}},
                        [&](CliContext& c) { return setReadState(*ids, read, tool, c); });
    }
    const QString text = arguments.value(QLatin1String("text")).toString();
    return runWrite(paths,
                    {{QStringLiteral("id"), ids->constFirst()},
                     {QStringLiteral("note"), text.isEmpty() ? QJsonValue() : QJsonValue(text)}},
                    [&](CliContext& c) { return setNote(ids->constFirst(), text, tool, c); });
}

QJsonObject writeDefinition(const char* definition, bool destructive, bool allowWrites)
{
    QJsonObject tool = mcpschema::object(definition);
    if (!allowWrites)
        tool.insert(QStringLiteral("description"),
                    QString(tool.value(QLatin1String("description")).toString() +
                            QStringLiteral(" Unavailable: this server was started without "
                                           "--allow-writes, so the call is refused.")));
    tool.insert(QStringLiteral("outputSchema"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}});
    tool.insert(QStringLiteral("annotations"),
                QJsonObject{{QStringLiteral("readOnlyHint"), false},
                            {QStringLiteral("destructiveHint"), destructive},
                            {QStringLiteral("idempotentHint"), true},
                            {QStringLiteral("openWorldHint"), false}});
    return tool;
}

} // namespace

void addBookmarkListTool(mcp::ToolRegistry& tools, const store::DataPaths& paths)
{
    QJsonObject definition = mcpschema::object(R"json({"name": "list_bookmarks",
        "title": "List bookmarks",
        "description": "Your bookmarked papers, newest first; each keeps its title, authors, date and abstract.",
        "inputSchema": {"type": "object", "additionalProperties": false, "properties": {}},
        "annotations": {"readOnlyHint": true, "openWorldHint": false}})json");
    definition.insert(QStringLiteral("outputSchema"),
                      mcpschema::listOf("bookmarks", mcpschema::bookmark()));
    tools.add({definition, [paths](const QJsonObject&) {
                   CapturedContext captured(paths);
                   const auto user = openUserStore(captured.context);
                   if (!user)
                       return ToolResult::failure(captured.message());
                   QJsonArray bookmarks;
                   for (const store::Bookmark& bookmark : user->bookmarkList())
                       bookmarks.append(exporting::bookmarkToJson(bookmark));
                   return ToolResult::success({{QStringLiteral("bookmarks"), bookmarks}});
               }});
}

void addWriteTools(mcp::ToolRegistry& tools, const store::DataPaths& paths, bool allowWrites)
{
    const struct
    {
        const char* definition;
        bool destructive;
    } writes[] = {
        {R"json({"name": "add_bookmark", "title": "Bookmark papers",
            "description": "Bookmark one or more cached papers (all or none: an unknown id bookmarks nothing).",
            "inputSchema": {"type": "object", "required": ["ids"], "additionalProperties": false,
                "properties": {"ids": {"type": "array", "minItems": 1, "maxItems": 100,
                    "items": {"type": "string"}, "description": "arXiv ids or URLs"}}}})json",
         false},
        {R"json({"name": "remove_bookmark", "title": "Remove bookmarks",
            "description": "Remove the bookmarks of one or more papers (all or none).",
            "inputSchema": {"type": "object", "required": ["ids"], "additionalProperties": false,
                "properties": {"ids": {"type": "array", "minItems": 1, "maxItems": 100,
                    "items": {"type": "string"}, "description": "arXiv ids or URLs"}}}})json",
         true},
        {R"json({"name": "set_note", "title": "Set a paper's note",
            "description": "Replace a paper's note with text (plain text or Markdown); empty text deletes the note.",
            "inputSchema": {"type": "object", "required": ["id", "text"], "additionalProperties": false,
                "properties": {"id": {"type": "string", "description": "arXiv id or URL"},
                               "text": {"type": "string"}}}})json",
         true},
        {R"json({"name": "mark_read", "title": "Mark papers read",
            "description": "Mark one or more papers read (or unread with read: false).",
            "inputSchema": {"type": "object", "required": ["ids"], "additionalProperties": false,
                "properties": {"ids": {"type": "array", "minItems": 1, "maxItems": 1000,
                    "items": {"type": "string"}, "description": "arXiv ids or URLs"},
                               "read": {"type": "boolean", "default": true}}}})json",
         false},
    };
    for (const auto& write : writes) {
        QJsonObject definition = writeDefinition(write.definition, write.destructive, allowWrites);
        const QString name = definition.value(QLatin1String("name")).toString();
        tools.add({definition, [paths, name, allowWrites](const QJsonObject& arguments) {
                       if (!allowWrites)
                           return ToolResult::failure(QString::fromLatin1(readOnlyRefusal));
                       return writeTool(paths, name, arguments);
                   }});
    }
}

} // namespace paperboy::cli
