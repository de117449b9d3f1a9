#include "ui/watches/WatchReader.h"

#include "export/AtomFeed.h"
#include "store/cache/CacheReader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

namespace paperboy::ui {

// Lives on the reader's thread: opens its connections there, when first needed and again
// after a failure (the cache may not exist until the first import).
class WatchReader::Worker final : public QObject
{
public:
    explicit Worker(store::DataPaths paths) : m_paths(std::move(paths)) {}

    const search::WatchSearch* search(QString* error)
    {
        // Without a cache file there is nothing to read (and opening would not create one).
        if (!m_search && QFileInfo::exists(m_paths.cacheFile))
            m_search = search::WatchSearch::open(m_paths, error);
        return m_search.get();
    }

    store::CacheReader* cache(QString* error)
    {
        if (!m_cache && QFileInfo::exists(m_paths.cacheFile))
            m_cache = store::CacheReader::open(m_paths, error);
        return m_cache.get();
    }

    bool cacheExists() const { return QFileInfo::exists(m_paths.cacheFile); }

    void reset()
    {
        m_search.reset();
        m_cache.reset();
    }

    void close()
    {
        reset();
        QThread::currentThread()->quit();
    }

private:
    store::DataPaths m_paths;
    std::unique_ptr<search::WatchSearch> m_search;
    std::unique_ptr<store::CacheReader> m_cache;
};

namespace {

// Written whole or not at all: a feed reader polling the file never sees half of it.
QString writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

WatchReader::WatchReader(const store::DataPaths& paths, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<search::WatchCounts>();
    qRegisterMetaType<search::WatchPage>();
    m_worker = new Worker(paths);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-watches"));
    m_thread.start();
}

WatchReader::~WatchReader()
{
    m_cancel = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void WatchReader::count(const store::Watches& watches, const search::WatchCounts& previous,
                        quint64 ticket)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, watches, previous, ticket] {
            QString error;
            const search::WatchSearch* search = worker->search(&error);
            auto counts = search ? search->countNew(watches, previous, &m_cancel) : std::nullopt;
            if (!search && !worker->cacheExists()) {
                // Nothing cached, nothing new: every count is 0, not unknown.
                counts.emplace();
                for (const store::Watch& watch : watches)
                    counts->watches.append({watch.name, watch.query, watch.seenMark, {}, {}});
            }
            emit counted(ticket, counts.value_or(search::WatchCounts()), counts.has_value());
        },
        Qt::QueuedConnection);
}

void WatchReader::open(const store::Watch& watch, int limit)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, watch, limit] {
            QString error;
            const search::WatchSearch* search = worker->search(&error);
            emit opened(watch.name, search ? search->results(watch, limit) : search::WatchPage());
        },
        Qt::QueuedConnection);
}

void WatchReader::writeFeed(const store::Watch& watch, const QString& file, int entries)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, watch, file, entries] {
            QString error;
            exporting::AtomFeedInput input{
                watch.name, watch.query, {}, QDateTime::currentDateTimeUtc()};
            const search::WatchSearch* search = worker->search(&error);
            store::CacheReader* cache = search ? worker->cache(&error) : nullptr;
            if (search && cache) {
                for (const search::SearchHit& hit : search->results(watch, entries).hits) {
                    if (auto paper = cache->paper(hit.id))
                        input.papers.append(*paper);
                }
            }
            // An empty cache still makes a valid (empty) feed.
            error = writeFile(file, exporting::atomFeed(input));
            emit feedWritten(watch.name, file, int(input.papers.size()), error);
        },
        Qt::QueuedConnection);
}

void WatchReader::readSeenMark(const QString& name)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, name] {
            QString error;
            const search::WatchSearch* search = worker->search(&error);
            // Without a cache nothing is cached: "" (empty, never null: the user file's
            // seen_at is NOT NULL) has seen nothing, so all will be new.
            emit seenMarkRead(name, search ? search->seenMark() : QStringLiteral(""));
        },
        Qt::QueuedConnection);
}

void WatchReader::reopen()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->reset(); }, Qt::QueuedConnection);
}

} // namespace paperboy::ui
