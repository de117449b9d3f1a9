#include "ui/trends/TrendsService.h"

#include <functional>

namespace paperboy::ui {

// Lives on the service's thread: opens the reader there on first use.
class TrendsService::Worker final
{
public:
    explicit Worker(store::DataPaths paths) : m_paths(std::move(paths)) {}

    // Null when the cache cannot be opened (then every answer is empty; logged once).
    trends::TrendsReader* reader()
    {
        if (!m_reader && !m_failed) {
            QString error;
            m_reader = trends::TrendsReader::open(m_paths, &error);
            m_failed = !m_reader;
            if (m_failed)
                qWarning("paperboy::ui::TrendsService: %s", qUtf8Printable(error));
        }
        return m_reader.get();
    }

private:
    store::DataPaths m_paths;
    std::unique_ptr<trends::TrendsReader> m_reader;
    bool m_failed = false;
};

TrendsService::TrendsService(const store::DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-trends"),
                                [paths] { return std::make_unique<Worker>(paths); })
{
    qRegisterMetaType<trends::Chart>();
}

// Runs what is queued first; answers still posted to this object are dropped with it.
TrendsService::~TrendsService() = default;

// `work` runs on the thread with the reader and answers a function to run back here (empty
// when the request was superseded or there is no cache).
template <typename Work> void TrendsService::post(Kind kind, Work work)
{
    const quint64 ticket = m_newest[kind].next();
    m_thread.ask(
        [this, kind, ticket, work](Worker& worker) -> std::function<void()> {
            if (!m_newest[kind].isNewest(ticket))
                return {}; // a newer request of this kind is queued
            trends::TrendsReader* reader = worker.reader();
            if (!reader)
                return {};
            return work(*reader);
        },
        this,
        [this, kind, ticket](const std::function<void()>& deliver) {
            if (deliver && m_newest[kind].isNewest(ticket))
                deliver();
        });
}

void TrendsService::chart(const trends::ChartRequest& request)
{
    post(Chart, [this, request](trends::TrendsReader& reader) {
        const trends::Chart chart = reader.chart(request);
        return [this, chart] { emit chartReady(chart); };
    });
}

void TrendsService::rising(const trends::RisingOptions& options)
{
    post(Rising, [this, options](trends::TrendsReader& reader) {
        const QList<trends::RisingTerm> terms = reader.rising(options);
        return [this, terms] { emit risingReady(terms); };
    });
}

void TrendsService::authors(const QString& query, std::optional<QDate> from,
                            std::optional<QDate> to, int limit)
{
    post(Authors, [this, query, from, to, limit](trends::TrendsReader& reader) {
        const QList<trends::AuthorCount> found = reader.authors(query, from, to, limit);
        return [this, query, found] { emit authorsReady(query, found); };
    });
}

} // namespace paperboy::ui
