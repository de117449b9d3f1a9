#pragma once

#include "core/WorkerThread.h"
#include "store/db/DataPaths.h"
#include "sync/SyncTypes.h"

#include <QObject>

namespace paperboy::store {
class WriterThread;
}

namespace paperboy::sync {

class ConnectivityMonitor;
class SyncWorker;

// The sync engine as the GUI (and the CLI) sees it. Networking and parsing run on a thread
// of their own, so the caller's event loop never waits for the network; everything it
// receives are value types through queued signals. One run at a time.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    // `writer` must outlive the engine; the cache is written only through it.
    SyncEngine(const store::DataPaths& paths, store::WriterThread& writer,
               const SyncOptions& options = {}, QObject* parent = nullptr);
    ~SyncEngine() override; // cancels a running sync and waits for its thread

    bool isRunning() const { return m_running; }
    bool isOnline() const;

    // False (and nothing happens) while a run is going on.
    bool start(const SyncRequest& request);
    // Aborts every request at once; (day, source) pairs already parsed are still written
    // whole, nothing is written half. finished() follows.
    void cancel();

signals:
    void started(int total);
    void progress(int done, int total);
    void dayUpdated(const QDate& day); // the cache has new content for that day
    void requestLogged(const paperboy::sync::RequestLogEntry& entry);
    void taskFinished(const paperboy::sync::SyncTaskResult& result);
    void finished(const paperboy::sync::SyncSummary& summary);
    void onlineChanged(bool online);

private:
    void connectWorker(SyncWorker& worker);

    ConnectivityMonitor* m_connectivity = nullptr;
    bool m_running = false;
    core::WorkerThread<SyncWorker> m_thread;
};

} // namespace paperboy::sync
