#include "sync/SyncWorker.h"

#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "sync/DigestDecoder.h"

#include <QCoreApplication>

namespace paperboy::sync {

SyncWorker::SyncWorker(const store::DataPaths& paths, store::WriterThread& writer,
                       const SyncOptions& options)
    : m_paths(paths), m_writer(writer), m_options(options)
{
    // Queued: the writer answers from its own thread; these run on the worker's.
    connect(
        &writer, &store::WriterThread::digestWritten, this,
        [this](quint64 ticket, const QDate&, const QString&, bool ok, const QString& error) {
            onWritten(ticket, ok, error);
        },
        Qt::QueuedConnection);
    connect(&writer, &store::WriterThread::fetchRecorded, this, &SyncWorker::onWritten,
            Qt::QueuedConnection);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const SyncRequest& request)
{
    if (m_running)
        return;
    if (!m_fetcher) {
        m_fetcher = new HttpFetcher(m_options, this);
        m_fetcher->setOffline(m_offline);
        connect(m_fetcher, &HttpFetcher::requestLogged, this, &SyncWorker::requestLogged);
    }
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_tasks.clear();
    m_pendingWrites.clear();
    m_summary = {};
    m_request = request;
    // The fetch records are read with a connection of our own, which must not open the cache
    // while the writer is still creating it. The WriterThread answers in order and only after
    // it has opened the cache, so the answer to an empty record (refused before the database
    // is touched) says it is safe to read.
    m_barrierTicket = m_writer.recordFetch(store::FetchRecord{});
}

void SyncWorker::startTasks()
{
    const SyncPlan plan = m_cancelled ? SyncPlan{} : makePlan(m_request);
    m_summary.skipped = plan.skipped;
    m_summary.offline = m_offline;
    for (const SyncTask& task : plan.tasks)
        m_tasks.append(TaskState{task, {}, {}, {}, false});
    emit started(int(m_tasks.size()));
    emit progress(0, int(m_tasks.size()));
    for (int i = 0; i < m_tasks.size(); ++i)
        fetchPage(i);
    finishRunIfDone();
}

SyncPlan SyncWorker::makePlan(const SyncRequest& request)
{
    // A reader of our own, on this thread, only while planning: WAL lets it read beside the
    // writer, and closing it at once keeps no old snapshot alive during the run.
    QString error;
    const std::unique_ptr<store::CacheReader> reader = store::CacheReader::open(m_paths, &error);
    if (!reader) {
        // Not fatal: without fetch records every day is simply fetched again.
        emit requestLogged({QUrl(), QString(), QDate(), 0, 0, 0,
                            tr("cannot read the cache's fetch records: %1").arg(error), 0});
    }
    m_newestKeyBefore = reader ? reader->newestPaperKey() : 0;
    return planSync(request, m_options, [&reader](QDate day, const QString& source) {
        return reader ? reader->fetchRecord(day, source) : std::nullopt;
    });
}

void SyncWorker::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_barrierTicket != 0)
        return;             // startTasks() will start nothing
    m_fetcher->cancelAll(); // each unfinished task ends as Cancelled, nothing half-written
    finishRunIfDone();
}

void SyncWorker::setOffline(bool offline)
{
    m_offline = offline;
    if (m_fetcher)
        m_fetcher->setOffline(offline);
    if (offline && m_running)
        m_summary.offline = true;
}

void SyncWorker::fetchPage(int task)
{
    const TaskState& state = m_tasks.at(task);
    const int page = int(state.pages.size());
    FetchJob job{sourcePageUrl(state.task.source, state.task.date, page, m_options.hfPageSize),
                 page == 0 ? state.task.validators : Validators{}, state.task.source.name,
                 state.task.date};
    m_fetcher->fetch(job, [this, task](const FetchOutcome& outcome) { onPage(task, outcome); });
}

void SyncWorker::onPage(int task, const FetchOutcome& outcome)
{
    TaskState& state = m_tasks[task];
    const SyncTaskResult base{
        state.task.date, state.task.source.name, TaskOutcome::Failed, 0, {}, {}};
    if (outcome.kind == FetchOutcome::Kind::Cancelled || m_cancelled) {
        finishTask(task, {base.date, base.source, TaskOutcome::Cancelled, 0, {}, {}}, false);
        return;
    }
    const bool firstPage = state.pages.isEmpty();
    if (outcome.kind == FetchOutcome::Kind::NotModified && firstPage) {
        // 304: the cache has this version already; nothing to parse or write.
        finishTask(task, {base.date, base.source, TaskOutcome::Unchanged, 0, {}, {}}, false);
    } else if (outcome.kind == FetchOutcome::Kind::NotFound && firstPage) {
        writeFetchRecord(task, store::FetchRecord::Status::Missing, {}, false);
    } else if (outcome.kind == FetchOutcome::Kind::NotFound) {
        onBodiesComplete(task); // no page after the last one
    } else if (outcome.kind == FetchOutcome::Kind::Ok) {
        if (firstPage) {
            state.etag = outcome.etag;
            state.lastModified = outcome.lastModified;
        }
        // A page of pageSize entries may have a successor; a server that ignores `p` sends
        // the same page again, which ends paging too.
        const bool samePageAgain = !firstPage && state.pages.constLast() == outcome.body;
        if (!samePageAgain)
            state.pages.append(outcome.body);
        if (state.task.source.format == SourceFormat::HfJson && !samePageAgain &&
            jsonArrayLength(outcome.body) >= m_options.hfPageSize &&
            state.pages.size() < m_options.maxPages) {
            fetchPage(task);
            return;
        }
        onBodiesComplete(task);
    } else if (outcome.couldNotConnect) {
        // No server reached: the day's fetch record stays as it was, so that an outage never
        // marks days as failed nor forgets the validators of what the cache holds.
        SyncTaskResult result = base;
        result.error = outcome.error;
        result.couldNotConnect = true;
        finishTask(task, result, true);
    } else {
        const QString error = outcome.kind == FetchOutcome::Kind::NotModified
                                  ? tr("unexpected 304 for a page after the first")
                                  : outcome.error;
        writeFetchRecord(task, store::FetchRecord::Status::Failed, error, !outcome.gotResponse);
    }
}

void SyncWorker::onBodiesComplete(int task)
{
    TaskState& state = m_tasks[task];
    const qsizetype pageCount = state.pages.size();
    DecodedDigest decoded = decodeDigest(state.task.source, state.task.date, state.pages);
    state.pages.clear();
    if (!decoded.digest) {
        // The cache keeps what it had; the day is retried next time.
        writeFetchRecord(task, store::FetchRecord::Status::Failed, decoded.error, false);
        return;
    }
    // Validators name one document; a paged day has several, so it is always re-read whole.
    const bool singlePage = pageCount <= 1;
    const store::FetchRecord record{state.task.date,
                                    state.task.source.name,
                                    store::FetchRecord::Status::Fetched,
                                    singlePage ? QString::fromLatin1(state.etag) : QString(),
                                    singlePage ? QString::fromLatin1(state.lastModified)
                                               : QString(),
                                    QDateTime::currentDateTimeUtc(),
                                    {}};
    const int papers = int(decoded.digest->papers.size());
    const quint64 ticket = m_writer.writeDigest(*decoded.digest, record);
    m_pendingWrites.insert(ticket, {task,
                                    {state.task.date,
                                     state.task.source.name,
                                     TaskOutcome::Fetched,
                                     papers,
                                     {},
                                     decoded.warnings},
                                    false});
}

void SyncWorker::writeFetchRecord(int task, store::FetchRecord::Status status, const QString& error,
                                  bool unreachable)
{
    const TaskState& state = m_tasks.at(task);
    const store::FetchRecord record{state.task.date,
                                    state.task.source.name,
                                    status,
                                    {},
                                    {},
                                    QDateTime::currentDateTimeUtc(),
                                    error};
    const TaskOutcome outcome =
        status == store::FetchRecord::Status::Missing ? TaskOutcome::Missing : TaskOutcome::Failed;
    const quint64 ticket = m_writer.recordFetch(record);
    m_pendingWrites.insert(
        ticket,
        {task, {state.task.date, state.task.source.name, outcome, 0, error, {}}, unreachable});
}

void SyncWorker::onWritten(quint64 ticket, bool ok, const QString& error)
{
    if (ticket == m_barrierTicket && m_barrierTicket != 0) {
        m_barrierTicket = 0;
        startTasks();
        return;
    }
    const auto it = m_pendingWrites.find(ticket);
    if (it == m_pendingWrites.end())
        return; // another writer's ticket (the importer shares the WriterThread)
    PendingWrite write = it.value();
    m_pendingWrites.erase(it);
    if (!ok) {
        write.result.outcome = TaskOutcome::Failed;
        write.result.error = tr("cannot write the cache: %1").arg(error);
    } else if (write.result.outcome == TaskOutcome::Fetched) {
        emit dayUpdated(write.result.date);
    }
    finishTask(write.task, write.result, write.unreachable);
}

void SyncWorker::finishTask(int task, SyncTaskResult result, bool unreachable)
{
    if (m_tasks[task].finished)
        return;
    m_tasks[task].finished = true;
    switch (result.outcome) {
    case TaskOutcome::Fetched:
        ++m_summary.fetched;
        break;
    case TaskOutcome::Unchanged:
        ++m_summary.unchanged;
        break;
    case TaskOutcome::Missing:
        ++m_summary.missing;
        break;
    case TaskOutcome::Failed:
        ++m_summary.failed;
        m_summary.unreachable += unreachable ? 1 : 0;
        m_summary.unconnected += result.couldNotConnect ? 1 : 0;
        break;
    case TaskOutcome::Cancelled:
        ++m_summary.cancelled;
        break;
    case TaskOutcome::Skipped:
        ++m_summary.skipped;
        break;
    }
    ++m_done;
    emit taskFinished(result);
    emit progress(m_done, int(m_tasks.size()));
    finishRunIfDone();
}

void SyncWorker::finishRunIfDone()
{
    if (!m_running || m_barrierTicket != 0 || m_done < m_tasks.size() || !m_pendingWrites.isEmpty())
        return;
    m_running = false;
    m_tasks.clear();
    if (m_summary.fetched > 0) {
        // Every write of the run has been answered, so a new reader sees them all.
        QString error;
        if (const auto reader = store::CacheReader::open(m_paths, &error))
            m_summary.newPapers = reader->papersAfterKey(m_newestKeyBefore);
    }
    emit finished(m_summary);
}

} // namespace paperboy::sync
