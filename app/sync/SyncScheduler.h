#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace paperboy::sync {

class SyncEngine;

// When to sync: at start (today and the last N days), every hour, and whenever the user asks
// (sync now, sync this day, backfill a range). Requests that come while a run is going on
// wait their turn; a request equal to one already waiting is not queued twice.
class SyncScheduler final : public QObject
{
    Q_OBJECT
public:
    // `sources` is asked at each run, so that changes to the source list apply at once.
    using SourceProvider = std::function<SourceDefinitions()>;

    SyncScheduler(SyncEngine& engine, SourceProvider sources, QObject* parent = nullptr);

    void setRecentDays(int days) { m_recentDays = qMax(0, days); }
    int recentDays() const { return m_recentDays; }
    void setInterval(std::chrono::milliseconds interval);

    // The "at start" sync now, then the periodic one.
    void start();
    void stop();

    void syncNow();
    void syncDay(QDate day);
    void backfill(QDate from, QDate to);

    int waitingCount() const { return int(m_waiting.size()); }

private:
    void submit(const SyncRequest& request);
    void startNext();

    SyncEngine& m_engine;
    SourceProvider m_sources;
    QTimer m_timer;
    int m_recentDays = 14;
    QList<SyncRequest> m_waiting;
};

} // namespace paperboy::sync
