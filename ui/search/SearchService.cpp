#include "ui/search/SearchService.h"

#include "search/QueryParser.h"

namespace paperboy::ui {

// Lives on the service's thread: opens the Searcher there on first use (a connection stays on
// the thread that opened it).
class SearchService::Worker final
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

private:
    store::DataPaths m_paths;
    std::unique_ptr<search::Searcher> m_searcher;
    bool m_failed = false;
};

namespace {

struct Answer
{
    QList<search::SearchHit> hits;
    search::SearchSummary summary;
    bool run = false; // false when superseded before it ran
};

} // namespace

SearchService::SearchService(const store::DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-search"),
                                [paths] { return std::make_unique<Worker>(paths); })
{
    qRegisterMetaType<QList<search::SearchHit>>();
    qRegisterMetaType<search::SearchSummary>();
}

// Runs what is queued first; answers still posted to this object are dropped with it.
SearchService::~SearchService() = default;

template <typename Work> quint64 SearchService::post(Kind kind, Work work)
{
    const quint64 ticket = m_newest[int(kind)].next();
    m_thread.ask(
        [this, kind, ticket, work](Worker& worker) {
            Answer answer;
            if (!m_newest[int(kind)].isNewest(ticket))
                return answer; // a newer request of this kind is queued: skip the work
            ++m_executed;
            answer.run = true;
            if (const search::Searcher* searcher = worker.searcher())
                answer.hits = work(*searcher, &answer.summary);
            return answer;
        },
        this,
        [this, kind, ticket](const Answer& answer) {
            if (answer.run)
                deliver(kind, ticket, answer.hits, answer.summary);
        });
    return ticket;
}

void SearchService::deliver(Kind kind, quint64 ticket, const QList<search::SearchHit>& hits,
                            const search::SearchSummary& summary)
{
    if (m_newest[int(kind)].isNewest(ticket))
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
