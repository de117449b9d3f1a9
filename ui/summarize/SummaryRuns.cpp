#include "ui/summarize/SummaryRuns.h"

#include "store/cache/WriterThread.h"

namespace paperboy::ui {

// Lives on the summaries' thread, where it is made and destroyed with the run it holds.
class SummaryRuns::Worker final : public QObject
{
public:
    Worker(SummaryRuns* owner, store::DataPaths paths, store::WriterThread& writer)
        : m_owner(owner), m_paths(std::move(paths)), m_writer(writer)
    {}

    void start(const summarize::SummaryRequest& request)
    {
        m_run = std::make_unique<summarize::SummaryRun>(m_paths, request);
        summarize::SummaryRun* run = m_run.get();
        connect(run, &summarize::SummaryRun::started, this,
                [this](int total, int done) { emit m_owner->started(total, done); });
        connect(run, &summarize::SummaryRun::countsChanged, this,
                [this](const summarize::SummaryCounts& counts) {
                    emit m_owner->countsChanged(counts);
                });
        connect(run, &summarize::SummaryRun::progress, this,
                [this](int done, int total) { emit m_owner->progress(done, total); });
        connect(run, &summarize::SummaryRun::paperFailed, this,
                [this](const QString& id, const QString& error) {
                    emit m_owner->paperFailed(id, error);
                });
        // WriterThread is thread-safe: the summary is queued to the cache's one writer.
        connect(run, &summarize::SummaryRun::summaryReady, this,
                [this](const core::PaperSummary& summary) { m_writer.writeSummary(summary); });
        connect(run, &summarize::SummaryRun::finished, this,
                [this](const summarize::SummaryTotals& totals) { finish(totals, {}); });
        QString error;
        if (!run->start(&error))
            finish({}, error);
    }

    void cancel()
    {
        if (m_run)
            m_run->cancel();
    }

    ~Worker() override
    {
        if (m_run) {
            m_run->disconnect(this);
            m_run->cancel();
        }
    }

private:
    void finish(const summarize::SummaryTotals& totals, const QString& error)
    {
        emit m_owner->finished(totals, error);
        // Not deleted from inside its own signal.
        if (m_run)
            m_run.release()->deleteLater();
    }

    SummaryRuns* m_owner;
    const store::DataPaths m_paths;
    store::WriterThread& m_writer;
    std::unique_ptr<summarize::SummaryRun> m_run;
};

SummaryRuns::SummaryRuns(const store::DataPaths& paths, store::WriterThread& writer,
                         QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-summaries"), [this, paths, &writer] {
          return std::make_unique<Worker>(this, paths, writer);
      })
{
    qRegisterMetaType<summarize::SummaryCounts>();
    qRegisterMetaType<summarize::SummaryTotals>();
    connect(this, &SummaryRuns::finished, this, [this] { m_running = false; });
}

// Cancels a run; the worker emits this object's signals, so the thread stops while this
// object is whole.
SummaryRuns::~SummaryRuns()
{
    m_thread.stop();
}

bool SummaryRuns::start(const summarize::SummaryRequest& request)
{
    if (m_running)
        return false;
    m_running = true;
    m_thread.call([request](Worker& worker) { worker.start(request); });
    return true;
}

void SummaryRuns::cancel()
{
    m_thread.call([](Worker& worker) { worker.cancel(); });
}

} // namespace paperboy::ui
