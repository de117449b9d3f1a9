#include "FaultServer.h"

#include "common/Crc32.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <sys/socket.h>

namespace paperboy::synctest {
namespace {

constexpr qint64 hugeBytes = 200 * 1024 * 1024; // issue 21: a 200 MB answer
constexpr int hfPagedTotal = 130;
const QByteArray fixtureEtag = QByteArrayLiteral("\"fixture-v1\"");
const QByteArray fixtureLastModified = QByteArrayLiteral("Tue, 24 Nov 2026 10:00:00 GMT");

// What the modes look at, read from the request's target.
struct Request
{
    QString mode;
    QString path;
    QUrlQuery query;
    QString date; // YYYY-MM-DD from the path, empty when none
    QHash<QByteArray, QByteArray> headers;
};

Request requestFrom(const testing::HttpRequest& http)
{
    Request request;
    const QString target = QString::fromLatin1(http.target);
    request.path = target.section(QLatin1Char('?'), 0, 0);
    request.query = QUrlQuery(target.section(QLatin1Char('?'), 1));
    request.mode = request.path.section(QLatin1Char('/'), 1, 1);
    static const QRegularExpression datePattern(QStringLiteral("(\\d{4})[-/](\\d{2})[-/](\\d{2})"));
    const auto match = datePattern.match(request.path);
    if (match.hasMatch())
        request.date = match.captured(1) + QLatin1Char('-') + match.captured(2) + QLatin1Char('-') +
                       match.captured(3);
    request.headers = http.headers;
    return request;
}

QByteArray head(int status, const QByteArray& reason, const QList<QByteArray>& headers,
                qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray& header : headers)
        out += header + "\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

// qCompress gives a 4-byte length and a zlib stream; gzip wants the bare deflate data inside.
QByteArray gzip(const QByteArray& data)
{
    const QByteArray zlib = qCompress(data, 9);
    QByteArray out = QByteArray::fromHex("1f8b0800000000000003");
    out += zlib.mid(6, zlib.size() - 6 - 4);
    const quint32 crc = testing::crc32(data);
    const quint32 size = quint32(data.size());
    for (const quint32 value : {crc, size}) {
        for (int shift = 0; shift < 32; shift += 8)
            out += char((value >> shift) & 0xffu);
    }
    return out;
}

QByteArray hfEntries(int first, int count)
{
    QJsonArray entries;
    for (int i = first; i < first + count; ++i) {
        const QString title = QStringLiteral("Paged fixture paper %1").arg(i);
        entries.append(QJsonObject{
            {QStringLiteral("paper"),
             QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("2411.%1").arg(20000 + i)},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("upvotes"), i},
                 {QStringLiteral("authors"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Pat Pager")}}}}}},
            {QStringLiteral("title"), title}});
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

} // namespace

class FaultServer::Worker final : public testing::HttpResponder
{
public:
    Worker(QByteArray digestTemplate, QByteArray errorPage)
        : m_digestTemplate(std::move(digestTemplate)), m_errorPage(std::move(errorPage))
    {}

    ModeStats stats(const QString& mode) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_stats.value(mode);
    }

    void setSchedule(const QString& dayFileTemplate, const QHash<QString, QString>& faults)
    {
        const QMutexLocker lock(&m_mutex);
        m_dayFileTemplate = dayFileTemplate;
        m_faults = faults;
    }

    void reset()
    {
        const QMutexLocker lock(&m_mutex);
        m_stats.clear();
        m_pathRequests.clear();
    }

private:
    // Null when the schedule has no file for the day.
    QByteArray digest(const QString& date) const
    {
        QString dayFile;
        {
            const QMutexLocker lock(&m_mutex);
            dayFile = m_dayFileTemplate;
        }
        if (!dayFile.isEmpty()) {
            QFile file(dayFile.replace(QLatin1String("{date}"), date));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
        QByteArray body = m_digestTemplate;
        return body.replace("{date}", date.toLatin1());
    }

    // One request a connection: each answer closes it (or never comes), and what the client
    // sends after its request is dropped.
    bool answer(QTcpSocket* socket, const testing::HttpRequest& http) override
    {
        const Request request = requestFrom(http);
        int pathRequests = 0;
        {
            const QMutexLocker lock(&m_mutex);
            ModeStats& stats = m_stats[request.mode];
            ++stats.requests;
            stats.lastHeaders = request.headers;
            const int open = ++m_open[request.mode];
            stats.maxConcurrent = qMax(stats.maxConcurrent, open);
            pathRequests = ++m_pathRequests[request.path];
        }
        const QString mode = request.mode;
        connect(socket, &QTcpSocket::disconnected, this, [this, mode] {
            const QMutexLocker lock(&m_mutex);
            --m_open[mode];
        });
        respond(socket, request, pathRequests);
        return false;
    }

    void sendAndClose(QTcpSocket* socket, int status, const QByteArray& reason,
                      const QList<QByteArray>& headers, const QByteArray& body)
    {
        socket->write(head(status, reason, headers, body.size()) + body);
        socket->disconnectFromHost();
    }

    void sendDigest(QTcpSocket* socket, const Request& request)
    {
        const QByteArray body = digest(request.date);
        if (body.isNull()) {
            sendAndClose(socket, 404, "Not Found", {}, "404: Not Found");
            return;
        }
        if (request.headers.value("if-none-match") == fixtureEtag) {
            socket->write("HTTP/1.1 304 Not Modified\r\nETag: " + fixtureEtag +
                          "\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        sendAndClose(socket, 200, "OK",
                     {"Content-Type: text/plain; charset=utf-8", "ETag: " + fixtureEtag,
                      "Last-Modified: " + fixtureLastModified},
                     body);
    }

    void respond(QTcpSocket* socket, const Request& request, int pathRequests);
    void stream(QTcpSocket* socket, const QString& mode, bool declareLength);
    void drip(QTcpSocket* socket, const QByteArray& body, int pieces, int intervalMs);

    QByteArray m_digestTemplate;
    QByteArray m_errorPage;
    mutable QMutex m_mutex;
    QHash<QString, ModeStats> m_stats;
    QHash<QString, int> m_open;
    QHash<QString, int> m_pathRequests;
    QString m_dayFileTemplate;
    QHash<QString, QString> m_faults;
};

void FaultServer::Worker::respond(QTcpSocket* socket, const Request& request, int pathRequests)
{
    const bool first = pathRequests == 1;
    QString mode = request.mode;
    if (mode == QLatin1String("schedule")) {
        const QMutexLocker lock(&m_mutex);
        mode = first ? m_faults.value(request.date, QStringLiteral("ok")) : QStringLiteral("ok");
    }
    if (mode == QLatin1String("ok")) {
        sendDigest(socket, request);
    } else if (mode == QLatin1String("gzip")) {
        const bool accepts = request.headers.value("accept-encoding").contains("gzip");
        const QByteArray body = digest(request.date);
        sendAndClose(socket, 200, "OK",
                     accepts ? QList<QByteArray>{"Content-Encoding: gzip"} : QList<QByteArray>{},
                     accepts ? gzip(body) : body);
    } else if (mode == QLatin1String("notfound")) {
        sendAndClose(socket, 404, "Not Found", {}, "404: Not Found");
    } else if (mode == QLatin1String("retryafter") && first) {
        sendAndClose(socket, 429, "Too Many Requests", {"Retry-After: 1"}, "slow down");
    } else if (mode == QLatin1String("retryafterdate") && first) {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
        const QByteArray date =
            QLocale::c()
                .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        sendAndClose(socket, 503, "Service Unavailable", {"Retry-After: " + date}, "later");
    } else if (mode == QLatin1String("retryafterlong")) {
        sendAndClose(socket, 429, "Too Many Requests", {"Retry-After: 3600"}, "much later");
    } else if (mode == QLatin1String("flaky500") && first) {
        sendAndClose(socket, 500, "Internal Server Error", {}, "oops");
    } else if (mode == QLatin1String("always500")) {
        sendAndClose(socket, 500, "Internal Server Error", {}, "oops");
    } else if (mode == QLatin1String("always503")) {
        sendAndClose(socket, 503, "Service Unavailable", {}, "down");
    } else if (mode == QLatin1String("stall")) {
        // Say nothing; the client's transfer timeout has to end this.
    } else if (mode == QLatin1String("reset") || mode == QLatin1String("short")) {
        socket->write(head(200, "OK", {}, 100000) + QByteArray(1000, 'x'));
        socket->flush();
        if (mode == QLatin1String("reset")) {
            const linger hardClose{1, 0}; // SO_LINGER 0: close() sends RST instead of FIN
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                         sizeof hardClose);
            socket->abort();
        } else {
            socket->disconnectFromHost();
        }
    } else if (mode == QLatin1String("garbage")) {
        QByteArray noise(4096, Qt::Uninitialized);
        for (char& byte : noise)
            byte = char(QRandomGenerator::global()->bounded(256));
        sendAndClose(socket, 200, "OK", {"Content-Type: application/octet-stream"}, noise);
    } else if (mode == QLatin1String("rawgarbage")) {
        socket->write(QByteArray("\x01\x02 this is not HTTP \xff\xfe\r\n\r\nat all", 32));
        socket->disconnectFromHost();
    } else if (mode == QLatin1String("html")) {
        sendAndClose(socket, 200, "OK", {"Content-Type: text/html"}, m_errorPage);
    } else if (mode == QLatin1String("wrongday")) {
        sendAndClose(socket, 200, "OK", {}, digest(QStringLiteral("2001-01-01")));
    } else if (mode == QLatin1String("huge") || mode == QLatin1String("hugedeclared")) {
        stream(socket, mode, mode == QLatin1String("hugedeclared"));
    } else if (mode == QLatin1String("redirectloop")) {
        sendAndClose(socket, 302, "Found", {"Location: " + request.path.toLatin1()}, {});
    } else if (mode == QLatin1String("redirectfile")) {
        sendAndClose(socket, 302, "Found", {"Location: file:///etc/passwd"}, {});
    } else if (mode == QLatin1String("redirectremote")) {
        sendAndClose(socket, 302, "Found",
                     {"Location: http://192.0.2.1/ok/" + request.date.toLatin1() + ".md"}, {});
    } else if (mode == QLatin1String("redirectok")) {
        sendAndClose(socket, 302, "Found", {"Location: /ok/" + request.date.toLatin1() + ".md"},
                     {});
    } else if (mode == QLatin1String("drip")) {
        drip(socket, digest(request.date), 12, 60);
    } else if (mode == QLatin1String("dripforever")) {
        drip(socket, QByteArray(1'000'000, 'x'), 1'000'000, 50);
    } else if (mode == QLatin1String("slowok")) {
        const Request copy = request;
        QTimer::singleShot(250, socket, [this, socket, copy] { sendDigest(socket, copy); });
    } else if (mode == QLatin1String("hfpaged") || mode == QLatin1String("hfstatic")) {
        const bool paged = mode == QLatin1String("hfpaged");
        const int limit =
            paged ? request.query.queryItemValue(QStringLiteral("limit")).toInt() : 100;
        const int page = paged ? request.query.queryItemValue(QStringLiteral("p")).toInt() : 0;
        const int start = qMin(hfPagedTotal, page * limit);
        const int count = paged ? qMin(limit, hfPagedTotal - start) : 100;
        sendAndClose(socket, 200, "OK", {"Content-Type: application/json"},
                     hfEntries(start, count));
    } else {
        sendDigest(socket, request); // a fault's second chance
    }
}

void FaultServer::Worker::stream(QTcpSocket* socket, const QString& mode, bool declareLength)
{
    // A small kernel buffer keeps "sent" close to "received", so that an early close by the
    // client shows as bytes never sent.
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
    const QByteArray header = head(200, "OK", {}, declareLength ? hugeBytes : -1);
    socket->setProperty("headerLeft", header.size());
    socket->write(header);
    auto written = std::make_shared<qint64>(0);
    auto queued = std::make_shared<qint64>(0);
    const auto refill = [socket, queued] {
        static const QByteArray chunk(256 * 1024, 'y');
        while (*queued < hugeBytes && socket->bytesToWrite() < 1024 * 1024) {
            socket->write(chunk);
            *queued += chunk.size();
        }
        if (*queued >= hugeBytes)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket,
            [this, socket, written, mode, refill](qint64 bytes) {
                qint64 headerLeft = socket->property("headerLeft").toLongLong();
                const qint64 fromHeader = qMin(headerLeft, bytes);
                socket->setProperty("headerLeft", headerLeft - fromHeader);
                *written += bytes - fromHeader;
                {
                    const QMutexLocker lock(&m_mutex);
                    m_stats[mode].bodyBytesSent = *written;
                }
                refill();
            });
    const auto closed = [this, written, mode] {
        const QMutexLocker lock(&m_mutex);
        if (*written < hugeBytes)
            m_stats[mode].clientClosedEarly = true;
    };
    connect(socket, &QTcpSocket::errorOccurred, this, closed);
    connect(socket, &QTcpSocket::disconnected, this, closed);
    refill();
}

void FaultServer::Worker::drip(QTcpSocket* socket, const QByteArray& body, int pieces,
                               int intervalMs)
{
    socket->write(head(200, "OK", {}, body.size()));
    const qsizetype pieceSize = qMax<qsizetype>(1, (body.size() + pieces - 1) / pieces);
    auto sent = std::make_shared<qsizetype>(0);
    auto* timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, body, pieceSize, sent, timer] {
        socket->write(body.mid(*sent, pieceSize));
        *sent += pieceSize;
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(intervalMs);
}

FaultServer::FaultServer(QByteArray digestTemplate, QByteArray errorPage)
    : m_worker(new Worker(std::move(digestTemplate), std::move(errorPage))),
      m_server(std::unique_ptr<testing::HttpResponder>(m_worker))
{}

FaultServer::~FaultServer() = default;

bool FaultServer::start()
{
    return m_server.listen();
}

QString FaultServer::urlTemplate(const QString& mode, const QString& suffix) const
{
    return m_server.url(QLatin1Char('/') + mode + QStringLiteral("/{date}") + suffix);
}

void FaultServer::setSchedule(const QString& dayFileTemplate, const QHash<QString, QString>& faults)
{
    m_worker->setSchedule(dayFileTemplate, faults);
}

ModeStats FaultServer::stats(const QString& mode) const
{
    return m_worker->stats(mode);
}

void FaultServer::resetStats()
{
    m_worker->reset();
}

} // namespace paperboy::synctest
