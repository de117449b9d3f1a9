#pragma once

#include "core/WorkerThread.h"
#include "store/db/DataPaths.h"
#include "summarize/SummaryRun.h"

#include <QObject>

namespace paperboy::store {
class WriterThread;
}

namespace paperboy::ui {

// The window's summary runs on a thread of their own: reading the cache, PDF text and the
// requests never touch the GUI thread. Each summary goes to the cache's writer as it arrives
// (so a cancelled run keeps what it got); the writer's summaryWritten() says when it is in.
// One run at a time.
class SummaryRuns final : public QObject
{
    Q_OBJECT
public:
    SummaryRuns(const store::DataPaths& paths, store::WriterThread& writer,
                QObject* parent = nullptr);
    ~SummaryRuns() override; // cancels a run

    // Thread-safe, neither waits. start() while a run is going is refused (returns false).
    bool start(const summarize::SummaryRequest& request);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started(int toSummarize, int alreadyDone);
    void countsChanged(const paperboy::summarize::SummaryCounts& counts);
    void progress(int done, int total);
    void paperFailed(const QString& paperId, const QString& error);
    // `error`: the cache could not be read (nothing was asked).
    void finished(const paperboy::summarize::SummaryTotals& totals, const QString& error);

private:
    class Worker;
    bool m_running = false; // on the GUI thread: set by start(), cleared by finished()
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
