#include "sync/SyncEngine.h"

#include "sync/ConnectivityMonitor.h"
#include "sync/SyncWorker.h"

namespace paperboy::sync {

SyncEngine::SyncEngine(const store::DataPaths& paths, store::WriterThread& writer,
                       const SyncOptions& options, QObject* parent)
    : QObject(parent), m_connectivity(new ConnectivityMonitor(this)),
      m_thread(QStringLiteral("paperboy-sync"), [this, paths, &writer, options] {
          // Made on the sync thread, with its network manager; the worker's signals reach
          // this object queued (Qt decides per emission, by the receiver's thread).
          auto worker = std::make_unique<SyncWorker>(paths, writer, options);
          connectWorker(*worker);
          return worker;
      })
{
    qRegisterMetaType<RequestLogEntry>();
    qRegisterMetaType<SyncTaskResult>();
    qRegisterMetaType<SyncSummary>();
    connect(m_connectivity, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        m_thread.call([online](SyncWorker& worker) { worker.setOffline(!online); });
        emit onlineChanged(online);
    });
}

// Runs on the sync thread, before any request reaches the worker.
void SyncEngine::connectWorker(SyncWorker& worker)
{
    connect(&worker, &SyncWorker::started, this, &SyncEngine::started);
    connect(&worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(&worker, &SyncWorker::dayUpdated, this, &SyncEngine::dayUpdated);
    connect(&worker, &SyncWorker::requestLogged, this, &SyncEngine::requestLogged);
    connect(&worker, &SyncWorker::taskFinished, this, &SyncEngine::taskFinished);
    connect(&worker, &SyncWorker::finished, this, [this](const SyncSummary& summary) {
        m_running = false;
        emit finished(summary);
    });
}

SyncEngine::~SyncEngine()
{
    cancel();
    m_thread.stop(); // the worker (with its network manager) is deleted on its own thread
}

bool SyncEngine::isOnline() const
{
    return m_connectivity->isOnline();
}

bool SyncEngine::start(const SyncRequest& request)
{
    if (m_running)
        return false;
    // At the first run, not when the engine is made: loading the backend blocks on D-Bus. A
    // "disconnected" answer reaches the worker (through onlineChanged) before the run does.
    m_connectivity->loadBackend();
    m_running = true;
    m_thread.call([request](SyncWorker& worker) { worker.run(request); });
    return true;
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_thread.call([](SyncWorker& worker) { worker.cancel(); });
}

} // namespace paperboy::sync
