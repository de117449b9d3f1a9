#include "store/cache/WriterThread.h"

#include <QCoreApplication>
#include <QTimer>

namespace paperboy::store {

// Lives on m_thread and does the work there: opens the CacheWriter on that thread (SQLite
// connections stay on the thread that opened them) and answers each request by emitting the
// owner's signal from that thread; Qt queues it to receivers on other threads, so answers
// still arrive when the owner is being destroyed while draining the queue.
class WriterThread::Worker final : public QObject
{
public:
    // Opens the cache: the first thing done on the thread.
    Worker(WriterThread* owner, DataPaths paths) : m_owner(owner), m_paths(std::move(paths))
    {
        m_writer = CacheWriter::open(m_paths, &m_openError);
        if (m_writer) {
            // Packing waits until the writes have paused (CacheWriter::packTextsIfDue): an
            // import or a sync is a burst of writes, and training in its middle stalls it.
            m_packTimer = new QTimer(this);
            m_packTimer->setSingleShot(true);
            m_packTimer->setInterval(packIdleMs);
            connect(m_packTimer, &QTimer::timeout, this, [this] { packTexts(); });
            return;
        }
        if (m_openError.isEmpty())
            m_openError =
                QCoreApplication::translate("paperboy::store", "The cache could not be opened");
        // Delivered on the owner's thread once its creator has had the chance to connect.
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, error = m_openError] { emit owner->openFailed(error); },
            Qt::QueuedConnection);
    }

    void writeDigest(quint64 ticket, const core::Digest& digest,
                     const std::optional<FetchRecord>& fetch)
    {
        QString error = m_openError;
        const bool ok = m_writer && m_writer->writeDigest(digest, &error, fetch);
        emit m_owner->digestWritten(ticket, digest.date, digest.source, ok, ok ? QString() : error);
        if (ok)
            m_packTimer->start(); // restarted by every write: runs once they pause
    }

    void recordFetch(quint64 ticket, const FetchRecord& fetch)
    {
        QString error = m_openError;
        const bool ok = m_writer && m_writer->recordFetch(fetch, &error);
        emit m_owner->fetchRecorded(ticket, ok, ok ? QString() : error);
    }

    void writeSummary(quint64 ticket, const core::PaperSummary& summary)
    {
        QString error = m_openError;
        const bool ok = m_writer && m_writer->writeSummary(summary, &error);
        emit m_owner->summaryWritten(ticket, summary.id.id(), ok, ok ? QString() : error);
    }

    void clearCache(quint64 ticket)
    {
        QString error = m_openError;
        const bool ok = m_writer && m_writer->clearAll(&error);
        emit m_owner->cacheCleared(ticket, ok, ok ? QString() : error);
    }

    void pruneCache(quint64 ticket, qint64 maxBytes)
    {
        QString error = m_openError;
        QList<QDate> days;
        if (m_writer) {
            error.clear();
            days = m_writer->pruneToSize(maxBytes, &error);
        }
        emit m_owner->cachePruned(ticket, days, error.isEmpty(), error);
    }

    // After the last request: closes the connection on its own thread. Texts still due for
    // packing are packed first, so that a short-lived writer (`paperboy sync`) leaves a packed
    // cache too; that can only be slow once in a cache's life.
    ~Worker() override
    {
        if (m_packTimer && m_packTimer->isActive()) {
            m_packTimer->stop();
            packTexts();
        }
        m_writer.reset();
    }

private:
    // How long the writes must pause before the texts are packed.
    static constexpr int packIdleMs = 1000;

    void packTexts()
    {
        QString ignored; // CacheWriter warns; the texts stay as they are until the next try
        m_writer->packTextsIfDue(&ignored);
    }

    WriterThread* m_owner;
    DataPaths m_paths;
    std::unique_ptr<CacheWriter> m_writer;
    QTimer* m_packTimer = nullptr; // on the writer thread, once the cache is open
    QString m_openError;
};

WriterThread::WriterThread(const DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-cache-writer"),
                                [this, paths] { return std::make_unique<Worker>(this, paths); })
{
    qRegisterMetaType<core::Digest>();
    qRegisterMetaType<FetchRecord>();
    qRegisterMetaType<core::PaperSummary>();
}

WriterThread::~WriterThread()
{
    // Requests run in the order they were posted, so every queued write is done before the
    // connection closes; their answers are emitted while this object is whole.
    m_thread.stop();
}

quint64 WriterThread::writeDigest(const core::Digest& digest,
                                  const std::optional<FetchRecord>& fetch)
{
    const quint64 ticket = m_nextTicket++;
    // The lambda owns copies: the caller may change or drop its digest at once.
    m_thread.call(
        [ticket, digest, fetch](Worker& worker) { worker.writeDigest(ticket, digest, fetch); });
    return ticket;
}

quint64 WriterThread::recordFetch(const FetchRecord& fetch)
{
    const quint64 ticket = m_nextTicket++;
    m_thread.call([ticket, fetch](Worker& worker) { worker.recordFetch(ticket, fetch); });
    return ticket;
}

quint64 WriterThread::clearCache()
{
    const quint64 ticket = m_nextTicket++;
    m_thread.call([ticket](Worker& worker) { worker.clearCache(ticket); });
    return ticket;
}

quint64 WriterThread::pruneCache(qint64 maxBytes)
{
    const quint64 ticket = m_nextTicket++;
    m_thread.call([ticket, maxBytes](Worker& worker) { worker.pruneCache(ticket, maxBytes); });
    return ticket;
}

} // namespace paperboy::store

namespace paperboy::store {

quint64 WriterThread::writeSummary(const core::PaperSummary& summary)
{
    const quint64 ticket = m_nextTicket++;
    m_thread.call([ticket, summary](Worker& worker) { worker.writeSummary(ticket, summary); });
    return ticket;
}

} // namespace paperboy::store
