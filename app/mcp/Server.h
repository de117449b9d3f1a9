#pragma once

#include "mcp/JsonRpc.h"
#include "mcp/ResourceRegistry.h"
#include "mcp/ToolRegistry.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <variant>

namespace paperboy::mcp {

// The protocol revisions this server speaks, newest first. Nothing it uses changed between
// them: initialize, tools (structuredContent and outputSchema are ignored by older clients)
// and resources.
QStringList supportedProtocolVersions();

struct ServerInfo
{
    QString name;
    QString title;
    QString version;
    QString instructions; // said to the client at initialize; may be empty
};

// An MCP server's protocol side: takes one line of the stdio transport and answers the line
// to write back (empty for notifications, which get no answer). Requests are served in order
// on the caller's thread; the tools it calls do the work. A malformed line or a failing
// method is answered with a JSON-RPC error and the server carries on. Requests before
// initialize are served as well: refusing them would help no client.
class Server final
{
public:
    Server(ServerInfo info, const ToolRegistry& tools, const ResourceRegistry& resources);

    QByteArray handleLine(const QByteArray& line);

    // The revision agreed at initialize (empty before it).
    QString protocolVersion() const { return m_protocolVersion; }
    bool initialized() const { return m_initialized; }

private:
    using Outcome = std::variant<QJsonValue, RpcError>;

    // The response to one message, or nothing for a notification or a client's response.
    std::optional<QJsonObject> handleMessage(const QJsonValue& message);
    Outcome dispatch(const QString& method, const QJsonObject& params);
    // ServerMethods.cpp
    Outcome initialize(const QJsonObject& params);
    Outcome callTool(const QJsonObject& params) const;
    Outcome readResource(const QJsonObject& params) const;

    const ServerInfo m_info;
    const ToolRegistry& m_tools;
    const ResourceRegistry& m_resources;
    QString m_protocolVersion;
    bool m_initialized = false; // notifications/initialized received
};

} // namespace paperboy::mcp
