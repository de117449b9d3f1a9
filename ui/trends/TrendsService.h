#pragma once

#include "core/WorkerThread.h"
#include "trends/TrendsReader.h"

#include <QObject>

namespace paperboy::ui {

// The Trends view's reader thread: charts, Rising and Who grow with the archive, so they are
// computed there, on a TrendsReader (its own read connections, opened on that thread) kept
// between requests, so that Rising is counted again only when the cache changed. A newer
// request of a kind supersedes the older ones still queued, and only the newest one's answer
// is delivered (as SearchService does).
class TrendsService final : public QObject
{
    Q_OBJECT
public:
    explicit TrendsService(const store::DataPaths& paths, QObject* parent = nullptr);
    ~TrendsService() override;

    void chart(const trends::ChartRequest& request);
    void rising(const trends::RisingOptions& options);
    void authors(const QString& query, std::optional<QDate> from, std::optional<QDate> to,
                 int limit);

signals:
    void chartReady(const paperboy::trends::Chart& chart);
    void risingReady(const QList<paperboy::trends::RisingTerm>& terms);
    void authorsReady(const QString& query, const QList<paperboy::trends::AuthorCount>& authors);

private:
    enum Kind { Chart, Rising, Authors, Kinds };
    class Worker;
    template <typename Work> void post(Kind kind, Work work);

    core::NewestTicket m_newest[Kinds]; // before the thread, whose work reads them
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::trends::Chart)
