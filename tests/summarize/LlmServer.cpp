#include "LlmServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace paperboy::summarytest {

class LlmServer::Worker final : public QObject
{
public:
    QTcpServer server{this};
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
    QHash<QTcpSocket*, QByteArray> pending;

    ~Worker() override
    {
        const QList<QTcpSocket*> sockets = server.findChildren<QTcpSocket*>();
        for (QTcpSocket* socket : sockets) {
            socket->disconnect();
            socket->abort();
            delete socket;
        }
    }

    void onConnection()
    {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, this,
                             [this, socket] { onData(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                pending.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = pending[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray& line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (lower.startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        const QString prompt = request.value(QStringLiteral("messages"))
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
            models.append(request.value(QStringLiteral("model")).toString());
            maxOpen = qMax(maxOpen, ++open);
        }
        answer(socket, id, mode, count, authorization);
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

    void answer(QTcpSocket* socket, const QString& id, Mode mode, int count,
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

LlmServer::LlmServer() = default;

LlmServer::~LlmServer()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool LlmServer::start()
{
    m_thread.start();
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &ok] {
            QObject::connect(&m_worker->server, &QTcpServer::newConnection, m_worker,
                             [this] { m_worker->onConnection(); });
            ok = m_worker->server.listen(QHostAddress::LocalHost, 0);
            m_port = m_worker->server.serverPort();
            m_worker->clock.start();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString LlmServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port) + QStringLiteral("/v1");
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
