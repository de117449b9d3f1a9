#include "mcp/Server.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::mcp {
namespace {

bool isValidId(const QJsonValue& id)
{
    // MCP forbids null ids; JSON-RPC allows strings and numbers.
    return id.isString() || id.isDouble();
}

} // namespace

Server::Server(ServerInfo info, const ToolRegistry& tools, const ResourceRegistry& resources)
    : m_info(std::move(info)), m_tools(tools), m_resources(resources)
{}

QByteArray Server::handleLine(const QByteArray& line)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return frame(errorResponse(
            QJsonValue::Null,
            {ParseError, QStringLiteral("Parse error: ") + parseError.errorString(), {}}));
    if (!document.isArray()) {
        const auto response = handleMessage(document.object());
        return response ? frame(*response) : QByteArray();
    }
    // A batch (JSON-RPC 2.0; MCP 2025-03-26 allowed them): each message answered in turn.
    const QJsonArray batch = document.array();
    if (batch.isEmpty())
        return frame(
            errorResponse(QJsonValue::Null, {InvalidRequest, QStringLiteral("Empty batch"), {}}));
    QJsonArray responses;
    for (const QJsonValue& message : batch) {
        if (const auto response = handleMessage(message))
            responses.append(*response);
    }
    return responses.isEmpty() ? QByteArray() : frame(responses);
}

std::optional<QJsonObject> Server::handleMessage(const QJsonValue& message)
{
    const QJsonObject object = message.toObject();
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue method = object.value(QLatin1String("method"));
    const bool hasId = object.contains(QLatin1String("id"));
    const QJsonValue answerId = isValidId(id) ? id : QJsonValue(QJsonValue::Null);
    if (!message.isObject() ||
        object.value(QLatin1String("jsonrpc")) != QJsonValue(QStringLiteral("2.0")))
        return errorResponse(answerId, {InvalidRequest,
                                        QStringLiteral("Invalid Request: not a JSON-RPC 2.0 "
                                                       "message"),
                                        {}});
    // A response to a request of ours: we send none, so there is nothing to match it with.
    if (!object.contains(QLatin1String("method")) &&
        (object.contains(QLatin1String("result")) || object.contains(QLatin1String("error"))))
        return std::nullopt;
    if (!method.isString() || (hasId && !isValidId(id)))
        return errorResponse(answerId, {InvalidRequest,
                                        hasId && !isValidId(id)
                                            ? QStringLiteral("Invalid Request: the id must be a "
                                                             "string or a number")
                                            : QStringLiteral("Invalid Request: no method"),
                                        {}});
    const QJsonValue params = object.value(QLatin1String("params"));
    if (!params.isUndefined() && !params.isObject()) {
        if (!hasId)
            return std::nullopt;
        return errorResponse(
            id, {InvalidParams, QStringLiteral("Invalid params: params must be an object"), {}});
    }
    if (!hasId) {
        // Notifications are never answered, not even when unknown.
        if (method.toString() == QLatin1String("notifications/initialized"))
            m_initialized = true;
        return std::nullopt;
    }
    const Outcome outcome = dispatch(method.toString(), params.toObject());
    if (const auto* error = std::get_if<RpcError>(&outcome))
        return errorResponse(id, *error);
    return resultResponse(id, std::get<QJsonValue>(outcome));
}

} // namespace paperboy::mcp
