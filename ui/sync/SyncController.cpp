#include "ui/sync/SyncController.h"

#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"
#include "ui/sync/SyncLogModel.h"

#include <QDateTime>

#include <chrono>

namespace paperboy::ui {

SyncController::SyncController(const store::DataPaths& paths, WriterProvider writer,
                               SyncSetup setup, QObject* parent)
    : QObject(parent), m_paths(paths), m_writerProvider(std::move(writer)),
      m_setup(std::move(setup)), m_settings(SyncSettings::load()), m_sources(m_setup.sourcesFile),
      m_log(new SyncLogModel(2000, this))
{
    reloadSources();
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    m_offlineRetry.setSingleShot(true);
    connect(&m_offlineRetry, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    m_scheduler.reset(); // nothing more is started
    m_engine.reset();    // cancels and waits; whole days only are written
}

bool SyncController::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

int SyncController::waitingCount() const
{
    return int(m_heldWhileOffline.size()) + (m_scheduler ? m_scheduler->waitingCount() : 0);
}

void SyncController::applySettings(const SyncSettings& settings)
{
    m_settings = settings;
    m_settings.save();
    if (m_scheduler)
        m_scheduler->setRecentDays(m_settings.recentDays);
    applyTimer();
}

void SyncController::reloadSources()
{
    QString error;
    // A broken file leaves the built-ins; the Sources dialog shows the same problem.
    if (!m_sources.load(&error))
        qWarning("paperboy: %s", qUtf8Printable(error));
}

sync::SyncEngine& SyncController::engine()
{
    if (!m_engine) {
        m_engine = std::make_unique<sync::SyncEngine>(m_paths, m_writerProvider(), m_setup.options);
        sync::SyncEngine* engine = m_engine.get();
        connect(engine, &sync::SyncEngine::started, this, [this](int total) {
            m_cancelling = false;
            emit started(total);
        });
        connect(engine, &sync::SyncEngine::progress, this, &SyncController::progressChanged);
        connect(engine, &sync::SyncEngine::dayUpdated, this, &SyncController::dayUpdated);
        connect(engine, &sync::SyncEngine::requestLogged, this,
                [this](const sync::RequestLogEntry& entry) {
                    m_log->append(entry, QDateTime::currentDateTime());
                });
        connect(engine, &sync::SyncEngine::finished, this, &SyncController::onRunFinished);
        connect(engine, &sync::SyncEngine::onlineChanged, this, &SyncController::setOnline);
        if (!engine->isOnline())
            m_online = false;
    }
    return *m_engine;
}

sync::SyncScheduler& SyncController::scheduler()
{
    if (!m_scheduler) {
        // Asked at every run, so that the Sources dialog applies to the next one.
        m_scheduler =
            std::make_unique<sync::SyncScheduler>(engine(), [this] { return m_sources.enabled(); });
        m_scheduler->setRecentDays(m_settings.recentDays);
    }
    return *m_scheduler;
}

void SyncController::applyTimer()
{
    if (m_automatic && m_settings.intervalMinutes > 0)
        m_periodic.start(std::chrono::minutes(m_settings.intervalMinutes));
    else
        m_periodic.stop();
}

void SyncController::startAutomatic()
{
    if (!m_setup.automatic)
        return;
    m_automatic = true;
    applyTimer();
    if (m_settings.syncOnStart)
        syncNow();
}

void SyncController::submit(const Request& request)
{
    scheduler(); // makes the engine, which knows whether the network is up
    if (m_online)
        hand(request);
    else if (!m_heldWhileOffline.contains(request))
        m_heldWhileOffline.append(request);
}

void SyncController::hand(const Request& request)
{
    sync::SyncScheduler& target = scheduler();
    switch (request.kind) {
    case Request::Kind::Recent:
        target.syncNow();
        break;
    case Request::Kind::Day:
        target.syncDay(request.from);
        break;
    case Request::Kind::Range:
        target.backfill(request.from, request.to);
        break;
    }
}

void SyncController::syncNow()
{
    submit({Request::Kind::Recent, {}, {}});
}

void SyncController::syncDay(QDate day)
{
    if (day.isValid())
        submit({Request::Kind::Day, day, day});
}

void SyncController::backfill(QDate from, QDate to)
{
    if (from.isValid() && to.isValid())
        submit({Request::Kind::Range, qMin(from, to), qMax(from, to)});
}

void SyncController::cancel()
{
    m_heldWhileOffline.clear();
    // Waiting requests would start the moment this one ends: Cancel means all of them.
    if (m_scheduler)
        m_scheduler->stop();
    if (!isRunning())
        return;
    m_cancelling = true;
    m_engine->cancel();
}

void SyncController::onRunFinished(const sync::SyncSummary& summary)
{
    m_cancelling = false;
    m_lastSummary = summary;
    const bool wasOnline = isOnline();
    if (summary.reachedNoServer()) {
        m_reachedNoServer = true;
        m_retryDelayMs =
            m_retryDelayMs == 0
                ? m_setup.offlineRetryMs
                : int(qMin<qint64>(qint64(m_retryDelayMs) * 2, m_setup.maxOfflineRetryMs));
        m_offlineRetry.start(m_retryDelayMs);
    } else if (summary.attempted() > summary.unconnected) {
        // Some server was reached: the network is there.
        m_reachedNoServer = false;
        m_retryDelayMs = 0;
        m_offlineRetry.stop();
    }
    if (isOnline() != wasOnline)
        emit onlineChanged(isOnline());
    emit finished(summary);
}

void SyncController::setOnline(bool online)
{
    if (online == m_online)
        return;
    const bool wasOnline = isOnline();
    m_online = online;
    if (isOnline() != wasOnline)
        emit onlineChanged(isOnline());
    if (online) {
        const QList<Request> held = std::exchange(m_heldWhileOffline, {});
        for (const Request& request : held)
            hand(request);
    }
}

} // namespace paperboy::ui
