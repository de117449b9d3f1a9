#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// JSON-RPC 2.0 as the MCP stdio transport carries it: one message per line, UTF-8 JSON.
namespace paperboy::mcp {

// The error codes of JSON-RPC 2.0, and the one MCP adds for resources.
enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ResourceNotFound = -32002,
};

// What a method answers instead of a result.
struct RpcError
{
    int code = InternalError;
    QString message;
    QJsonValue data; // null or undefined: no "data" member
};

QJsonObject resultResponse(const QJsonValue& id, const QJsonValue& result);
QJsonObject errorResponse(const QJsonValue& id, const RpcError& error);
// A message as it goes on the wire: compact JSON and one "\n". QJsonDocument escapes line
// breaks inside strings, so the message is always a single line.
QByteArray frame(const QJsonValue& message);

} // namespace paperboy::mcp
