#pragma once

#include "sync/HttpTransfer.h"
#include "sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace paperboy::sync {

// One document to get, and what the log should say it was for.
struct FetchJob
{
    QUrl url;
    Validators validators;
    QString source;
    QDate date;
};

// The end of a FetchJob after all its tries.
struct FetchOutcome
{
    enum class Kind { Ok, NotModified, NotFound, Failed, Cancelled };

    Kind kind = Kind::Failed;
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    QString error;
    bool gotResponse = false; // some try reached a server that answered in HTTP
    // No server could be connected to (refused, unknown host, no route, or known offline):
    // the network, not the source, is the likely problem.
    bool couldNotConnect = false;
};

// The polite HTTP client of the sync thread: one long-lived QNetworkAccessManager, at most
// maxConcurrentPerHost requests per host, retries with backoff on 5xx, 429 and timeouts
// (maxTries in all), and Retry-After pauses the whole host. Lives on one thread.
class HttpFetcher final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const FetchOutcome&)>;

    explicit HttpFetcher(const SyncOptions& options, QObject* parent = nullptr);
    ~HttpFetcher() override;

    void fetch(const FetchJob& job, Done done);
    // Every queued and running job ends with Cancelled; running ones are aborted now.
    void cancelAll();
    // While offline, jobs for other hosts than loopback wait (or fail, per options).
    void setOffline(bool offline);

signals:
    void requestLogged(const paperboy::sync::RequestLogEntry& entry);

private:
    struct Pending
    {
        quint64 id = 0;
        FetchJob job;
        Done done;
        int tries = 0;
        qint64 readyAtMs = 0;
        bool gotResponse = false;
    };

    void schedulePump();
    void pump();
    void start(Pending pending);
    void onTransferDone(quint64 id, const TransferResult& result);
    bool retryLater(Pending& pending, qint64 delayMs);
    static void complete(const Pending& pending, FetchOutcome outcome);

    SyncOptions m_options;
    QNetworkAccessManager* m_network = nullptr;
    QMap<QString, QList<Pending>> m_queues; // by host, in the order asked
    QHash<quint64, std::pair<Pending, HttpTransfer*>> m_running;
    QHash<QString, int> m_runningPerHost;
    QHash<QString, qint64> m_hostPausedUntilMs;
    QTimer m_wakeUp;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    bool m_pumpScheduled = false;
    bool m_offline = false;
};

} // namespace paperboy::sync
