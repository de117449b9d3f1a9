#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace paperboy::mcp {

// What a tool answers. A failure (a paper not cached, a refused write) is a result the model
// reads and can act on, not a protocol error: MCP's "tool execution error".
struct ToolResult
{
    QJsonObject structured; // structuredContent; its JSON is also the text content
    QString errorText;      // set for a failure (isError: true), which has no structured part
    bool isError = false;

    static ToolResult success(const QJsonObject& structured) { return {structured, {}, false}; }
    static ToolResult failure(const QString& message) { return {{}, message, true}; }
    // The tools/call result: {"content": [{"type": "text", ...}], "structuredContent", "isError"}.
    QJsonObject toJson() const;
};

// Arguments are checked against the tool's inputSchema before it runs.
using ToolHandler = std::function<ToolResult(const QJsonObject& arguments)>;

// One tool: its tools/list entry (name, title, description, inputSchema, outputSchema,
// annotations) and what runs it.
struct Tool
{
    QJsonObject definition;
    ToolHandler run;

    QString name() const { return definition.value(QLatin1String("name")).toString(); }
    QJsonObject inputSchema() const
    {
        return definition.value(QLatin1String("inputSchema")).toObject();
    }
};

// The tools a server offers, in the order they were added.
class ToolRegistry final
{
public:
    // `definitionJson` is the tools/list entry as JSON text (easier to read than built code).
    // A definition that does not parse, or has no name or inputSchema, is a programming error:
    // it stops the program with the name of the tool.
    void add(const QByteArray& definitionJson, ToolHandler run);
    void add(Tool tool);

    const Tool* find(const QString& name) const;
    QJsonArray definitions() const;

private:
    QList<Tool> m_tools;
};

} // namespace paperboy::mcp
