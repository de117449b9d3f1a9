#include "mcp/JsonRpc.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::mcp {

QJsonObject resultResponse(const QJsonValue& id, const QJsonValue& result)
{
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("result"), result}};
}

QJsonObject errorResponse(const QJsonValue& id, const RpcError& error)
{
    QJsonObject body{{QStringLiteral("code"), error.code},
                     {QStringLiteral("message"), error.message}};
    if (!error.data.isUndefined() && !error.data.isNull())
        body.insert(QStringLiteral("data"), error.data);
    return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("error"), body}};
}

QByteArray frame(const QJsonValue& message)
{
    const QJsonDocument document =
        message.isArray() ? QJsonDocument(message.toArray()) : QJsonDocument(message.toObject());
    return document.toJson(QJsonDocument::Compact) + '\n';
}

} // namespace paperboy::mcp
