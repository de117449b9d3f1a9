#include "mcp/ToolRegistry.h"

#include <QJsonDocument>

namespace paperboy::mcp {

QJsonObject ToolResult::toJson() const
{
    const QString text =
        isError ? errorText
                : QString::fromUtf8(QJsonDocument(structured).toJson(QJsonDocument::Compact));
    QJsonObject result{{QStringLiteral("content"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                               {QStringLiteral("text"), text}}}},
                       {QStringLiteral("isError"), isError}};
    if (!isError)
        result.insert(QStringLiteral("structuredContent"), structured);
    return result;
}

void ToolRegistry::add(const QByteArray& definitionJson, ToolHandler run)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(definitionJson, &error);
    if (!document.isObject())
        qFatal("mcp: a tool definition is not a JSON object: %s (%s)",
               qPrintable(error.errorString()), definitionJson.left(80).constData());
    add(Tool{document.object(), std::move(run)});
}

void ToolRegistry::add(Tool tool)
{
    if (tool.name().isEmpty() || !tool.definition.value(QLatin1String("inputSchema")).isObject() ||
        find(tool.name()))
        qFatal("mcp: tool '%s' needs a unique name and an inputSchema", qPrintable(tool.name()));
    m_tools.append(std::move(tool));
}

const Tool* ToolRegistry::find(const QString& name) const
{
    for (const Tool& tool : m_tools) {
        if (tool.name() == name)
            return &tool;
    }
    return nullptr;
}

QJsonArray ToolRegistry::definitions() const
{
    QJsonArray list;
    for (const Tool& tool : m_tools)
        list.append(tool.definition);
    return list;
}

} // namespace paperboy::mcp
