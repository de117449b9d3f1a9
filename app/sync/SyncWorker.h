#pragma once

#include "store/db/DataPaths.h"
#include "sync/HttpFetcher.h"
#include "sync/SyncPlanner.h"
#include "sync/SyncTypes.h"

#include <QByteArrayList>
#include <QHash>
#include <QObject>

namespace paperboy::store {
class WriterThread;
}

namespace paperboy::sync {

// Runs sync on its own thread (see SyncEngine): plans from the cache's fetch records, fetches,
// parses, and hands every (day, source) to the WriterThread as one transaction together with
// its fetch record. Every member function runs on the worker's thread.
class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const store::DataPaths& paths, store::WriterThread& writer,
               const SyncOptions& options);
    ~SyncWorker() override;

    void run(const SyncRequest& request);
    void cancel();
    void setOffline(bool offline);

signals:
    void started(int total);
    void progress(int done, int total);
    void dayUpdated(const QDate& day);
    void requestLogged(const paperboy::sync::RequestLogEntry& entry);
    void taskFinished(const paperboy::sync::SyncTaskResult& result);
    void finished(const paperboy::sync::SyncSummary& summary);

private:
    struct TaskState
    {
        SyncTask task;
        QByteArrayList pages;
        QByteArray etag;
        QByteArray lastModified;
        bool finished = false;
    };
    struct PendingWrite
    {
        int task = 0;
        SyncTaskResult result;
        bool unreachable = false;
    };

    void startTasks();
    SyncPlan makePlan(const SyncRequest& request);
    void fetchPage(int task);
    void onPage(int task, const FetchOutcome& outcome);
    void onBodiesComplete(int task);
    void writeFetchRecord(int task, store::FetchRecord::Status status, const QString& error,
                          bool unreachable);
    void onWritten(quint64 ticket, bool ok, const QString& error);
    void finishTask(int task, SyncTaskResult result, bool unreachable);
    void finishRunIfDone();

    const store::DataPaths m_paths;
    store::WriterThread& m_writer;
    const SyncOptions m_options;
    HttpFetcher* m_fetcher = nullptr; // made on the worker thread, where it must live
    QList<TaskState> m_tasks;
    QHash<quint64, PendingWrite> m_pendingWrites; // by WriterThread ticket
    SyncSummary m_summary;
    SyncRequest m_request;
    quint64 m_barrierTicket = 0;  // see run()
    qint64 m_newestKeyBefore = 0; // the cache's newest paper when the run was planned
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_offline = false;
};

} // namespace paperboy::sync
