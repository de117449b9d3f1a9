#pragma once

#include "store/db/DataPaths.h"
#include "sync/SourceRegistry.h"
#include "sync/SyncTypes.h"
#include "ui/common/ReaderSettings.h"

#include <QDate>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace paperboy::store {
class WriterThread;
}

namespace paperboy::sync {
class SyncEngine;
class SyncScheduler;
} // namespace paperboy::sync

namespace paperboy::ui {

class SyncLogModel;

// How a window syncs; the app passes the real thing, tests and --demo change it.
struct SyncSetup
{
    // Sync at start and periodically, as SyncSettings say. Off by default so that a window
    // made by a test or a benchmark never reaches for the internet by itself.
    bool automatic = false;
    QString sourcesFile = sync::SourceRegistry::defaultFilePath();
    sync::SyncOptions options;
    // After a run that reached no server, the recent days are tried again after this long,
    // doubling with each such run up to maxOfflineRetryMs.
    int offlineRetryMs = 30'000;
    int maxOfflineRetryMs = 30 * 60'000;
};

// The window's side of sync: one SyncEngine and its scheduler, writing through the window's
// one WriterThread (shared with imports). The engine is made at the first sync, so a window
// that never syncs never opens the cache for writing. While the network is known to be down
// no request is handed to the engine: they wait and run when it is back. A run in which every
// request failed to connect counts as offline too (many machines have no backend to say so):
// the window says "offline", and the recent days are retried with backoff.
class SyncController final : public QObject
{
    Q_OBJECT
public:
    using WriterProvider = std::function<store::WriterThread&()>;

    SyncController(const store::DataPaths& paths, WriterProvider writer, SyncSetup setup,
                   QObject* parent = nullptr);
    ~SyncController() override; // cancels a running sync and waits for its thread

    bool isRunning() const;
    bool isCancelling() const { return m_cancelling; }
    // Neither known offline nor presumed so after a run that reached no server.
    bool isOnline() const { return m_online && !m_reachedNoServer; }
    // The wait before the next retry while presumed offline; 0 when not.
    int offlineRetryDelayMs() const { return m_reachedNoServer ? m_retryDelayMs : 0; }
    int waitingCount() const;
    const SyncSetup& setup() const { return m_setup; }
    SyncSettings settings() const { return m_settings; }
    void applySettings(const SyncSettings& settings);

    sync::SourceRegistry& sources() { return m_sources; }
    // Reloads the source list from its file (after the Sources dialog saved it).
    void reloadSources();
    SyncLogModel* log() const { return m_log; }
    const sync::SyncSummary& lastSummary() const { return m_lastSummary; }

    // The engine, made on first use.
    sync::SyncEngine& engine();

public slots:
    // The automatic syncs, when the setup asks for them.
    void startAutomatic();
    void syncNow();
    void syncDay(QDate day);
    void backfill(QDate from, QDate to);
    void cancel();
    // What the connectivity monitor says; also the way for tests to be offline.
    void setOnline(bool online);

signals:
    void started(int total);
    void progressChanged(int done, int total);
    void dayUpdated(const QDate& day);
    void finished(const paperboy::sync::SyncSummary& summary);
    void onlineChanged(bool online);

private:
    struct Request
    {
        enum class Kind { Recent, Day, Range } kind = Kind::Recent;
        QDate from;
        QDate to;
        friend bool operator==(const Request& a, const Request& b)
        {
            return a.kind == b.kind && a.from == b.from && a.to == b.to;
        }
    };

    sync::SyncScheduler& scheduler();
    void submit(const Request& request);
    void hand(const Request& request);
    void applyTimer();
    void onRunFinished(const sync::SyncSummary& summary);

    store::DataPaths m_paths;
    WriterProvider m_writerProvider;
    SyncSetup m_setup;
    SyncSettings m_settings;
    sync::SourceRegistry m_sources;
    SyncLogModel* m_log = nullptr;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::SyncScheduler> m_scheduler;
    // Requests made while offline, run in order when the network is back.
    QList<Request> m_heldWhileOffline;
    // Periodic syncs go through submit() like the user's, so they wait while offline too.
    QTimer m_periodic;
    QTimer m_offlineRetry;
    int m_retryDelayMs = 0;
    sync::SyncSummary m_lastSummary;
    bool m_online = true;
    bool m_reachedNoServer = false; // the last run that got this far reached no server
    bool m_cancelling = false;
    bool m_automatic = false;
};

} // namespace paperboy::ui
