#include "PdfServer.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTcpSocket>

namespace paperboy::pdftest {

class PdfServer::Worker final : public testing::HttpResponder
{
public:
    mutable QMutex mutex;
    QHash<QString, Mode> modes;
    QHash<QString, int> counts;
    qint64 hugeSent = 0;
    QHash<QString, QStringList> ranges;

    bool answer(QTcpSocket* socket, const testing::HttpRequest& request) override
    {
        const QByteArray range = request.header("range");
        const QString id = QString::fromLatin1(request.target.mid(5)); // after "/pdf/"
        Mode mode = Mode::Missing;
        int count = 0;
        {
            QMutexLocker lock(&mutex);
            mode = modes.value(id, Mode::Missing);
            count = ++counts[id];
            ranges[id].append(QString::fromLatin1(range));
        }
        reply(socket, id, mode, count, range);
        return true;
    }

    static QByteArray head(int status, const QByteArray& reason, qint64 length,
                           const QByteArray& extra = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Length: " + QByteArray::number(length) + "\r\n" + extra + "\r\n";
    }

    // 200 MB, a megabyte at a time whenever the socket has room: never all in memory.
    void streamHuge(QTcpSocket* socket)
    {
        static constexpr qint64 total = 200LL * 1024 * 1024;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nConnection: "
                      "close\r\n\r\n%PDF-1.4\n");
        auto queued = std::make_shared<qint64>(0);
        const auto refill = [this, socket, queued] {
            static const QByteArray chunk(1024 * 1024, '0');
            while (*queued < total && socket->bytesToWrite() < 2 * 1024 * 1024 &&
                   socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(chunk);
                *queued += chunk.size();
                QMutexLocker lock(&mutex);
                hugeSent += chunk.size();
            }
            if (*queued >= total)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, refill);
        refill();
    }

    void reply(QTcpSocket* socket, const QString& id, Mode mode, int count, const QByteArray& range)
    {
        const QByteArray body = pdfBody(id);
        qint64 from = 0;
        if (range.startsWith("bytes=") && mode != Mode::IgnoreRange)
            from = range.mid(6).split('-').value(0).toLongLong();
        if (mode == Mode::Missing) {
            socket->write(head(404, "Not Found", 9) + "not found");
        } else if (mode == Mode::NotPdf) {
            const QByteArray page = "<html><body>Please verify you are human</body></html>";
            socket->write(head(200, "OK", page.size(), "Content-Type: text/html\r\n") + page);
        } else if (mode == Mode::BusyOnce && count == 1) {
            socket->write(head(503, "Service Unavailable", 4, "Retry-After: 1\r\n") + "busy");
        } else if (mode == Mode::Huge) {
            streamHuge(socket);
        } else if (mode == Mode::Stall) {
            socket->write(head(200, "OK", body.size(), "Content-Type: application/pdf\r\n") +
                          body.left(10));
        } else if (mode == Mode::CutOnce && count == 1) {
            socket->write(head(200, "OK", body.size(), "Content-Type: application/pdf\r\n") +
                          body.left(body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
        } else if (from > 0 && from < body.size()) {
            const QByteArray rest = body.mid(from);
            socket->write(head(206, "Partial Content", rest.size(),
                               "Content-Type: application/pdf\r\nContent-Range: bytes " +
                                   QByteArray::number(from) + '-' +
                                   QByteArray::number(body.size() - 1) + '/' +
                                   QByteArray::number(body.size()) + "\r\n") +
                          rest);
        } else {
            socket->write(head(200, "OK", body.size(), "Content-Type: application/pdf\r\n") + body);
        }
    }
};

PdfServer::PdfServer()
    : m_worker(new Worker), m_server(std::unique_ptr<testing::HttpResponder>(m_worker))
{}

PdfServer::~PdfServer() = default;

bool PdfServer::start()
{
    return m_server.listen();
}

QString PdfServer::baseUrl() const
{
    return m_server.url(QString());
}

void PdfServer::setMode(const QString& paperId, Mode mode)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->modes.insert(paperId, mode);
}

int PdfServer::requests(const QString& paperId) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->counts.value(paperId);
}

qint64 PdfServer::hugeBytesSent() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->hugeSent;
}

QStringList PdfServer::ranges(const QString& paperId) const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->ranges.value(paperId);
}

QByteArray PdfServer::pdfBody(const QString& paperId)
{
    QByteArray body = "%PDF-1.4\n% " + paperId.toLatin1() + '\n';
    for (int i = 0; body.size() < 200 * 1024; ++i)
        body += "% line " + QByteArray::number(i) + " of a made-up PDF for the tests\n";
    return body + "%%EOF\n";
}

} // namespace paperboy::pdftest
