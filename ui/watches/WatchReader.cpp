#include "ui/watches/WatchReader.h"

#include "export/AtomFeed.h"
#include "store/cache/CacheReader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

namespace paperboy::ui {

// Lives on the reader's thread: opens its connections there, when first needed and again
// after a failure (the cache may not exist until the first import).
class WatchReader::Worker final
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

WatchReader::WatchReader(const store::DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-watches"),
                                [paths] { return std::make_unique<Worker>(paths); })
{
    qRegisterMetaType<search::WatchCounts>();
    qRegisterMetaType<search::WatchPage>();
}

// A count under way sees stopping() and ends; the worker emits this object's signals, so the
// thread stops while this object is whole.
WatchReader::~WatchReader()
{
    m_thread.stop();
}

void WatchReader::count(const store::Watches& watches, const search::WatchCounts& previous,
                        quint64 ticket)
{
    m_thread.call([this, watches, previous, ticket](Worker& worker) {
        QString error;
        const search::WatchSearch* search = worker.search(&error);
        auto counts =
            search ? search->countNew(watches, previous, &m_thread.stopping()) : std::nullopt;
        if (!search && !worker.cacheExists()) {
            // Nothing cached, nothing new: every count is 0, not unknown.
            counts.emplace();
            for (const store::Watch& watch : watches)
                counts->watches.append({watch.name, watch.query, watch.seenMark, {}, {}});
        }
        emit counted(ticket, counts.value_or(search::WatchCounts()), counts.has_value());
    });
}

void WatchReader::open(const store::Watch& watch, int limit)
{
    m_thread.call([this, watch, limit](Worker& worker) {
        QString error;
        const search::WatchSearch* search = worker.search(&error);
        emit opened(watch.name, search ? search->results(watch, limit) : search::WatchPage());
    });
}

void WatchReader::writeFeed(const store::Watch& watch, const QString& file, int entries)
{
    m_thread.call([this, watch, file, entries](Worker& worker) {
        QString error;
        exporting::AtomFeedInput input{
            watch.name, watch.query, {}, QDateTime::currentDateTimeUtc()};
        const search::WatchSearch* search = worker.search(&error);
        store::CacheReader* cache = search ? worker.cache(&error) : nullptr;
        if (search && cache) {
            for (const search::SearchHit& hit : search->results(watch, entries).hits) {
                if (auto paper = cache->paper(hit.id))
                    input.papers.append(*paper);
            }
        }
        // An empty cache still makes a valid (empty) feed.
        error = writeFile(file, exporting::atomFeed(input));
        emit feedWritten(watch.name, file, int(input.papers.size()), error);
    });
}

void WatchReader::readSeenMark(const QString& name)
{
    m_thread.call([this, name](Worker& worker) {
        QString error;
        const search::WatchSearch* search = worker.search(&error);
        // Without a cache nothing is cached: "" (empty, never null: the user file's
        // seen_at is NOT NULL) has seen nothing, so all will be new.
        emit seenMarkRead(name, search ? search->seenMark() : QStringLiteral(""));
    });
}

void WatchReader::reopen()
{
    m_thread.call([](Worker& worker) { worker.reset(); });
}

} // namespace paperboy::ui
