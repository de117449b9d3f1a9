#pragma once

#include "thumbs/ImageUrlPolicy.h"
#include "thumbs/ThumbnailTypes.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace paperboy::thumbs {

class ImageDownload;

// Loads thumbnails asynchronously for the thread it lives on (the GUI thread in the window,
// the main thread in the CLI). That thread only does bookkeeping and non-blocking network I/O:
// disk reads, writes and decoding run on the loader's own thread pool. Every URL has at most
// one job, so ten asks make one download and one decode per distinct size; each ask gets
// its own `finished` signal.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailLoader(LoaderOptions options, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    const ImageUrlPolicy& policy() const { return m_policy; }

    // The decoded image when it is in memory (null otherwise). Cheap: the delegate calls it
    // on every paint.
    QImage cached(const QUrl& url, QSize deviceSize) const;

    // Asks for the image scaled to fit `deviceSize` (device pixels; empty = store on disk
    // only, for prefetch). `finished` follows, also for a memory hit (queued, never nested).
    void request(const QString& paperId, const QUrl& url, QSize deviceSize, Priority priority);
    // The policy's choice for a paper, then request(); a refused URL is logged once and
    // answered with Origin::Refused. Returns the chosen URL (empty when refused).
    QUrl requestFor(const QString& paperId, const QString& thumbnailUrl,
                    const QStringList& mediaUrls, QSize deviceSize, Priority priority);

    // Queued Visible jobs whose URL is not in `visible` drop to Background (rows scrolled away).
    void demoteExcept(const QSet<QUrl>& visible);
    // Visible asks for URLs not in `visible` that wait for a connection are dropped and
    // answered with Origin::Cancelled (asks of other priorities stay): while the reader flings
    // through the list, the rows passed by are not all downloaded.
    void cancelVisibleExcept(const QSet<QUrl>& visible);
    // Forgets queued jobs for the URL (their asks are answered as failed with "cancelled").
    void cancel(const QUrl& url);

    // The user changed the allowed hosts or the disk limit in Settings: applies to what is
    // asked from now on (the disk cache evicts on its own thread).
    void setExtraHosts(const QStringList& hosts);
    void setDiskLimitBytes(qint64 bytes);

    // Milliseconds until a failed URL may be tried again (0: it has not failed, or it is due).
    qint64 retryDueInMs(const QUrl& url) const;
    // A host that gave no answer at all (offline: no DNS, no route, refused) waits as a whole,
    // 30 s, 60 s, 120 s ... (failureBackoffMs doubling up to maxFailureBackoffMs), and is then
    // tried with one download, not with every image asked meanwhile; its images fail quietly
    // until then. The network is back (the window hears it): every such host is tried again.
    void retryUnreachableNow();
    bool isOffline() const { return !m_unreachable.isEmpty(); }

    bool isBusy() const { return !m_jobs.isEmpty(); }
    DiskCacheStatus diskStatus() const; // reads the folder on first use: not for the GUI thread

signals:
    void finished(const paperboy::thumbs::ThumbnailResult& result);
    void idle(); // no job left
    // True when a first host stops answering, false when every such host answers again (or
    // retryUnreachableNow()): the window says once that images are unavailable offline.
    void offlineChanged(bool offline);

private:
    struct Ask
    {
        QString paperId;
        QSize size;
        Priority priority = Priority::Visible;
    };
    enum class Stage { Disk, Queued, Network, Decode };
    struct Job
    {
        QUrl url;
        QString host;    // lower case, for the per-host limits
        QString paperId; // the first asker's: names the disk file
        QList<Ask> asks;
        Priority priority = Priority::Prefetch;
        Stage stage = Stage::Disk;
        quint64 order = 0;
        int throttled = 0;
        ImageDownload* download = nullptr;
    };
    struct Failure
    {
        int count = 0;
        qint64 retryAtMs = 0;
        QString error;
        bool noAnswer = false; // the host did not answer: forgotten when the network is back
    };

    void startDiskLookup(Job& job);
    void onDiskResult(const QUrl& url, bool found, const QList<ThumbnailResult>& decoded);
    void pump(); // starts queued downloads within the host limits
    void onDownloaded(const QUrl& url, const DownloadResult& result);
    void startDecode(const QUrl& url, const QByteArray& bytes);
    void onDecoded(const QUrl& url, const QList<ThumbnailResult>& decoded, const QString& error);
    void failJob(const QUrl& url, const QString& error, bool remember);
    // The host of `url` gave no answer: it waits as a whole (see retryUnreachableNow()).
    void onNoAnswer(const QUrl& url, const QString& error);
    // Fails the job without a log line, its URL due again when its host is.
    void failQuietly(const QUrl& url, const QString& error, qint64 retryAtMs);
    void deliver(ThumbnailResult result);
    void finishIfIdle();
    static QString memoryKey(const QUrl& url, QSize size);
    static QList<QSize> distinctSizes(const QList<Ask>& asks);

    const LoaderOptions m_options;
    ImageUrlPolicy m_policy; // downloads hold a reference: replaced in place, never moved
    std::shared_ptr<DiskCache> m_disk;
    QNetworkAccessManager m_network;
    QThreadPool m_pool;
    mutable QCache<QString, QImage> m_memory;
    QHash<QUrl, Job> m_jobs;
    QHash<QUrl, Failure> m_failures;
    QHash<QString, int> m_activePerHost;
    QHash<QString, qint64> m_hostRetryAtMs;
    QHash<QString, int> m_unreachable; // host -> tries in a row without an answer
    QSet<QUrl> m_loggedRefusals;
    QTimer m_wakeUp; // for host backoff
    quint64 m_nextOrder = 0;
};

} // namespace paperboy::thumbs
