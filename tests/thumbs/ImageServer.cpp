#include "ImageServer.h"

#include "common/Crc32.h"

#include <QBuffer>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace paperboy::thumbstest {
namespace {

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(testing::crc32(type + data), crc.data());
    return out + crc;
}

QByteArray response(int status, const QByteArray& reason, const QByteArray& type,
                    const QByteArray& body, const QByteArray& extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra +
           "Connection: keep-alive\r\n\r\n" + body;
}

QSize sizeFromPath(const QByteArray& path)
{
    static const QRegularExpression pattern(QStringLiteral("w(\\d+)h(\\d+)"));
    const auto match = pattern.match(QString::fromLatin1(path));
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                            : QSize(120, 80);
}

} // namespace

class ImageServer::Worker final : public testing::HttpResponder
{
public:
    mutable QMutex mutex;
    QHash<QByteArray, int> counts;
    int total = 0;
    qint64 streamed = -1; // body bytes of the last huge answer that the client took
    QStringList order;
    QHash<QByteArray, QByteArray> encoded; // by kind and size

    bool answer(QTcpSocket* socket, const testing::HttpRequest& request) override
    {
        const QByteArray& path = request.target;
        int count = 0;
        {
            QMutexLocker lock(&mutex);
            count = ++counts[path];
            ++total;
            order.append(QString::fromLatin1(path));
        }
        return reply(socket, path, count);
    }

    // false when the connection gets no (more) answers
    bool reply(QTcpSocket* socket, const QByteArray& path, int count)
    {
        const QByteArray mode = path.split('/').value(1);
        const QSize size = sizeFromPath(path);
        if (mode == "png" || mode == "jpeg") {
            // Encoded once per size and kind: the benchmarks ask for thousands.
            const QByteArray key =
                mode + QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
            auto body = encoded.find(key);
            if (body == encoded.end())
                body = encoded.insert(key, mode == "png" ? png(size.width(), size.height())
                                                         : jpeg(size.width(), size.height()));
            socket->write(response(200, "OK", mode == "png" ? "image/png" : "image/jpeg", *body));
        } else if (mode == "notfound") {
            socket->write(response(404, "Not Found", "text/plain", "no such image"));
        } else if (mode == "notimage") {
            socket->write(response(200, "OK", "text/html", "<html><body>Sorry</body></html>"));
        } else if (mode == "truncated") {
            const QByteArray whole = png(400, 300, true);
            socket->write(response(200, "OK", "image/png", whole.left(whole.size() / 2)));
        } else if (mode == "bomb") {
            socket->write(response(200, "OK", "image/png", bombPng(100000, 100000)));
        } else if (mode == "huge" || mode == "hugestream") {
            // 200 MB (issue 21), written a megabyte at a time for as long as the client reads.
            const QByteArray piece(1024 * 1024, 'x');
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n";
            head += mode == "huge" ? "Content-Length: 209715200\r\n" : "Connection: close\r\n";
            socket->write(head + "\r\n");
            socket->waitForBytesWritten(2000);
            qint64 sent = 0;
            for (int i = 0; i < 200 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
                socket->write(piece);
                if (!socket->waitForBytesWritten(2000))
                    break;
                sent += piece.size();
            }
            {
                QMutexLocker lock(&mutex);
                streamed = sent;
            }
            socket->disconnectFromHost();
            return false;
        } else if (mode == "stall") {
            return false;
        } else if (mode == "throttle" && count == 1) {
            socket->write(response(429, "Too Many Requests", "text/plain", "slow down",
                                   "Retry-After: 1\r\n"));
        } else if (mode == "flaky" && count == 1) {
            socket->write(response(503, "Service Unavailable", "text/plain", "try later"));
        } else if (mode == "throttle" || mode == "flaky") {
            socket->write(response(200, "OK", "image/png", png(size.width(), size.height())));
        } else if (mode == "slowpng") {
            const QByteArray body =
                response(200, "OK", "image/png", png(size.width(), size.height()));
            QTimer::singleShot(300, socket, [socket, body] { socket->write(body); });
        } else if (mode == "redirectaway") {
            socket->write(response(302, "Found", "text/plain", {},
                                   "Location: http://127.0.0.2:" +
                                       QByteArray::number(serverPort()) + "/png/x.png\r\n"));
        } else {
            socket->write(response(400, "Bad Request", "text/plain", "unknown mode"));
        }
        return true;
    }
};

ImageServer::ImageServer(QHostAddress address)
    : m_worker(new Worker), m_server(std::unique_ptr<testing::HttpResponder>(m_worker)),
      m_address(std::move(address))
{}

ImageServer::~ImageServer() = default;

bool ImageServer::start(quint16 port)
{
    return m_server.listen(m_address, port);
}

QString ImageServer::url(const QString& path) const
{
    return m_server.url(path);
}

int ImageServer::requests(const QString& path) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->counts.value(path.toLatin1());
}

int ImageServer::totalRequests() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->total;
}

qint64 ImageServer::streamedBytes() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->streamed;
}

QStringList ImageServer::order() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->order;
}

QByteArray ImageServer::png(int width, int height, bool noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    if (noise) {
        QRandomGenerator random(42);
        for (int y = 0; y < height; ++y) {
            auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
            for (int x = 0; x < width; ++x)
                line[x] = 0xff000000u | random.generate();
        }
    } else {
        QPainter painter(&image);
        painter.fillRect(0, 0, width / 2, height / 2, QColor(240, 200, 40));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray ImageServer::jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 60, 60));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

QByteArray ImageServer::bombPng(int width, int height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(width), ihdr.data());
    qToBigEndian<quint32>(quint32(height), ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    // A tiny zlib stream (an empty deflate block): the header is what matters.
    const QByteArray idat = QByteArray::fromHex("789c030000000001");
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", ihdr) + chunk("IDAT", idat) +
           chunk("IEND", {});
}

} // namespace paperboy::thumbstest
