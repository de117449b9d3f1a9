#include "sync/SyncScheduler.h"

#include "sync/SyncEngine.h"

namespace paperboy::sync {
namespace {

bool sameRequest(const SyncRequest& a, const SyncRequest& b)
{
    return a.sources == b.sources && a.from == b.from && a.to == b.to && a.today == b.today &&
           a.recheckFetched == b.recheckFetched;
}

} // namespace

SyncScheduler::SyncScheduler(SyncEngine& engine, SourceProvider sources, QObject* parent)
    : QObject(parent), m_engine(engine), m_sources(std::move(sources))
{
    m_timer.setInterval(std::chrono::minutes(60));
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(&m_engine, &SyncEngine::finished, this, &SyncScheduler::startNext);
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void SyncScheduler::start()
{
    syncNow();
    m_timer.start();
}

void SyncScheduler::stop()
{
    m_timer.stop();
    m_waiting.clear();
}

void SyncScheduler::syncNow()
{
    submit(SyncRequest::recent(m_sources(), m_recentDays));
}

void SyncScheduler::syncDay(QDate day)
{
    submit(SyncRequest::singleDay(m_sources(), day));
}

void SyncScheduler::backfill(QDate from, QDate to)
{
    submit(SyncRequest::range(m_sources(), qMin(from, to), qMax(from, to)));
}

void SyncScheduler::submit(const SyncRequest& request)
{
    if (request.sources.isEmpty())
        return;
    for (const SyncRequest& waiting : std::as_const(m_waiting)) {
        if (sameRequest(waiting, request))
            return;
    }
    m_waiting.append(request);
    startNext();
}

void SyncScheduler::startNext()
{
    if (m_waiting.isEmpty() || m_engine.isRunning())
        return;
    m_engine.start(m_waiting.takeFirst());
}

} // namespace paperboy::sync
