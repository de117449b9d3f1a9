#pragma once

#include "parse/ParseResult.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

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

// Imports `files` in order, each as importFile does, telling `onFile` after each. The next file
// is read and parsed on a worker thread while the current one is written, so parsing costs no
// time on a machine with a second core. Stops early (before the next file) when `cancel` is set.
void importFiles(const QStringList& files, QDate dateOverride, store::CacheWriter& writer,
                 const std::function<void(const FileOutcome&)>& onFile,
                 const std::atomic_bool* cancel = nullptr);

} // namespace paperboy::ingest
