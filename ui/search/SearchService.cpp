#include "ui/search/SearchService.h"

#include "search/QueryParser.h"

namespace paperboy::ui {

// Lives on the service's thread: opens the Searcher there on first use (a connection stays on
// the thread that opened it) and runs what is posted to it, in order.
class SearchService::Worker final : public QObject
{
public:
    explicit Worker(store::DataPaths paths) : m_paths(std::move(paths)) {}

    // Null when the cache cannot be opened (then every answer is empty; logged once).
    const search::Searcher* searcher()
    {
        if (!m_searcher && !m_failed) {
            QString error;
            m_searcher = search::Searcher::open(m_paths, &error);
            m_failed = !m_searcher;
            if (m_failed)
                qWarning("paperboy::ui::SearchService: %s", qUtf8Printable(error));
        }
        return m_searcher.get();
    }

    void close()
    {
        m_searcher.reset();
        QThread::currentThread()->quit();
    }

private:
    store::DataPaths m_paths;
    std::unique_ptr<search::Searcher> m_searcher;
    bool m_failed = false;
};

SearchService::SearchService(const store::DataPaths& paths, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QList<search::SearchHit>>();
    qRegisterMetaType<search::SearchSummary>();
    m_worker = new Worker(paths);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-search"));
    m_thread.start();
}

SearchService::~SearchService()
{
    // Runs after what is queued; answers still posted to this object are dropped with it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

template <typename Work> quint64 SearchService::post(Kind kind, Work work)
{
    std::atomic<quint64>& newest = m_newest[int(kind)];
    const quint64 ticket = ++newest;
    QMetaObject::invokeMethod(
        m_worker,
        [this, kind, ticket, work, worker = m_worker] {
            if (m_newest[int(kind)].load() != ticket)
                return; // a newer request of this kind is queued: skip the work
            ++m_executed;
            const search::Searcher* searcher = worker->searcher();
            search::SearchSummary summary;
            const QList<search::SearchHit> hits =
                searcher ? work(*searcher, &summary) : QList<search::SearchHit>();
            QMetaObject::invokeMethod(
                this, [this, kind, ticket, hits, summary] { deliver(kind, ticket, hits, summary); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

void SearchService::deliver(Kind kind, quint64 ticket, const QList<search::SearchHit>& hits,
                            const search::SearchSummary& summary)
{
    if (m_newest[int(kind)].load() == ticket)
        emit answered(kind, ticket, hits, summary);
}

quint64 SearchService::search(const QString& text, const search::SearchOptions& options)
{
    const search::Query query = search::parseQuery(text);
    return post(Kind::Search,
                [query, options](const search::Searcher& searcher, search::SearchSummary* summary) {
                    return searcher.search(query, options, summary);
                });
}

quint64 SearchService::top(QDate first, QDate last, int limit)
{
    return post(Kind::Top,
                [first, last, limit](const search::Searcher& searcher, search::SearchSummary*) {
                    return searcher.top(first, last, limit);
                });
}

quint64 SearchService::related(const QString& id, int limit)
{
    return post(Kind::Related,
                [id, limit](const search::Searcher& searcher, search::SearchSummary*) {
                    return searcher.related(id, limit);
                });
}

} // namespace paperboy::ui
