#include "ui/library/UnreadCounter.h"

#include "store/CacheReader.h"

#include <QFileInfo>

namespace paperboy::ui {

// Lives on the counter's thread, where its connection was opened.
class UnreadCounter::Worker final : public QObject
{
public:
    explicit Worker(store::DataPaths paths) : m_paths(std::move(paths)) {}

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

    void close()
    {
        m_reader.reset();
        QThread::currentThread()->quit();
    }

private:
    store::DataPaths m_paths;
    std::unique_ptr<store::CacheReader> m_reader;
    bool m_failed = false;
};

UnreadCounter::UnreadCounter(const store::DataPaths& paths, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QHash<QDate, int>>();
    m_worker = new Worker(paths);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-unread"));
    m_thread.start(QThread::LowPriority);
}

UnreadCounter::~UnreadCounter()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void UnreadCounter::count(const QSet<QString>& readIds)
{
    const quint64 ticket = ++m_newest;
    QMetaObject::invokeMethod(
        m_worker,
        [this, ticket, readIds, worker = m_worker] {
            if (m_newest.load() != ticket)
                return; // a newer request is queued
            const store::CacheReader* reader = worker->reader();
            const QHash<QDate, int> unread =
                reader ? reader->dayCountsWithout(readIds) : QHash<QDate, int>();
            QMetaObject::invokeMethod(
                this,
                [this, ticket, unread] {
                    if (m_newest.load() == ticket)
                        emit counted(unread);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace paperboy::ui
