#pragma once

#include "common/LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace paperboy::synctest {

// What the server saw for one mode (the first path segment of the request).
struct ModeStats
{
    int requests = 0;
    int maxConcurrent = 0;    // connections of this mode open at the same time
    qint64 bodyBytesSent = 0; // for the streaming modes
    bool clientClosedEarly = false;
    QHash<QByteArray, QByteArray> lastHeaders; // lower-case names
};

// A real HTTP/1.1 server on 127.0.0.1 for the sync tests. The first path segment picks the
// behaviour, the rest names the day, e.g. /flaky500/2026-11-25.md or /hfpaged/2026-11-25.json:
//   ok            the day's digest, ETag and Last-Modified; 304 when If-None-Match matches
//   gzip          the digest gzip-compressed when the client accepts gzip
//   notfound      404
//   retryafter    429 with Retry-After: 1 on a path's first request, then ok
//   retryafterdate 503 with Retry-After as an HTTP date 2 s ahead, then ok
//   retryafterlong 429 with Retry-After: 3600
//   flaky500      500 on a path's first request, then ok
//   always500 / always503   that status every time
//   stall         reads the request and never answers
//   reset         headers for 100000 bytes, 1000 sent, then a TCP reset
//   short         headers for 100000 bytes, 1000 sent, then a clean close
//   garbage       200 with random bytes
//   rawgarbage    bytes that are not HTTP at all
//   html          200 with an HTML error page
//   wrongday      200 with the digest of another day
//   huge          200 MB without Content-Length (must be cut off while streaming)
//   hugedeclared  200 MB announced in Content-Length
//   redirectloop  302 to itself
//   redirectfile  302 to file:///etc/passwd
//   redirectremote 302 to http://192.0.2.1/ (TEST-NET-1, not loopback)
//   redirectok    302 to /ok/<same day>
//   drip          the digest in 12 pieces 60 ms apart
//   dripforever   one byte every 50 ms, never done
//   slowok        the digest after 250 ms
//   hfpaged       an API day of 130 entries, honouring limit and p
//   hfstatic      100 entries whatever p says (a static file)
//   schedule      real day files with per-day faults, see setSchedule()
// Runs on a thread of its own, so a test may block (QProcess::waitForFinished) meanwhile.
class FaultServer final
{
public:
    // `digestTemplate` has "{date}" where the day goes; `errorPage` is the html mode's body.
    FaultServer(QByteArray digestTemplate, QByteArray errorPage);
    ~FaultServer();

    bool start();
    quint16 port() const { return m_server.port(); }
    // http://127.0.0.1:PORT/MODE/{date}.md
    QString urlTemplate(const QString& mode, const QString& suffix = QStringLiteral(".md")) const;

    // For the "schedule" mode: a day's body is the file `dayFileTemplate` names ({date} = the
    // day; 404 when there is none), and the first request of a day meets the mode `faults`
    // gives that day (none: ok); later requests of the same path are answered ok.
    void setSchedule(const QString& dayFileTemplate, const QHash<QString, QString>& faults);

    ModeStats stats(const QString& mode) const;
    void resetStats();

    class Worker;

private:
    Worker* m_worker; // owned by m_server, which runs it on the server's thread
    testing::LoopbackHttpServer m_server;
};

} // namespace paperboy::synctest
