// The MCP protocol layer (app/mcp) on its own: framing, JSON-RPC errors, the handshake, the
// tool and resource methods and the stdio loop, with two small tools registered by the test.
#include "mcp/SchemaCheck.h"
#include "mcp/Server.h"
#include "mcp/StdioTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <sstream>

using namespace paperboy::mcp;

namespace {

const char* const echoTool = R"json({"name": "echo", "title": "Echo",
    "description": "Answers its text, repeated.",
    "inputSchema": {"type": "object", "required": ["text"], "additionalProperties": false,
        "properties": {"text": {"type": "string", "minLength": 1},
                       "times": {"type": "integer", "minimum": 1, "maximum": 3},
                       "mode": {"type": "string", "enum": ["plain", "loud"]},
                       "tags": {"type": "array", "items": {"type": "string"}}}},
    "outputSchema": {"type": "object"}})json";

QJsonObject parse(const QByteArray& line)
{
    return QJsonDocument::fromJson(line).object();
}

QByteArray request(const QJsonValue& id, const QString& method, const QJsonObject& params = {})
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("method"), method},
                                     {QStringLiteral("params"), params}})
        .toJson(QJsonDocument::Compact);
}

QByteArray call(int id, const QString& tool, const QJsonObject& arguments)
{
    return request(id, QStringLiteral("tools/call"),
                   {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}});
}

int errorCode(const QJsonObject& response)
{
    return response.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
}

QJsonObject result(const QJsonObject& response)
{
    return response.value(QLatin1String("result")).toObject();
}

} // namespace

class TestMcpProtocol final : public QObject
{
    Q_OBJECT

    ToolRegistry m_tools;
    ResourceRegistry m_resources;
    std::unique_ptr<Server> m_server;

    QJsonObject send(const QByteArray& line)
    {
        const QByteArray answer = m_server->handleLine(line);
        // One message, one line: the transport's framing.
        if (!answer.isEmpty()) {
            [&] {
                QVERIFY(answer.endsWith('\n'));
                QCOMPARE(answer.count('\n'), 1);
            }();
        }
        return parse(answer);
    }

private slots:
    void init()
    {
        m_tools = ToolRegistry();
        m_resources = ResourceRegistry();
        m_tools.add(QByteArray(echoTool), [](const QJsonObject& arguments) {
            const QString text = arguments.value(QLatin1String("text")).toString();
            if (text == QLatin1String("fail"))
                return ToolResult::failure(QStringLiteral("cannot echo that"));
            return ToolResult::success(
                {{QStringLiteral("echo"),
                  text.repeated(arguments.value(QLatin1String("times")).toInt(1))}});
        });
        ResourceTemplate notes;
        notes.definition = {{QStringLiteral("uriTemplate"), QStringLiteral("test://note/{n}")},
                            {QStringLiteral("name"), QStringLiteral("note")}};
        notes.read = [](const QString& uri) -> std::optional<ResourceText> {
            if (uri != QLatin1String("test://note/1"))
                return std::nullopt;
            return ResourceText{QStringLiteral("text/markdown"), QStringLiteral("# One\n")};
        };
        notes.list = [] {
            return QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("test://note/1")},
                                          {QStringLiteral("name"), QStringLiteral("1")}}};
        };
        m_resources.add(notes);
        m_server = std::make_unique<Server>(
            ServerInfo{QStringLiteral("test"), QStringLiteral("Test"), QStringLiteral("1.0"), {}},
            m_tools, m_resources);
    }

    void handshakeAgreesOnTheClientsRevision()
    {
        for (const QString& version : supportedProtocolVersions()) {
            const QJsonObject response =
                send(request(1, QStringLiteral("initialize"),
                             {{QStringLiteral("protocolVersion"), version},
                              {QStringLiteral("capabilities"), QJsonObject()},
                              {QStringLiteral("clientInfo"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("c")},
                                           {QStringLiteral("version"), QStringLiteral("1")}}}}));
            QCOMPARE(response.value(QLatin1String("id")).toInt(), 1);
            QCOMPARE(result(response).value(QLatin1String("protocolVersion")).toString(), version);
            QCOMPARE(m_server->protocolVersion(), version);
            const QJsonObject capabilities =
                result(response).value(QLatin1String("capabilities")).toObject();
            QVERIFY(capabilities.value(QLatin1String("tools")).isObject());
            QVERIFY(capabilities.value(QLatin1String("resources")).isObject());
            QCOMPARE(result(response)
                         .value(QLatin1String("serverInfo"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                     QStringLiteral("test"));
        }
        QVERIFY(supportedProtocolVersions().contains(QStringLiteral("2025-06-18")));
    }

    void handshakeOffersTheNewestForAnUnknownRevision()
    {
        const QJsonObject response =
            send(request(7, QStringLiteral("initialize"),
                         {{QStringLiteral("protocolVersion"), QStringLiteral("1999-01-01")}}));
        QCOMPARE(result(response).value(QLatin1String("protocolVersion")).toString(),
                 supportedProtocolVersions().constFirst());
        QCOMPARE(errorCode(send(request(8, QStringLiteral("initialize")))), int(InvalidParams));
    }

    void notificationsAreNeverAnswered()
    {
        QVERIFY(!m_server->initialized());
        QVERIFY(m_server->handleLine(R"({"jsonrpc":"2.0","method":"notifications/initialized"})")
                    .isEmpty());
        QVERIFY(m_server->initialized());
        QVERIFY(m_server->handleLine(R"({"jsonrpc":"2.0","method":"no/such/thing"})").isEmpty());
        // A response to a request of ours (we send none) is not answered either.
        QVERIFY(m_server->handleLine(R"({"jsonrpc":"2.0","id":5,"result":{}})").isEmpty());
    }

    void pingAnswersAnEmptyResult()
    {
        const QJsonObject response = send(request(QStringLiteral("p-1"), QStringLiteral("ping")));
        QCOMPARE(response.value(QLatin1String("id")).toString(), QStringLiteral("p-1"));
        QVERIFY(response.value(QLatin1String("result")).toObject().isEmpty());
        QVERIFY(!response.contains(QLatin1String("error")));
    }

    void malformedLinesAreErrorsAndTheServerGoesOn()
    {
        const QJsonObject parseError = send("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\":");
        QCOMPARE(errorCode(parseError), int(ParseError));
        QVERIFY(parseError.value(QLatin1String("id")).isNull());
        QCOMPARE(errorCode(send("not json at all")), int(ParseError));
        // Not JSON-RPC 2.0: no version, a null or object id, no method, an empty batch.
        const QJsonObject noVersion = send(R"({"id": 4, "method": "ping"})");
        QCOMPARE(errorCode(noVersion), int(InvalidRequest));
        QCOMPARE(noVersion.value(QLatin1String("id")).toInt(), 4);
        QCOMPARE(errorCode(send(R"({"jsonrpc": "2.0", "id": null, "method": "ping"})")),
                 int(InvalidRequest));
        QCOMPARE(errorCode(send(R"({"jsonrpc": "2.0", "id": {"a": 1}, "method": "ping"})")),
                 int(InvalidRequest));
        QCOMPARE(errorCode(send(R"({"jsonrpc": "2.0", "id": 5})")), int(InvalidRequest));
        QCOMPARE(errorCode(send("[]")), int(InvalidRequest));
        QCOMPARE(errorCode(send(R"({"jsonrpc": "2.0", "id": 6, "method": "ping", "params": 3})")),
                 int(InvalidParams));
        const QJsonObject unknown = send(request(9, QStringLiteral("tools/unknown")));
        QCOMPARE(errorCode(unknown), int(MethodNotFound));
        QCOMPARE(unknown.value(QLatin1String("id")).toInt(), 9);
        // Still serving.
        QVERIFY(send(request(10, QStringLiteral("ping"))).contains(QLatin1String("result")));
    }

    void batchesAnswerEachRequest()
    {
        const QByteArray answer = m_server->handleLine(
            "[" + request(1, QStringLiteral("ping")) +
            R"(, {"jsonrpc": "2.0", "method": "notifications/initialized"}, )" +
            request(2, QStringLiteral("nope")) + "]");
        const QJsonArray responses = QJsonDocument::fromJson(answer).array();
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).toObject().value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(errorCode(responses.at(1).toObject()), int(MethodNotFound));
    }

    void toolsListGivesEachDefinition()
    {
        const QJsonArray tools = result(send(request(1, QStringLiteral("tools/list"))))
                                     .value(QLatin1String("tools"))
                                     .toArray();
        QCOMPARE(tools.size(), 1);
        const QJsonObject echo = tools.first().toObject();
        QCOMPARE(echo.value(QLatin1String("name")).toString(), QStringLiteral("echo"));
        QCOMPARE(echo.value(QLatin1String("inputSchema"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("object"));
        QCOMPARE(errorCode(send(request(2, QStringLiteral("tools/list"),
                                        {{QStringLiteral("cursor"), QStringLiteral("x")}}))),
                 int(InvalidParams));
    }

    void toolCallAnswersStructuredAndTextContent()
    {
        const QJsonObject answer = result(send(call(
            1, QStringLiteral("echo"),
            {{QStringLiteral("text"), QStringLiteral("모델")}, {QStringLiteral("times"), 2}})));
        QCOMPARE(answer.value(QLatin1String("isError")).toBool(true), false);
        const QJsonObject structured = answer.value(QLatin1String("structuredContent")).toObject();
        QCOMPARE(structured.value(QLatin1String("echo")).toString(), QStringLiteral("모델모델"));
        const QJsonObject text =
            answer.value(QLatin1String("content")).toArray().first().toObject();
        QCOMPARE(text.value(QLatin1String("type")).toString(), QStringLiteral("text"));
        QCOMPARE(
            QJsonDocument::fromJson(text.value(QLatin1String("text")).toString().toUtf8()).object(),
            structured);
    }

    void toolFailureIsAResultNotAProtocolError()
    {
        const QJsonObject response = send(
            call(1, QStringLiteral("echo"), {{QStringLiteral("text"), QStringLiteral("fail")}}));
        QVERIFY(!response.contains(QLatin1String("error")));
        QCOMPARE(result(response).value(QLatin1String("isError")).toBool(), true);
        QVERIFY(!result(response).contains(QLatin1String("structuredContent")));
        QCOMPARE(result(response)
                     .value(QLatin1String("content"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("cannot echo that"));
    }

    void invalidArgumentsAreInvalidParams_data()
    {
        QTest::addColumn<QByteArray>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << QByteArray("{}") << QStringLiteral("\"text\"");
        QTest::newRow("type") << QByteArray(R"({"text": 3})")
                              << QStringLiteral("text: must be of type string");
        QTest::newRow("empty") << QByteArray(R"({"text": ""})") << QStringLiteral("text");
        QTest::newRow("maximum") << QByteArray(R"({"text": "a", "times": 4})")
                                 << QStringLiteral("at most 3");
        QTest::newRow("integer") << QByteArray(R"({"text": "a", "times": 1.5})")
                                 << QStringLiteral("integer");
        QTest::newRow("enum") << QByteArray(R"({"text": "a", "mode": "quiet"})")
                              << QStringLiteral("plain, loud");
        QTest::newRow("items") << QByteArray(R"({"text": "a", "tags": ["x", 2]})")
                               << QStringLiteral("tags[1]");
        QTest::newRow("unknown") << QByteArray(R"({"text": "a", "extra": 1})")
                                 << QStringLiteral("\"extra\"");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("arguments");
    }

    void invalidArgumentsAreInvalidParams()
    {
        QFETCH(QByteArray, arguments);
        QFETCH(QString, said);
        const QByteArray line =
            R"({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "echo", "arguments": )" +
            arguments + "}}";
        const QJsonObject response = send(line);
        QCOMPARE(errorCode(response), int(InvalidParams));
        const QString message = response.value(QLatin1String("error"))
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString();
        QVERIFY2(message.contains(said), qPrintable(message));
        QCOMPARE(errorCode(send(call(2, QStringLiteral("no_such_tool"), {}))), int(InvalidParams));
    }

    void resourcesAreListedAndRead()
    {
        const QJsonArray templates =
            result(send(request(1, QStringLiteral("resources/templates/list"))))
                .value(QLatin1String("resourceTemplates"))
                .toArray();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.first().toObject().value(QLatin1String("uriTemplate")).toString(),
                 QStringLiteral("test://note/{n}"));
        QCOMPARE(result(send(request(2, QStringLiteral("resources/list"))))
                     .value(QLatin1String("resources"))
                     .toArray()
                     .size(),
                 1);
        const QJsonObject content =
            result(send(request(3, QStringLiteral("resources/read"),
                                {{QStringLiteral("uri"), QStringLiteral("test://note/1")}})))
                .value(QLatin1String("contents"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(content.value(QLatin1String("text")).toString(), QStringLiteral("# One\n"));
        QCOMPARE(content.value(QLatin1String("mimeType")).toString(),
                 QStringLiteral("text/markdown"));
        QCOMPARE(
            errorCode(send(request(4, QStringLiteral("resources/read"),
                                   {{QStringLiteral("uri"), QStringLiteral("test://note/2")}}))),
            int(ResourceNotFound));
        QCOMPARE(errorCode(send(request(5, QStringLiteral("resources/read"),
                                        {{QStringLiteral("uri"), QStringLiteral("other://x")}}))),
                 int(ResourceNotFound));
        QCOMPARE(errorCode(send(request(6, QStringLiteral("resources/read")))), int(InvalidParams));
    }

    void stdioServesLineByLineUntilTheEnd()
    {
        std::istringstream in(std::string(request(1, QStringLiteral("ping")).constData()) +
                              "\r\n\n   \n{oops\n" +
                              R"({"jsonrpc":"2.0","method":"notifications/initialized"})" + "\n" +
                              request(2, QStringLiteral("tools/list")).constData());
        std::ostringstream out;
        serveStdio(*m_server, in, out);
        const QList<QByteArray> lines = QByteArray::fromStdString(out.str()).split('\n');
        QCOMPARE(lines.size(), 4); // three answers and what follows the last "\n"
        QCOMPARE(parse(lines.at(0)).value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(errorCode(parse(lines.at(1))), int(ParseError));
        QCOMPARE(parse(lines.at(2)).value(QLatin1String("id")).toInt(), 2);
        QVERIFY(lines.at(3).isEmpty());
    }

    void schemaCheckNamesWhereAndIgnoresUnknownKeywords()
    {
        const QJsonObject schema = QJsonDocument::fromJson(R"({"type": "object",
            "properties": {"ids": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                           "n": {"type": ["integer", "null"], "x-unknown": true}}})")
                                       .object();
        QCOMPARE(schemaViolation(QJsonObject{{QStringLiteral("n"), QJsonValue()}}, schema),
                 QString());
        QCOMPARE(schemaViolation(QJsonObject{{QStringLiteral("ids"), QJsonArray()}}, schema),
                 QStringLiteral("ids: must have at least 1 items"));
        QCOMPARE(schemaViolation(QJsonObject{{QStringLiteral("n"), QStringLiteral("1")}}, schema),
                 QStringLiteral("n: must be of type integer or null"));
        QCOMPARE(schemaViolation(QJsonObject{{QStringLiteral("other"), 1}}, schema), QString());
    }
};

QTEST_GUILESS_MAIN(TestMcpProtocol)
#include "TestMcpProtocol.moc"
