#include "common/LoopbackHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QVariant>

#include <optional>

namespace paperboy::testing {
namespace {

// Kept on the socket itself, so that nothing outlives it (a pointer-keyed table would mistake a new
// socket at a reused address for an old one).
constexpr char bufferProperty[] = "paperboyHttpBuffer";
constexpr char doneProperty[] = "paperboyHttpDone";

std::optional<HttpRequest> parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 3)
        return std::nullopt;
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    return request;
}

} // namespace

HttpResponder::HttpResponder() : m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpResponder::onNewConnection);
}

HttpResponder::~HttpResponder()
{
    const QList<QTcpSocket*> sockets = m_server->findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect();
        socket->abort();
        delete socket;
    }
}

quint16 HttpResponder::serverPort() const
{
    return m_server->serverPort();
}

bool HttpResponder::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpResponder::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HttpResponder::onReadyRead(QTcpSocket* socket)
{
    if (socket->property(doneProperty).toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        std::optional<HttpRequest> request = parseHead(buffer.left(end));
        if (!request) {
            socket->abort();
            return;
        }
        const qsizetype length = qMax(0LL, request->header("content-length").toLongLong());
        if (buffer.size() < end + 4 + length)
            break; // the body is still coming
        request->body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        // Stored before answering: an answer that waits on the socket (waitForBytesWritten) can
        // bring this function back for the same socket, which must see what is left.
        socket->setProperty(bufferProperty, buffer);
        if (!answer(socket, *request)) {
            socket->setProperty(doneProperty, true);
            socket->setProperty(bufferProperty, QVariant());
            return;
        }
        buffer = socket->property(bufferProperty).toByteArray();
    }
    socket->setProperty(bufferProperty, buffer);
}

LoopbackHttpServer::LoopbackHttpServer(std::unique_ptr<HttpResponder> responder)
    : m_responder(responder.release())
{
    m_responder->moveToThread(&m_thread);
    m_thread.start();
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    QMetaObject::invokeMethod(
        m_responder, [this] { delete m_responder; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool LoopbackHttpServer::listen(const QHostAddress& address, quint16 port)
{
    m_address = address;
    bool ok = false;
    QMetaObject::invokeMethod(
        m_responder,
        [this, &ok, port] {
            ok = m_responder->listen(m_address, port);
            m_port = m_responder->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString LoopbackHttpServer::url(const QString& path) const
{
    return QStringLiteral("http://") + m_address.toString() + QLatin1Char(':') +
           QString::number(m_port) + path;
}

} // namespace paperboy::testing
