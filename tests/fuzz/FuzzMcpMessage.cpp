// Fuzzes the MCP server's handling of one line of its input, which any client (or anything that
// writes to its stdin) controls: whatever the bytes, the answer is nothing (a notification) or
// exactly one line of JSON-RPC 2.0, an error for anything that does not parse, and a tool runs
// only with arguments its input schema accepts.
#include "fuzz/FuzzChecks.h"
#include "mcp/SchemaCheck.h"
#include "mcp/Server.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {

using paperboy::fuzz::check;
using namespace paperboy::mcp;

const char* const echoTool = R"json({"name": "echo", "description": "Echoes.",
    "inputSchema": {"type": "object", "required": ["text"], "additionalProperties": false,
        "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 50},
                       "times": {"type": "integer", "minimum": 1, "maximum": 3},
                       "mode": {"type": "string", "enum": ["plain", "loud"]},
                       "ids": {"type": "array", "minItems": 1, "items": {"type": "string"}}}}})json";

Server& server()
{
    static ToolRegistry tools;
    static ResourceRegistry resources;
    static Server* const instance = [] {
        tools.add(QByteArray(echoTool), [](const QJsonObject& arguments) {
            // The schema promised these: checked again here, where a lapse would be a bug.
            check(schemaViolation(arguments, tools.find(QStringLiteral("echo"))->inputSchema())
                      .isEmpty(),
                  "a tool ran with arguments its schema refuses",
                  QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)));
            return ToolResult::success({{QStringLiteral("echo"), arguments}});
        });
        return new Server({QStringLiteral("fuzz"), {}, QStringLiteral("1"), {}}, tools, resources);
    }();
    return *instance;
}

void checkResponse(const QJsonObject& response)
{
    check(response.value(QLatin1String("jsonrpc")).toString() == QLatin1String("2.0"),
          "an answer that is not JSON-RPC 2.0");
    check(response.contains(QLatin1String("result")) != response.contains(QLatin1String("error")),
          "an answer needs a result or an error, not both");
    const QJsonValue id = response.value(QLatin1String("id"));
    check(id.isString() || id.isDouble() || id.isNull(), "an answer with a bad id");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray answer = server().handleLine(line);
    if (answer.isEmpty())
        return 0;
    check(answer.endsWith('\n') && answer.count('\n') == 1, "an answer of more than one line",
          QString::fromUtf8(answer));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    check(error.error == QJsonParseError::NoError, "an answer that is not JSON",
          QString::fromUtf8(answer));
    if (document.isArray()) {
        for (const QJsonValue& response : document.array())
            checkResponse(response.toObject());
    } else {
        checkResponse(document.object());
    }
    QJsonParseError inputError{};
    QJsonDocument::fromJson(line, &inputError);
    if (inputError.error != QJsonParseError::NoError)
        check(document.object()
                      .value(QLatin1String("error"))
                      .toObject()
                      .value(QLatin1String("code"))
                      .toInt() == ParseError,
              "unparsable input answered without a parse error");
    return 0;
}
