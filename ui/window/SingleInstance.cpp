#include "ui/window/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace paperboy::ui {
namespace {

// A request is one JSON line; anything longer than this is not a request of ours.
constexpr qint64 maxRequestBytes = 1 << 20;

QByteArray encodeRequest(const QStringList& files)
{
    QJsonObject request;
    request.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString& dataFolder, QObject* parent)
    : QObject(parent), m_name(serverName(dataFolder))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& dataFolder)
{
    const QByteArray key =
        qEnvironmentVariable("USER").toUtf8() + '\0' + QDir(dataFolder).absolutePath().toUtf8();
    return QStringLiteral("paperboy-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOver(const QStringList& files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encodeRequest(files));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running reader answers once it has the request, so nothing is lost by exiting.
    return socket.waitForReadyRead(timeoutMs) && socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    // Someone answers: a reader runs. No one answers: none does, or a crashed one left its
    // socket. Asked first because with socket options Qt's listen() silently replaces a socket.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    return true;
}

void SingleInstance::readRequest()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line is dropped.
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument request = QJsonDocument::fromJson(socket->readLine());
            QStringList files;
            for (const QJsonValue& file :
                 request.object().value(QStringLiteral("files")).toArray()) {
                if (file.isString() && QDir::isAbsolutePath(file.toString()))
                    files.append(file.toString());
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            emit activated(files);
        });
    }
}

} // namespace paperboy::ui
