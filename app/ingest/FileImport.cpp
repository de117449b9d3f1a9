#include "FileImport.h"

#include "DigestFiles.h"
#include "store/CacheWriter.h"

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
    const auto parseAt = [&files, dateOverride](qsizetype index) {
        return QtConcurrent::run(loadDigestFile, files.at(index), dateOverride);
    };
    QFuture<parse::ParseResult> next;
    if (!files.isEmpty())
        next = parseAt(0);
    for (qsizetype i = 0; i < files.size(); ++i) {
        parse::ParseResult parsed = next.result();
        if (cancel && cancel->load())
            return;
        if (i + 1 < files.size())
            next = parseAt(i + 1);
        onFile(writeParsed(files.at(i), std::move(parsed), writer));
    }
}

} // namespace paperboy::ingest
