#include "sync/SyncEngine.h"

#include "sync/ConnectivityMonitor.h"
#include "sync/SyncWorker.h"

namespace paperboy::sync {

SyncEngine::SyncEngine(const store::DataPaths& paths, store::WriterThread& writer,
                       const SyncOptions& options, QObject* parent)
    : QObject(parent), m_connectivity(new ConnectivityMonitor(this))
{
    qRegisterMetaType<RequestLogEntry>();
    qRegisterMetaType<SyncTaskResult>();
    qRegisterMetaType<SyncSummary>();

    m_worker = new SyncWorker(paths, writer, options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::started, this, &SyncEngine::started);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::dayUpdated, this, &SyncEngine::dayUpdated);
    connect(m_worker, &SyncWorker::requestLogged, this, &SyncEngine::requestLogged);
    connect(m_worker, &SyncWorker::taskFinished, this, &SyncEngine::taskFinished);
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncSummary& summary) {
        m_running = false;
        emit finished(summary);
    });
    connect(m_connectivity, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        SyncWorker* worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, online] { worker->setOffline(!online); });
        emit onlineChanged(online);
    });
    m_thread.setObjectName(QStringLiteral("paperboy-sync"));
    m_thread.start();
}

SyncEngine::~SyncEngine()
{
    cancel();
    m_thread.quit(); // the worker (with its network manager) is deleted on its own thread
    m_thread.wait();
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
    SyncWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, request] { worker->run(request); });
    return true;
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    SyncWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->cancel(); });
}

} // namespace paperboy::sync
