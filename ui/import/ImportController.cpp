#include "ui/import/ImportController.h"

#include "ingest/DigestFiles.h"
#include "store/cache/WriterThread.h"

#include <optional>
#include <utility>

namespace paperboy::ui {
namespace {

// Parsed digests waiting for the writer are held in memory: a handful keeps the pipeline busy
// without letting a fast parser pile up hundreds of them.
constexpr int maxInFlight = 3;

} // namespace

ImportController::ImportController(WriterProvider writer, QObject* parent)
    : QObject(parent), m_writerProvider(std::move(writer)),
      m_parseThread(
          QStringLiteral("paperboy-import-parse"), [] { return std::make_unique<Worker>(); },
          QThread::LowPriority)
{}

ImportController::~ImportController()
{
    // Parsing stops after the current file; writes already handed to the WriterThread are
    // finished by it (each digest is one transaction, so nothing is ever half written).
    m_cancelled = true;
    if (m_stopScan)
        *m_stopScan = true; // a folder scan ends within a directory entry, not at its end
    m_parseThread.stop();   // files still queued for parsing see stopping() and are skipped
}

void ImportController::start(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_running) {
        m_queued.append(paths);
        return;
    }
    beginBatch(paths);
}

void ImportController::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_stopScan)
        *m_stopScan = true;
    m_queued.clear();
    emit progressChanged(m_done, int(m_files.size()));
    finishIfDone();
}

void ImportController::beginBatch(const QStringList& paths)
{
    const quint64 batch = ++m_batch;
    m_report = ImportReport();
    m_files.clear();
    m_next = 0;
    m_parsing = 0;
    m_done = 0;
    m_writing.clear();
    m_cancelled = false;
    m_running = true;
    m_collecting = true;
    m_stopScan = std::make_shared<std::atomic_bool>(false);
    emit started();
    emit progressChanged(0, 0);
    m_parseThread.ask(
        [paths, stop = m_stopScan](Worker&) {
            QStringList problems;
            QStringList files = ingest::collectDigestFiles(paths, &problems, stop.get());
            return std::make_pair(std::move(files), std::move(problems));
        },
        this,
        [this, batch](const std::pair<QStringList, QStringList>& found) {
            onCollected(batch, found.first, found.second);
        });
}

void ImportController::onCollected(quint64 batch, const QStringList& files,
                                   const QStringList& problems)
{
    if (batch != m_batch)
        return;
    m_collecting = false;
    m_files = files;
    m_report.filesTotal = int(files.size());
    m_report.failures += problems;
    if (files.isEmpty() && problems.isEmpty() && !m_cancelled)
        m_report.failures.append(tr("No digest files (*.md, *.json) found."));
    emit progressChanged(0, int(m_files.size()));
    pump();
}

void ImportController::pump()
{
    while (!m_cancelled && m_next < m_files.size() && m_parsing + m_writing.size() < maxInFlight) {
        const QString file = m_files.at(m_next++);
        const quint64 batch = m_batch;
        ++m_parsing;
        m_parseThread.ask(
            [this, file](Worker&) {
                // Nothing to parse for an import controller that is going away.
                return m_parseThread.stopping().load()
                           ? std::optional<parse::ParseResult>()
                           : std::optional<parse::ParseResult>(ingest::loadDigestFile(file));
            },
            this,
            [this, batch, file](const std::optional<parse::ParseResult>& result) {
                if (result)
                    onParsed(batch, file, *result);
            });
    }
    finishIfDone();
}

void ImportController::onParsed(quint64 batch, const QString& file,
                                const parse::ParseResult& result)
{
    if (batch != m_batch)
        return;
    --m_parsing;
    for (const parse::Warning& warning : result.warnings)
        m_report.addWarning(warning.toString());
    if (!result.ok() || m_writerFailed) {
        m_report.failures.append(result.ok() ? tr("%1: not written").arg(file) : result.error);
        ++m_done;
        emit progressChanged(m_done, int(m_files.size()));
    } else if (!m_cancelled) {
        const quint64 ticket = writer().writeDigest(*result.digest);
        m_writing.insert(ticket, {file, int(result.digest->papers.size())});
    } else {
        ++m_done; // parsed after Cancel: dropped, as the user asked
    }
    pump();
}

void ImportController::onDigestWritten(quint64 ticket, const QDate& date, bool ok,
                                       const QString& error)
{
    const auto it = m_writing.find(ticket);
    if (it == m_writing.end())
        return; // a write of sync, or of a batch given up on
    const PendingWrite write = *it;
    m_writing.erase(it);
    ++m_done;
    if (ok) {
        ++m_report.imported;
        m_report.papers += write.papers;
        m_report.days.insert(date);
        emit dayWritten(date);
    } else {
        m_report.failures.append(write.file + QStringLiteral(": ") + error);
    }
    emit progressChanged(m_done, int(m_files.size()));
    pump();
}

void ImportController::onWriterFailed(const QString& error)
{
    m_writerFailed = true;
    if (!m_running)
        return;
    m_report.failures.append(tr("The cache cannot be written: %1").arg(error));
    // The writer will not answer: everything queued for it counts as failed.
    for (const PendingWrite& write : std::as_const(m_writing))
        m_report.failures.append(tr("%1: not written").arg(write.file));
    m_done += int(m_writing.size());
    m_writing.clear();
    m_cancelled = true;
    finishIfDone();
}

store::WriterThread& ImportController::writer()
{
    if (!m_writer) {
        m_writer = &m_writerProvider();
        connect(m_writer, &store::WriterThread::digestWritten, this,
                [this](quint64 ticket, const QDate& date, const QString&, bool ok,
                       const QString& error) { onDigestWritten(ticket, date, ok, error); });
        connect(m_writer, &store::WriterThread::openFailed, this,
                &ImportController::onWriterFailed);
    }
    return *m_writer;
}

void ImportController::finishIfDone()
{
    if (!m_running || m_collecting || m_parsing > 0 || !m_writing.isEmpty())
        return;
    if (!m_cancelled && m_next < m_files.size())
        return;
    m_running = false;
    m_report.cancelled = m_cancelled && !m_writerFailed;
    emit finished(m_report);
    if (!m_queued.isEmpty())
        beginBatch(m_queued.takeFirst());
}

} // namespace paperboy::ui
