// The methods an MCP server answers: the handshake, ping, tools and resources.
#include "mcp/SchemaCheck.h"
#include "mcp/Server.h"

namespace paperboy::mcp {
namespace {

QJsonObject capabilities()
{
    // Neither list changes while the server runs, and resources are read, not subscribed.
    return QJsonObject{
        {QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), false}}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("subscribe"), false}, {QStringLiteral("listChanged"), false}}},
    };
}

RpcError invalidParams(const QString& message)
{
    return {InvalidParams, QStringLiteral("Invalid params: ") + message, {}};
}

// Every list is answered whole: a cursor can only be one we never gave.
std::optional<RpcError> cursorError(const QJsonObject& params)
{
    if (params.contains(QLatin1String("cursor")))
        return invalidParams(QStringLiteral("unknown cursor"));
    return std::nullopt;
}

} // namespace

QStringList supportedProtocolVersions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
            QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
}

Server::Outcome Server::dispatch(const QString& method, const QJsonObject& params)
{
    if (method == QLatin1String("initialize"))
        return initialize(params);
    if (method == QLatin1String("ping"))
        return QJsonValue(QJsonObject());
    if (method == QLatin1String("tools/list")) {
        if (const auto error = cursorError(params))
            return *error;
        return QJsonValue(QJsonObject{{QStringLiteral("tools"), m_tools.definitions()}});
    }
    if (method == QLatin1String("tools/call"))
        return callTool(params);
    if (method == QLatin1String("resources/list")) {
        if (const auto error = cursorError(params))
            return *error;
        return QJsonValue(QJsonObject{{QStringLiteral("resources"), m_resources.resources()}});
    }
    if (method == QLatin1String("resources/templates/list")) {
        if (const auto error = cursorError(params))
            return *error;
        return QJsonValue(
            QJsonObject{{QStringLiteral("resourceTemplates"), m_resources.templateDefinitions()}});
    }
    if (method == QLatin1String("resources/read"))
        return readResource(params);
    return RpcError{MethodNotFound, QStringLiteral("Method not found: ") + method, {}};
}

Server::Outcome Server::initialize(const QJsonObject& params)
{
    const QJsonValue requested = params.value(QLatin1String("protocolVersion"));
    if (!requested.isString())
        return invalidParams(QStringLiteral("protocolVersion must be a string"));
    // The client's revision when we speak it, else our newest: the client decides whether it
    // can go on with that.
    const QStringList supported = supportedProtocolVersions();
    m_protocolVersion =
        supported.contains(requested.toString()) ? requested.toString() : supported.constFirst();
    QJsonObject serverInfo{{QStringLiteral("name"), m_info.name},
                           {QStringLiteral("version"), m_info.version}};
    if (!m_info.title.isEmpty())
        serverInfo.insert(QStringLiteral("title"), m_info.title);
    QJsonObject result{{QStringLiteral("protocolVersion"), m_protocolVersion},
                       {QStringLiteral("capabilities"), capabilities()},
                       {QStringLiteral("serverInfo"), serverInfo}};
    if (!m_info.instructions.isEmpty())
        result.insert(QStringLiteral("instructions"), m_info.instructions);
    return QJsonValue(result);
}

Server::Outcome Server::callTool(const QJsonObject& params) const
{
    const QJsonValue name = params.value(QLatin1String("name"));
    if (!name.isString())
        return invalidParams(QStringLiteral("name must be a string"));
    const Tool* tool = m_tools.find(name.toString());
    if (!tool)
        return invalidParams(QStringLiteral("unknown tool \"%1\"").arg(name.toString()));
    const QJsonValue arguments = params.value(QLatin1String("arguments"));
    if (!arguments.isUndefined() && !arguments.isObject())
        return invalidParams(QStringLiteral("arguments must be an object"));
    const QString problem = schemaViolation(arguments.toObject(), tool->inputSchema());
    if (!problem.isEmpty())
        return invalidParams(QStringLiteral("%1: %2").arg(name.toString(), problem));
    return QJsonValue(tool->run(arguments.toObject()).toJson());
}

Server::Outcome Server::readResource(const QJsonObject& params) const
{
    const QJsonValue uri = params.value(QLatin1String("uri"));
    if (!uri.isString())
        return invalidParams(QStringLiteral("uri must be a string"));
    const ResourceTemplate* family = m_resources.findFor(uri.toString());
    const auto text = family ? family->read(uri.toString()) : std::nullopt;
    if (!text)
        return RpcError{ResourceNotFound, QStringLiteral("Resource not found"),
                        QJsonObject{{QStringLiteral("uri"), uri}}};
    return QJsonValue(
        QJsonObject{{QStringLiteral("contents"),
                     QJsonArray{QJsonObject{{QStringLiteral("uri"), uri},
                                            {QStringLiteral("mimeType"), text->mimeType},
                                            {QStringLiteral("text"), text->text}}}}});
}

} // namespace paperboy::mcp
