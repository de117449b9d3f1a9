#include "ui/trends/TrendsService.h"

namespace paperboy::ui {

// Lives on the service's thread: opens the reader there on first use.
class TrendsService::Worker final : public QObject
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

    void close()
    {
        m_reader.reset();
        QThread::currentThread()->quit();
    }

private:
    store::DataPaths m_paths;
    std::unique_ptr<trends::TrendsReader> m_reader;
    bool m_failed = false;
};

TrendsService::TrendsService(const store::DataPaths& paths, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<trends::Chart>();
    m_worker = new Worker(paths);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("paperboy-trends"));
    m_thread.start();
}

TrendsService::~TrendsService()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

// `work` runs on the thread with the reader and answers a function to run back here.
template <typename Work> void TrendsService::post(Kind kind, Work work)
{
    const quint64 ticket = ++m_newest[kind];
    QMetaObject::invokeMethod(
        m_worker,
        [this, kind, ticket, work, worker = m_worker] {
            if (m_newest[kind].load() != ticket)
                return; // a newer request of this kind is queued
            trends::TrendsReader* reader = worker->reader();
            if (!reader)
                return;
            auto deliver = work(*reader);
            QMetaObject::invokeMethod(
                this,
                [this, kind, ticket, deliver] {
                    if (m_newest[kind].load() == ticket)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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
