#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace paperboy::mcp {

// One resource's text, as resources/read answers it.
struct ResourceText
{
    QString mimeType;
    QString text;
};

// A family of resources under one URI template ("paperboy://paper/{id}"): its
// resources/templates/list entry, how to read one URI of it, and (optionally) which of its
// resources resources/list names (a library is too big to list whole).
struct ResourceTemplate
{
    QJsonObject definition; // uriTemplate, name, title, description, mimeType
    // nullopt when there is no such resource (answered as MCP's "Resource not found").
    std::function<std::optional<ResourceText>(const QString& uri)> read;
    std::function<QJsonArray()> list; // resources/list entries; may be empty

    // The URI template's text before its first variable: the URIs this template reads.
    QString uriPrefix() const;
};

class ResourceRegistry final
{
public:
    void add(ResourceTemplate resourceTemplate);

    // The template whose prefix starts `uri` (the longest such), or null.
    const ResourceTemplate* findFor(const QString& uri) const;
    QJsonArray templateDefinitions() const;
    QJsonArray resources() const;

private:
    QList<ResourceTemplate> m_templates;
};

} // namespace paperboy::mcp
