#include "FileImport.h"

#include "DigestFiles.h"
#include "store/CacheWriter.h"

namespace paperboy::ingest {

FileOutcome importFile(const QString& path, QDate dateOverride, store::CacheWriter& writer)
{
    FileOutcome outcome;
    outcome.file = path;
    parse::ParseResult result = loadDigestFile(path, dateOverride);
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

} // namespace paperboy::ingest
