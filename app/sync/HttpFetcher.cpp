#include "sync/HttpFetcher.h"

#include "sync/RetryPolicy.h"
#include "sync/UrlSafety.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>

namespace paperboy::sync {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::sync::HttpFetcher)
};

QString hostKey(const QUrl& url)
{
    return url.host().toLower();
}

// Failures that a second try a little later may well not see again.
bool isTransient(const TransferResult& result)
{
    using F = TransferResult::Failure;
    if (result.failure == F::Timeout)
        return true;
    if (result.failure != F::Network)
        return false;
    switch (result.networkError) {
    case QNetworkReply::RemoteHostClosedError:
        // Closed before any status line: Qt's HTTP layer has already resent the request once
        // (it takes such a close for a stale keep-alive connection), so that was the retry.
        return result.status > 0;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// Errors that mean no connection was made at all, as when the machine is offline.
bool isConnectFailure(const TransferResult& result)
{
    if (result.failure != TransferResult::Failure::Network || result.status > 0)
        return false;
    switch (result.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError: // what Qt reports for "network is unreachable"
        return true;
    default:
        return false;
    }
}

QString httpError(int status)
{
    return Text::tr("HTTP status %1").arg(status);
}

} // namespace

HttpFetcher::HttpFetcher(const SyncOptions& options, QObject* parent)
    : QObject(parent), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &HttpFetcher::pump);
}

HttpFetcher::~HttpFetcher()
{
    // Abort without calling back: whoever destroys the fetcher is not waiting for answers.
    for (auto& [pending, transfer] : m_running)
        delete transfer;
}

void HttpFetcher::fetch(const FetchJob& job, Done done)
{
    m_queues[hostKey(job.url)].append(Pending{m_nextId++, job, std::move(done), 0, 0, false});
    schedulePump();
}

void HttpFetcher::cancelAll()
{
    m_wakeUp.stop();
    QList<Pending> queued;
    for (QList<Pending>& list : m_queues)
        queued += std::move(list);
    m_queues.clear();

    QList<QPointer<HttpTransfer>> running;
    for (auto& [pending, transfer] : m_running)
        running.append(transfer);
    for (const QPointer<HttpTransfer>& transfer : running) {
        if (transfer)
            transfer->cancel(); // ends in onTransferDone with Failure::Cancelled
    }
    for (const Pending& pending : queued)
        complete(pending, {FetchOutcome::Kind::Cancelled,
                           0,
                           {},
                           {},
                           {},
                           Text::tr("cancelled"),
                           pending.gotResponse});
}

void HttpFetcher::setOffline(bool offline)
{
    m_offline = offline;
    schedulePump();
}

void HttpFetcher::schedulePump()
{
    // Deferred so that callers (often inside a completion callback) never re-enter pump().
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &HttpFetcher::pump, Qt::QueuedConnection);
}

void HttpFetcher::pump()
{
    m_pumpScheduled = false;
    const qint64 now = m_clock.elapsed();
    qint64 nextWake = -1;
    const auto wakeAt = [&nextWake](qint64 at) {
        nextWake = nextWake < 0 ? at : qMin(nextWake, at);
    };
    QList<Pending> offlineFailures;

    for (auto queue = m_queues.begin(); queue != m_queues.end();) {
        const QString& host = queue.key();
        QList<Pending>& list = queue.value();
        const qint64 pausedUntil = m_hostPausedUntilMs.value(host, 0);
        if (m_offline && !isLoopbackHost(host)) {
            if (m_options.whenOffline == SyncOptions::WhenOffline::Fail)
                offlineFailures += std::exchange(list, {});
        } else if (pausedUntil > now) {
            wakeAt(pausedUntil);
        } else {
            for (qsizetype i = 0; i < list.size() &&
                                  m_runningPerHost.value(host) < m_options.maxConcurrentPerHost;) {
                if (list.at(i).readyAtMs > now) {
                    wakeAt(list.at(i).readyAtMs);
                    ++i;
                } else {
                    start(list.takeAt(i));
                }
            }
        }
        queue = list.isEmpty() ? m_queues.erase(queue) : std::next(queue);
    }
    if (nextWake >= 0)
        m_wakeUp.start(int(qMax<qint64>(0, nextWake - now)));
    for (const Pending& pending : offlineFailures)
        complete(pending, {FetchOutcome::Kind::Failed,
                           0,
                           {},
                           {},
                           {},
                           Text::tr("offline: the network is down"),
                           pending.gotResponse,
                           true});
}

void HttpFetcher::start(Pending pending)
{
    ++pending.tries;
    const quint64 id = pending.id;
    ++m_runningPerHost[hostKey(pending.job.url)];
    auto* transfer = new HttpTransfer(
        *m_network, pending.job.url, pending.job.validators, m_options,
        [this, id](const TransferResult& result) { onTransferDone(id, result); }, this);
    m_running.insert(id, {std::move(pending), transfer});
}

void HttpFetcher::onTransferDone(quint64 id, const TransferResult& result)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Pending pending = std::move(it->first);
    it->second->deleteLater();
    m_running.erase(it);
    const QString host = hostKey(pending.job.url);
    --m_runningPerHost[host];
    schedulePump();

    using F = TransferResult::Failure;
    const int status = result.failure == F::None ? result.status : 0;
    pending.gotResponse = pending.gotResponse || result.status > 0; // even if cut short
    const bool httpFailure = status != 0 && !(status >= 200 && status < 300) && status != 304 &&
                             status != 404 && status != 410;
    const QString error = httpFailure ? httpError(status) : result.error;
    emit requestLogged({pending.job.url, pending.job.source, pending.job.date, result.status,
                        qint64(result.body.size()), result.ms, error, pending.tries});

    FetchOutcome outcome{FetchOutcome::Kind::Failed,
                         result.status,
                         {},
                         result.etag,
                         result.lastModified,
                         error,
                         pending.gotResponse,
                         !pending.gotResponse && isConnectFailure(result)};
    if (result.failure == F::Cancelled) {
        outcome.kind = FetchOutcome::Kind::Cancelled;
    } else if (status >= 200 && status < 300) {
        outcome.kind = FetchOutcome::Kind::Ok;
        outcome.body = result.body;
    } else if (status == 304) {
        outcome.kind = FetchOutcome::Kind::NotModified;
    } else if (status == 404 || status == 410) {
        outcome.kind = FetchOutcome::Kind::NotFound;
    } else if (status == 429 || status == 503) {
        const auto wait = parseRetryAfterMs(result.retryAfter, QDateTime::currentDateTimeUtc());
        if (wait && *wait > m_options.retryAfterCapMs) {
            outcome.error =
                Text::tr("%1; the server asks to wait %2 s, so it waits until the next sync")
                    .arg(error)
                    .arg(*wait / 1000);
        } else if (wait) {
            // Retry-After speaks for the whole server, not just this document.
            m_hostPausedUntilMs[host] = m_clock.elapsed() + *wait;
            if (retryLater(pending, *wait))
                return;
        } else if (retryLater(pending, backoffDelayMs(m_options, pending.tries + 1))) {
            return;
        }
    } else if ((status >= 500 || isTransient(result)) &&
               retryLater(pending, backoffDelayMs(m_options, pending.tries + 1))) {
        return;
    }
    if (outcome.kind == FetchOutcome::Kind::Failed && pending.tries > 1)
        outcome.error = Text::tr("%1 (after %2 tries)").arg(outcome.error).arg(pending.tries);
    complete(pending, outcome);
}

bool HttpFetcher::retryLater(Pending& pending, qint64 delayMs)
{
    if (pending.tries >= m_options.maxTries)
        return false;
    pending.readyAtMs = m_clock.elapsed() + delayMs;
    m_queues[hostKey(pending.job.url)].prepend(std::move(pending));
    schedulePump();
    return true;
}

void HttpFetcher::complete(const Pending& pending, FetchOutcome outcome)
{
    pending.done(outcome);
}

} // namespace paperboy::sync
