#include "mcp/ResourceRegistry.h"

namespace paperboy::mcp {

QString ResourceTemplate::uriPrefix() const
{
    const QString uriTemplate = definition.value(QLatin1String("uriTemplate")).toString();
    return uriTemplate.left(uriTemplate.indexOf(QLatin1Char('{')));
}

void ResourceRegistry::add(ResourceTemplate resourceTemplate)
{
    if (resourceTemplate.uriPrefix().isEmpty() || !resourceTemplate.read)
        qFatal("mcp: a resource template needs a uriTemplate and a reader");
    m_templates.append(std::move(resourceTemplate));
}

const ResourceTemplate* ResourceRegistry::findFor(const QString& uri) const
{
    const ResourceTemplate* best = nullptr;
    for (const ResourceTemplate& candidate : m_templates) {
        const QString prefix = candidate.uriPrefix();
        if (uri.startsWith(prefix) && uri.size() > prefix.size() &&
            (!best || prefix.size() > best->uriPrefix().size()))
            best = &candidate;
    }
    return best;
}

QJsonArray ResourceRegistry::templateDefinitions() const
{
    QJsonArray list;
    for (const ResourceTemplate& one : m_templates)
        list.append(one.definition);
    return list;
}

QJsonArray ResourceRegistry::resources() const
{
    QJsonArray all;
    for (const ResourceTemplate& one : m_templates) {
        if (!one.list)
            continue;
        for (const QJsonValue& entry : one.list())
            all.append(entry);
    }
    return all;
}

} // namespace paperboy::mcp
