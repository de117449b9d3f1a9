#pragma once

#include "core/WorkerThread.h"
#include "search/Searcher.h"

#include <QObject>

#include <atomic>

namespace paperboy::ui {

// The window's reader thread for everything that grows with the archive: search as you type,
// the week and month tops and "more like this". It owns its own read-only connection (WAL lets
// it read while the writer writes), opened on that thread; answers come back as values.
//
// Each kind of request has its own ticket counter. A newer request supersedes older ones of
// its kind: the thread skips a request that is no longer the newest when it gets to it, and
// an answer that is not for the newest request is dropped here, so stale results never
// overwrite newer ones, whatever order the work finishes in.
class SearchService final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Search, Top, Related };
    Q_ENUM(Kind)

    explicit SearchService(const store::DataPaths& paths, QObject* parent = nullptr);
    ~SearchService() override;

    // Each returns the ticket its answer will carry.
    quint64 search(const QString& text, const search::SearchOptions& options);
    quint64 top(QDate first, QDate last, int limit);
    quint64 related(const QString& id, int limit);

    // Requests run so far on the thread (superseded ones are not run): for tests.
    int executedCount() const { return m_executed.load(); }

signals:
    // Only for the newest request of its kind; the summary is a search's (empty for the others).
    void answered(paperboy::ui::SearchService::Kind kind, quint64 ticket,
                  const QList<paperboy::search::SearchHit>& hits,
                  const paperboy::search::SearchSummary& summary);

private:
    class Worker;
    template <typename Work> quint64 post(Kind kind, Work work);
    void deliver(Kind kind, quint64 ticket, const QList<search::SearchHit>& hits,
                 const search::SearchSummary& summary);

    core::NewestTicket m_newest[3]; // per Kind; before the thread, whose work reads them
    std::atomic<int> m_executed{0};
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
