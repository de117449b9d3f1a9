#include "ui/library/UnreadCounter.h"

#include "store/cache/CacheReader.h"

#include <QFileInfo>

namespace paperboy::ui {

// Lives on the counter's thread, where its connection is opened.
class UnreadCounter::Worker final
{
public:
    explicit Worker(store::DataPaths paths) : m_paths(std::move(paths)) {}

    QHash<QDate, int> count(const QSet<QString>& readIds)
    {
        const store::CacheReader* cache = reader();
        return cache ? cache->dayCountsWithout(readIds) : QHash<QDate, int>();
    }

private:
    // Null while there is no cache; an unreadable one is logged once.
    const store::CacheReader* reader()
    {
        if (!m_reader && !m_failed && QFileInfo::exists(m_paths.cacheFile)) {
            QString error;
            m_reader = store::CacheReader::open(m_paths, &error);
            m_failed = !m_reader;
            if (m_failed)
                qWarning("paperboy::ui::UnreadCounter: %s", qUtf8Printable(error));
        }
        return m_reader.get();
    }

    store::DataPaths m_paths;
    std::unique_ptr<store::CacheReader> m_reader;
    bool m_failed = false;
};

UnreadCounter::UnreadCounter(const store::DataPaths& paths, QObject* parent)
    : QObject(parent),
      m_thread(
          QStringLiteral("paperboy-unread"), [paths] { return std::make_unique<Worker>(paths); },
          QThread::LowPriority)
{
    qRegisterMetaType<QHash<QDate, int>>();
}

UnreadCounter::~UnreadCounter() = default;

void UnreadCounter::count(const QSet<QString>& readIds)
{
    const quint64 ticket = m_newest.next();
    m_thread.ask(
        [this, ticket, readIds](Worker& worker) {
            // A newer request is queued: skip the work (its empty answer is dropped below).
            return m_newest.isNewest(ticket) ? worker.count(readIds) : QHash<QDate, int>();
        },
        this,
        [this, ticket](const QHash<QDate, int>& unread) {
            if (m_newest.isNewest(ticket))
                emit counted(unread);
        });
}

} // namespace paperboy::ui
