#include "thumbs/ThumbnailLoader.h"

#include "core/RetryAfter.h"
#include "thumbs/ImageDownload.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcThumbs, "paperboy.thumbs")

namespace paperboy::thumbs {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Decodes one download (or one disk file) once per distinct size asked; runs on the pool.
QList<ThumbnailResult> decodeAll(const QByteArray& bytes, const QList<QSize>& sizes,
                                 const LoaderOptions& options, ThumbnailResult::Origin origin,
                                 QString* error)
{
    QList<ThumbnailResult> results;
    for (const QSize& size : sizes) {
        if (size.isEmpty() && origin == ThumbnailResult::Origin::Disk) {
            // A store-only prefetch of a file already kept (it decoded when it was stored).
            results.append({{}, {}, size, {}, origin, {}});
            continue;
        }
        if (options.decodeObserver)
            options.decodeObserver(QThread::currentThread());
        // A store-only prefetch still decodes (small) so that no broken file is kept.
        const QSize target = size.isEmpty() ? QSize(64, 64) : size;
        DecodeResult decoded = decodeImage(bytes, target, options.decode);
        if (decoded.image.isNull()) {
            *error = decoded.error;
            return {};
        }
        ThumbnailResult result;
        result.size = size;
        result.origin = origin;
        if (!size.isEmpty())
            result.image = std::move(decoded.image);
        results.append(result);
    }
    return results;
}

} // namespace

ThumbnailLoader::ThumbnailLoader(LoaderOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_policy(m_options.extraHosts),
      m_disk(std::make_shared<DiskCache>(m_options.cacheDirectory, m_options.diskLimitBytes,
                                         m_options.pinnedIds))
{
    // Decoding a 1200 x 648 PNG takes milliseconds of a core: one core is left to the thread
    // that owns the loader (the GUI's, in the window), so scrolling and day switches do not
    // wait for the decoders.
    const int decoders = m_options.decodeThreads > 0
                             ? m_options.decodeThreads
                             : std::clamp(QThread::idealThreadCount() - 1, 1, 3);
    m_pool.setMaxThreadCount(decoders);
    m_memory.setMaxCost(m_options.memoryLimitBytes);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &ThumbnailLoader::pump);
}

ThumbnailLoader::~ThumbnailLoader()
{
    // Pool tasks post back to `this`; once they are done, Qt drops the posted calls with us.
    m_pool.clear();
    m_pool.waitForDone();
    for (Job& job : m_jobs) {
        if (job.download) {
            job.download->disconnect();
            delete job.download;
        }
    }
}

QString ThumbnailLoader::memoryKey(const QUrl& url, QSize size)
{
    return url.toString() + QLatin1Char('@') + QString::number(size.width()) + QLatin1Char('x') +
           QString::number(size.height());
}

QList<QSize> ThumbnailLoader::distinctSizes(const QList<Ask>& asks)
{
    QList<QSize> sizes;
    for (const Ask& ask : asks) {
        if (!sizes.contains(ask.size))
            sizes.append(ask.size);
    }
    return sizes;
}

QImage ThumbnailLoader::cached(const QUrl& url, QSize deviceSize) const
{
    const QImage* image = m_memory.object(memoryKey(url, deviceSize));
    return image ? *image : QImage();
}

QUrl ThumbnailLoader::requestFor(const QString& paperId, const QString& thumbnailUrl,
                                 const QStringList& mediaUrls, QSize deviceSize, Priority priority)
{
    const ThumbnailChoice choice = m_policy.choose(paperId, thumbnailUrl, mediaUrls);
    if (!choice.allowed) {
        if (!m_loggedRefusals.contains(choice.url)) {
            m_loggedRefusals.insert(choice.url);
            qCInfo(lcThumbs).noquote() << "image not fetched for" << paperId << ':'
                                       << choice.url.toDisplayString() << '-' << choice.reason;
        }
        ThumbnailResult result{
            paperId, choice.url, deviceSize, {}, ThumbnailResult::Origin::Refused, choice.reason};
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        return {};
    }
    request(paperId, choice.url, deviceSize, priority);
    return choice.url;
}

void ThumbnailLoader::request(const QString& paperId, const QUrl& url, QSize deviceSize,
                              Priority priority)
{
    QString why;
    if (!m_policy.isAllowed(url, &why)) {
        ThumbnailResult result{paperId, url, deviceSize, {}, ThumbnailResult::Origin::Refused, why};
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        return;
    }
    if (!deviceSize.isEmpty()) {
        if (const QImage* image = m_memory.object(memoryKey(url, deviceSize))) {
            ThumbnailResult result{
                paperId, url, deviceSize, *image, ThumbnailResult::Origin::Memory, {}};
            QMetaObject::invokeMethod(
                this, [this, result] { deliver(result); }, Qt::QueuedConnection);
            return;
        }
    }
    const auto failure = m_failures.constFind(url);
    if (failure != m_failures.constEnd() && failure->retryAtMs > nowMs()) {
        // Failed before and not yet due for another try: the placeholder, no network.
        ThumbnailResult result{paperId,       url, deviceSize, {}, ThumbnailResult::Origin::Failed,
                               failure->error};
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
        return;
    }
    auto it = m_jobs.find(url);
    if (it != m_jobs.end()) {
        it->asks.append({paperId, deviceSize, priority});
        it->priority = std::max(it->priority, priority);
        return;
    }
    Job job;
    job.url = url;
    job.paperId = paperId;
    job.host = url.host().toLower();
    job.asks.append({paperId, deviceSize, priority});
    job.priority = priority;
    job.order = m_nextOrder++;
    it = m_jobs.insert(url, job);
    startDiskLookup(*it);
}

void ThumbnailLoader::startDiskLookup(Job& job)
{
    job.stage = Stage::Disk;
    const QUrl url = job.url;
    const QList<QSize> sizes = distinctSizes(job.asks);
    std::shared_ptr<DiskCache> disk = m_disk;
    const LoaderOptions& options = m_options; // outlives the pool (waitForDone in the dtor)
    m_pool.start([this, disk, url, sizes, &options] {
        const std::optional<QByteArray> bytes = disk->read(url);
        QList<ThumbnailResult> decoded;
        QString error;
        if (bytes)
            decoded = decodeAll(*bytes, sizes, options, ThumbnailResult::Origin::Disk, &error);
        const bool found = bytes && error.isEmpty();
        QMetaObject::invokeMethod(
            this, [this, url, found, decoded] { onDiskResult(url, found, decoded); },
            Qt::QueuedConnection);
    });
}

void ThumbnailLoader::onDiskResult(const QUrl& url, bool found,
                                   const QList<ThumbnailResult>& decoded)
{
    auto it = m_jobs.find(url);
    if (it == m_jobs.end())
        return;
    if (!found) {
        const qint64 hostDue = m_hostRetryAtMs.value(it->host);
        if (m_unreachable.contains(it->host) && hostDue > nowMs()) {
            // Offline: not queued behind the host's wait, answered now with the placeholder.
            failQuietly(url, tr("the image host does not answer"), hostDue);
            return;
        }
        it->stage = Stage::Queued;
        pump();
        return;
    }
    onDecoded(url, decoded, {});
}

void ThumbnailLoader::pump()
{
    const qint64 now = nowMs();
    qint64 nextWake = 0;
    for (;;) {
        Job* best = nullptr;
        for (Job& job : m_jobs) {
            if (job.stage != Stage::Queued)
                continue;
            const qint64 retryAt = m_hostRetryAtMs.value(job.host);
            if (retryAt > now) {
                nextWake = nextWake ? std::min(nextWake, retryAt) : retryAt;
                continue;
            }
            // A host that did not answer is probed with one download, not with all it waits for.
            const int connections =
                m_unreachable.contains(job.host) ? 1 : m_options.connectionsPerHost;
            if (m_activePerHost.value(job.host) >= connections)
                continue;
            if (!best || job.priority > best->priority ||
                (job.priority == best->priority && job.order < best->order))
                best = &job;
        }
        if (!best)
            break;
        const QUrl url = best->url;
        ++m_activePerHost[best->host];
        best->stage = Stage::Network;
        best->download = new ImageDownload(
            m_network, m_policy, url, m_options.download,
            [this, url](const DownloadResult& result) {
                // Not from inside ImageDownload's call stack: it deletes itself afterwards.
                QMetaObject::invokeMethod(
                    this, [this, url, result] { onDownloaded(url, result); }, Qt::QueuedConnection);
            },
            this);
    }
    if (nextWake)
        m_wakeUp.start(int(std::max<qint64>(10, nextWake - now)));
}

void ThumbnailLoader::onDownloaded(const QUrl& url, const DownloadResult& result)
{
    const QString host = url.host().toLower();
    if (--m_activePerHost[host] <= 0)
        m_activePerHost.remove(host);
    auto it = m_jobs.find(url);
    if (it == m_jobs.end())
        return;
    if (it->download) {
        it->download->deleteLater();
        it->download = nullptr;
    }
    if (result.status == 429 || result.status == 503) {
        // The server asks us to slow down: the whole host waits, the job stays queued.
        const qint64 waitMs = std::min<qint64>(
            core::parseRetryAfterMs(result.retryAfter, QDateTime::currentDateTimeUtc())
                .value_or(m_options.failureBackoffMs),
            m_options.maxFailureBackoffMs);
        m_hostRetryAtMs.insert(host, nowMs() + waitMs);
        qCInfo(lcThumbs) << "image host" << host << "asks to wait" << waitMs << "ms";
        if (++it->throttled <= m_options.maxThrottleRetries) {
            it->stage = Stage::Queued;
            pump();
            return;
        }
    }
    if (result.status == 0 && !result.error.isEmpty()) {
        onNoAnswer(url, result.error);
        pump();
        return;
    }
    if (m_unreachable.remove(host) > 0) {
        qCInfo(lcThumbs) << "image host" << host << "answers again";
        m_hostRetryAtMs.remove(host);
        if (m_unreachable.isEmpty())
            emit offlineChanged(false);
    }
    if (!result.error.isEmpty()) {
        failJob(url, result.error, true);
        pump();
        return;
    }
    startDecode(url, result.body);
    pump();
}

void ThumbnailLoader::onNoAnswer(const QUrl& url, const QString& error)
{
    const QString host = url.host().toLower();
    const qint64 now = nowMs();
    // Downloads that were already running when the host went quiet fail without adding to
    // its wait: one wait per try of the host, not per image.
    if (m_hostRetryAtMs.value(host) <= now) {
        int& tries = m_unreachable[host];
        ++tries;
        const qint64 wait =
            std::min<qint64>(qint64(m_options.failureBackoffMs) << std::min(tries - 1, 16),
                             m_options.maxFailureBackoffMs);
        m_hostRetryAtMs.insert(host, now + wait);
        if (tries == 1) {
            // Once per host and outage: not a line per image every half minute.
            qCInfo(lcThumbs).noquote()
                << QStringLiteral("image host %1 does not answer (%2): its images wait, tried "
                                  "again with backoff")
                       .arg(host, error);
            if (m_unreachable.size() == 1)
                emit offlineChanged(true);
        }
    }
    const qint64 due = m_hostRetryAtMs.value(host);
    failQuietly(url, error, due);
    // What else waits for the host is answered now too: the placeholder until it answers.
    QList<QUrl> waiting;
    for (const Job& job : std::as_const(m_jobs)) {
        if (job.host == host && job.stage == Stage::Queued)
            waiting.append(job.url);
    }
    for (const QUrl& other : std::as_const(waiting))
        failQuietly(other, error, due);
}

void ThumbnailLoader::failQuietly(const QUrl& url, const QString& error, qint64 retryAtMs)
{
    Failure& failure = m_failures[url];
    ++failure.count;
    failure.retryAtMs = retryAtMs;
    failure.error = error;
    failure.noAnswer = true;
    failJob(url, error, false);
}

void ThumbnailLoader::retryUnreachableNow()
{
    if (m_unreachable.isEmpty())
        return;
    for (auto it = m_unreachable.cbegin(); it != m_unreachable.cend(); ++it)
        m_hostRetryAtMs.remove(it.key());
    m_unreachable.clear();
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->noAnswer)
            it = m_failures.erase(it);
        else
            ++it;
    }
    emit offlineChanged(false);
    pump();
}

void ThumbnailLoader::startDecode(const QUrl& url, const QByteArray& bytes)
{
    auto it = m_jobs.find(url);
    it->stage = Stage::Decode;
    const QList<QSize> sizes = distinctSizes(it->asks);
    const QString paperId = it->paperId;
    std::shared_ptr<DiskCache> disk = m_disk;
    const LoaderOptions& options = m_options;
    m_pool.start([this, disk, url, bytes, sizes, paperId, &options] {
        QString error;
        const QList<ThumbnailResult> decoded =
            decodeAll(bytes, sizes, options, ThumbnailResult::Origin::Network, &error);
        if (error.isEmpty())
            disk->write(url, paperId, bytes); // only images that decode are kept
        QMetaObject::invokeMethod(
            this, [this, url, decoded, error] { onDecoded(url, decoded, error); },
            Qt::QueuedConnection);
    });
}

void ThumbnailLoader::onDecoded(const QUrl& url, const QList<ThumbnailResult>& decoded,
                                const QString& error)
{
    auto it = m_jobs.find(url);
    if (it == m_jobs.end())
        return;
    if (!error.isEmpty()) {
        failJob(url, error, true);
        return;
    }
    m_failures.remove(url);
    for (const ThumbnailResult& image : decoded) {
        if (!image.image.isNull())
            m_memory.insert(memoryKey(url, image.size), new QImage(image.image),
                            std::max<qsizetype>(1, image.image.sizeInBytes()));
    }
    QList<Ask> late;
    const QList<Ask> asks = it->asks;
    for (const Ask& ask : asks) {
        const auto match =
            std::find_if(decoded.begin(), decoded.end(),
                         [&ask](const ThumbnailResult& r) { return r.size == ask.size; });
        if (match == decoded.end()) {
            late.append(ask); // asked while decoding at other sizes: decoded again from disk
            continue;
        }
        ThumbnailResult result = *match;
        result.paperId = ask.paperId;
        result.url = url;
        deliver(result);
    }
    it = m_jobs.find(url); // deliver() may have run slots that asked for more
    if (it == m_jobs.end())
        return;
    if (!late.isEmpty() || it->asks.size() > asks.size()) {
        it->asks = late + it->asks.mid(asks.size());
        startDiskLookup(*it);
        return;
    }
    m_jobs.erase(it);
    finishIfIdle();
}

void ThumbnailLoader::setExtraHosts(const QStringList& hosts)
{
    m_policy = ImageUrlPolicy(hosts);
    m_loggedRefusals.clear();
    // Refusals are not remembered as failures: a newly allowed host is asked on the next paint.
}

void ThumbnailLoader::setDiskLimitBytes(qint64 bytes)
{
    m_pool.start([disk = m_disk, bytes] { disk->setLimitBytes(bytes); });
}

qint64 ThumbnailLoader::retryDueInMs(const QUrl& url) const
{
    const auto failure = m_failures.constFind(url);
    return failure == m_failures.constEnd() ? 0 : std::max<qint64>(0, failure->retryAtMs - nowMs());
}

void ThumbnailLoader::failJob(const QUrl& url, const QString& error, bool remember)
{
    const auto it = m_jobs.find(url);
    if (it == m_jobs.end())
        return;
    if (remember) {
        Failure& failure = m_failures[url];
        ++failure.count;
        const qint64 wait =
            std::min<qint64>(qint64(m_options.failureBackoffMs) << std::min(failure.count - 1, 16),
                             m_options.maxFailureBackoffMs);
        failure.retryAtMs = nowMs() + wait;
        failure.error = error;
        qCInfo(lcThumbs).noquote() << "image failed:" << url.toDisplayString() << '-' << error
                                   << "(next try in" << wait / 1000 << "s)";
    }
    const Job job = *it;
    m_jobs.erase(it);
    if (job.download) {
        job.download->disconnect();
        job.download->deleteLater();
    }
    for (const Ask& ask : job.asks)
        deliver({ask.paperId, url, ask.size, {}, ThumbnailResult::Origin::Failed, error});
    finishIfIdle();
}

void ThumbnailLoader::demoteExcept(const QSet<QUrl>& visible)
{
    for (Job& job : m_jobs) {
        if (job.priority == Priority::Visible && !visible.contains(job.url))
            job.priority = Priority::Background;
    }
}

void ThumbnailLoader::cancelVisibleExcept(const QSet<QUrl>& visible)
{
    QList<ThumbnailResult> cancelled;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->stage != Stage::Queued || it->priority != Priority::Visible ||
            visible.contains(it->url)) {
            ++it;
            continue;
        }
        Priority rest = Priority::Prefetch;
        QList<Ask> kept;
        for (const Ask& ask : it->asks) {
            if (ask.priority == Priority::Visible) {
                cancelled.append({ask.paperId,
                                  it->url,
                                  ask.size,
                                  {},
                                  ThumbnailResult::Origin::Cancelled,
                                  tr("cancelled")});
            } else {
                kept.append(ask);
                rest = std::max(rest, ask.priority);
            }
        }
        if (kept.isEmpty()) {
            it = m_jobs.erase(it);
            continue;
        }
        it->asks = kept;
        it->priority = rest;
        ++it;
    }
    for (const ThumbnailResult& result : cancelled)
        deliver(result);
    if (!cancelled.isEmpty())
        finishIfIdle();
}

void ThumbnailLoader::cancel(const QUrl& url)
{
    const auto it = m_jobs.constFind(url);
    if (it != m_jobs.constEnd() && it->stage == Stage::Queued)
        failJob(url, tr("cancelled"), false);
}

void ThumbnailLoader::deliver(ThumbnailResult result)
{
    emit finished(result);
}

void ThumbnailLoader::finishIfIdle()
{
    if (m_jobs.isEmpty())
        emit idle();
}

DiskCacheStatus ThumbnailLoader::diskStatus() const
{
    return m_disk->status();
}

} // namespace paperboy::thumbs
