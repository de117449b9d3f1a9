#pragma once

#include "common/LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QStringList>

namespace paperboy::thumbstest {

// A real HTTP/1.1 server for the thumbnail tests, on its own thread and address. The first
// path segment picks the answer, e.g. /png/a.png:
//   png, jpeg     an image made with QImage (/png/w200h100-... sets the size)
//   notfound      404
//   notimage      200 with an HTML page
//   truncated     the first half of a PNG
//   bomb          a valid PNG header announcing 100000 x 100000 pixels
//   huge          200 MB announced in Content-Length (and sent while the client reads)
//   hugestream    200 MB without Content-Length
//   stall         reads the request and never answers
//   throttle      429 with Retry-After: 1 on a path's first request, then the PNG
//   flaky         503 without Retry-After on a path's first request, then the PNG
//   slowpng       the PNG after 300 ms
//   redirectaway  302 to http://127.0.0.2:<port>/png/x.png (a host that is not allowed)
class ImageServer final
{
public:
    explicit ImageServer(QHostAddress address = QHostAddress::LocalHost);
    ~ImageServer();

    bool start(quint16 port = 0); // 0: any free port
    quint16 port() const { return m_server.port(); }
    QString url(const QString& path) const; // http://ADDRESS:PORT/path

    int requests(const QString& path) const; // by exact path
    int totalRequests() const;
    QStringList order() const; // the paths in the order they were asked for
    // Body bytes of the last huge answer written before the client hung up; -1 before one ends.
    qint64 streamedBytes() const;

    static QByteArray png(int width, int height, bool noise = false);
    static QByteArray jpeg(int width, int height);
    static QByteArray bombPng(int width, int height);

    class Worker;

private:
    Worker* m_worker; // owned by m_server, which runs it on the server's thread
    testing::LoopbackHttpServer m_server;
    QHostAddress m_address;
};

} // namespace paperboy::thumbstest
