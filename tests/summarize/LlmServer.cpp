#include "LlmServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace paperboy::summarytest {

class LlmServer::Worker final : public testing::HttpResponder
{
public:
    mutable QMutex mutex;
    QHash<QString, Mode> modes;
    QHash<QString, int> counts;
    QHash<QString, QString> prompts;
    QHash<QString, QList<qint64>> times;
    QStringList authorizations;
    QStringList models;
    int open = 0;
    int maxOpen = 0;
    int total = 0;
    QElapsedTimer clock;

    bool answer(QTcpSocket* socket, const testing::HttpRequest& request) override
    {
        const QByteArray authorization = request.header("authorization");
        const QJsonObject json = QJsonDocument::fromJson(request.body).object();
        const QString prompt = json.value(QStringLiteral("messages"))
                                   .toArray()
                                   .last()
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toString();
        static const QRegularExpression idLine(QStringLiteral(R"(^arXiv: (\S+))"));
        const QString id = idLine.match(prompt).captured(1);
        Mode mode = Mode::Clean;
        int count = 0;
        {
            QMutexLocker lock(&mutex);
            mode = modes.value(id, Mode::Clean);
            count = ++counts[id];
            ++total;
            prompts.insert(id, prompt);
            times[id].append(clock.elapsed());
            authorizations.append(QString::fromUtf8(authorization));
            models.append(json.value(QStringLiteral("model")).toString());
            maxOpen = qMax(maxOpen, ++open);
        }
        reply(socket, id, mode, count, authorization);
        return true;
    }

    static QByteArray response(int status, const QByteArray& reason, const QByteArray& body,
                               const QByteArray& extra = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
    }

    static QByteArray completion(const QString& content)
    {
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), content}};
        const QJsonObject body{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 100},
                                                  {QStringLiteral("completion_tokens"), 40},
                                                  {QStringLiteral("total_tokens"), 140}}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    void send(QTcpSocket* socket, const QByteArray& bytes)
    {
        {
            QMutexLocker lock(&mutex);
            --open;
        }
        socket->write(bytes);
    }

    void reply(QTcpSocket* socket, const QString& id, Mode mode, int count,
               const QByteArray& authorization)
    {
        const QString clean = QString::fromUtf8(cleanJson(id));
        switch (mode) {
        case Mode::Clean:
            send(socket, response(200, "OK", completion(clean)));
            break;
        case Mode::Fenced:
            send(socket,
                 response(200, "OK",
                          completion(QStringLiteral("물론입니다. 요약은 다음과 같습니다:\n\n"
                                                    "```json\n") +
                                     clean + QStringLiteral("\n```\n도움이 되었기를!"))));
            break;
        case Mode::AsteriskKeys:
            send(socket,
                 response(200, "OK",
                          completion(QStringLiteral(
                              "{\"**What's New**\": \"별표 키의 새로운 점(asterisk keys).\", "
                              "\"***Technical Details***\": \"별표 세 개의 기술 세부 사항.\", "
                              "\"**Performance Highlights**\": \"성능(performance) 요약.\"}"))));
            break;
        case Mode::Prose:
            send(socket, response(200, "OK",
                                  completion(QStringLiteral(
                                      "이 논문은 긴 문서를 위한 가벼운 주의(attention) 기법을 "
                                      "제안하며 메모리를 절반으로 줄입니다."))));
            break;
        case Mode::Unauthorized:
            send(socket,
                 response(401, "Unauthorized",
                          "{\"error\": {\"message\": \"Incorrect API key provided: " +
                              authorization.mid(7) + "\", \"type\": \"invalid_request_error\"}}"));
            break;
        case Mode::BusyOnce:
            if (count == 1)
                send(socket, response(429, "Too Many Requests",
                                      "{\"error\": {\"message\": \"Rate limit reached\"}}",
                                      "Retry-After: 1\r\n"));
            else
                send(socket, response(200, "OK", completion(clean)));
            break;
        case Mode::FailOnce:
        case Mode::AlwaysFail:
            if (mode == Mode::AlwaysFail || count == 1)
                send(socket, response(500, "Internal Server Error",
                                      "{\"error\": {\"message\": \"The server had an error\"}}"));
            else
                send(socket, response(200, "OK", completion(clean)));
            break;
        case Mode::Stall:
            send(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 1000\r\n\r\n{\"choices\": [");
            break;
        case Mode::Slow: {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(1500, this, [this, guarded, clean] {
                if (guarded)
                    send(guarded, response(200, "OK", completion(clean)));
                else {
                    QMutexLocker lock(&mutex);
                    --open;
                }
            });
            break;
        }
        }
    }
};

LlmServer::LlmServer()
    : m_worker(new Worker), m_server(std::unique_ptr<testing::HttpResponder>(m_worker))
{}

LlmServer::~LlmServer() = default;

bool LlmServer::start()
{
    m_worker->clock.start(); // before the server's thread first reads it (listen waits)
    return m_server.listen();
}

QString LlmServer::endpoint() const
{
    return m_server.url(QStringLiteral("/v1"));
}

void LlmServer::setMode(const QString& paperId, Mode mode)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->modes.insert(paperId, mode);
}

int LlmServer::requests(const QString& paperId) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->counts.value(paperId);
}

int LlmServer::totalRequests() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->total;
}

QStringList LlmServer::authorizations() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->authorizations;
}

QString LlmServer::lastPrompt(const QString& paperId) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->prompts.value(paperId);
}

QStringList LlmServer::models() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->models;
}

int LlmServer::maxConcurrent() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->maxOpen;
}

QList<qint64> LlmServer::requestTimes(const QString& paperId) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->times.value(paperId);
}

QByteArray LlmServer::cleanJson(const QString& paperId)
{
    return "{\"What's New\": \"" + paperId.toUtf8() +
           "의 새로운 점: 가벼운 주의(attention) 기법.\", \"Technical Details\": \"블록 "
           "증류(block distillation)와 희소 주의(sparse attention)를 결합합니다.\", "
           "\"Performance Highlights\": \"메모리 사용량(memory use)을 절반으로 줄입니다.\"}";
}

} // namespace paperboy::summarytest
