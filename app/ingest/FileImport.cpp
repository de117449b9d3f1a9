#include "ingest/FileImport.h"

#include "ingest/DigestFiles.h"
#include "store/cache/CacheWriter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace paperboy::ingest {

namespace {

FileOutcome writeParsed(const QString& path, parse::ParseResult result, store::CacheWriter& writer)
{
    FileOutcome outcome;
    outcome.file = path;
    outcome.warnings = std::move(result.warnings);
    if (!result.ok()) {
        outcome.error = result.error;
        return outcome;
    }
    QString error;
    if (!writer.writeDigest(*result.digest, &error)) {
        outcome.error = path + QStringLiteral(": ") + error;
        return outcome;
    }
    outcome.ok = true;
    outcome.date = result.digest->date;
    outcome.papers = int(result.digest->papers.size());
    return outcome;
}

} // namespace

FileOutcome importFile(const QString& path, QDate dateOverride, store::CacheWriter& writer)
{
    return writeParsed(path, loadDigestFile(path, dateOverride), writer);
}

void importFiles(const QStringList& files, QDate dateOverride, store::CacheWriter& writer,
                 const std::function<void(const FileOutcome&)>& onFile,
                 const std::atomic_bool* cancel)
{
    // Digests are written in batches of about this many papers: one commit per batch instead of
    // one per digest, and a batch is still whole digests only.
    constexpr qsizetype batchPapers = 2000;
    QList<FileOutcome> pending;
    QList<core::Digest> batch;
    qsizetype batchSize = 0;
    const auto flush = [&] {
        if (batch.isEmpty())
            return;
        QStringList errors;
        writer.writeDigests(batch, &errors);
        for (qsizetype i = 0; i < pending.size(); ++i) {
            FileOutcome& outcome = pending[i];
            outcome.ok = errors.at(i).isEmpty();
            if (!outcome.ok) {
                outcome.error = outcome.file + QStringLiteral(": ") + errors.at(i);
                outcome.date = {};
                outcome.papers = 0;
            }
            onFile(outcome);
        }
        pending.clear();
        batch.clear();
        batchSize = 0;
    };

    const auto parseAt = [&files, dateOverride](qsizetype index) {
        return QtConcurrent::run(loadDigestFile, files.at(index), dateOverride);
    };
    QFuture<parse::ParseResult> next;
    if (!files.isEmpty())
        next = parseAt(0);
    for (qsizetype i = 0; i < files.size(); ++i) {
        parse::ParseResult parsed = next.result();
        if (cancel && cancel->load())
            break;
        if (i + 1 < files.size())
            next = parseAt(i + 1);
        FileOutcome outcome;
        outcome.file = files.at(i);
        outcome.warnings = std::move(parsed.warnings);
        if (!parsed.ok()) {
            flush(); // keeps the reports in file order
            outcome.error = parsed.error;
            onFile(outcome);
            continue;
        }
        outcome.date = parsed.digest->date;
        outcome.papers = int(parsed.digest->papers.size());
        batchSize += parsed.digest->papers.size();
        batch.append(std::move(*parsed.digest));
        pending.append(std::move(outcome));
        if (batchSize >= batchPapers)
            flush();
    }
    if (next.isValid())
        next.waitForFinished();
    flush();
}

} // namespace paperboy::ingest
