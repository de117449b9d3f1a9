#pragma once

#include "core/WorkerThread.h"
#include "store/cache/CacheWriter.h"

#include <QObject>

#include <atomic>

namespace paperboy::store {

// The one cache-writing connection of a running app, on its own thread, shared by the
// importer and sync. Requests are queued in order; each answers with a signal carrying its
// ticket. Destruction finishes queued writes first (no half-written digest is ever possible:
// each digest is one transaction).
class WriterThread final : public QObject
{
    Q_OBJECT
public:
    explicit WriterThread(const DataPaths& paths, QObject* parent = nullptr);
    ~WriterThread() override;

    // Thread-safe. Returns the ticket that the answering signal carries.
    quint64 writeDigest(const core::Digest& digest,
                        const std::optional<FetchRecord>& fetch = std::nullopt);
    quint64 recordFetch(const FetchRecord& fetch);
    quint64 writeSummary(const core::PaperSummary& summary);
    // Empties the cache after the writes queued before it (CacheWriter::clearAll).
    quint64 clearCache();
    // Drops the oldest days while the cache is larger than `maxBytes` (CacheWriter::pruneToSize).
    quint64 pruneCache(qint64 maxBytes);

signals:
    void openFailed(const QString& error);
    void digestWritten(quint64 ticket, const QDate& date, const QString& source, bool ok,
                       const QString& error);
    void fetchRecorded(quint64 ticket, bool ok, const QString& error);
    void summaryWritten(quint64 ticket, const QString& paperId, bool ok, const QString& error);
    void cacheCleared(quint64 ticket, bool ok, const QString& error);
    void cachePruned(quint64 ticket, const QList<QDate>& days, bool ok, const QString& error);

private:
    class Worker;
    std::atomic<quint64> m_nextTicket{1};
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::store
