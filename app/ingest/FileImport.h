#pragma once

#include "parse/ParseResult.h"

#include <QDate>
#include <QString>

namespace paperboy::store {
class CacheWriter;
}

namespace paperboy::ingest {

// What importing one file did.
struct FileOutcome
{
    QString file;
    bool ok = false;
    QString error; // names the file; empty when ok
    QList<parse::Warning> warnings;
    QDate date;
    int papers = 0;
};

// Reads, parses and writes one digest file in one transaction. Nothing of a file that fails
// is written; what the cache held before stays.
FileOutcome importFile(const QString& path, QDate dateOverride, store::CacheWriter& writer);

} // namespace paperboy::ingest
