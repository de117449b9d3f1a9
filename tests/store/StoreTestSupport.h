#pragma once

#include "common/FileBytes.h"
#include "core/Digest.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace paperboy::store::test {

// The cache schema's newest version: the number of the last file in resources/migrations/cache.
inline constexpr int newestCacheVersion = 12;

core::ArxivId arxivId(const QString& text); // aborts the test binary on a bad literal
core::Paper paper(const QString& id, const QString& title);
core::Digest digest(QDate day, const QString& source, const core::Papers& papers);

// A connection of the test's own to a database file, separate from the store's connections,
// for looking at and tampering with the file. Removed again on destruction.
class ScratchConnection final
{
public:
    explicit ScratchConnection(const QString& file);
    ~ScratchConnection();
    ScratchConnection(const ScratchConnection&) = delete;
    ScratchConnection& operator=(const ScratchConnection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    // Runs a script of one or more statements; the failing statement's message on failure.
    QString run(const QString& script);
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    // Column `index` of every row.
    QStringList column(const QString& sql, const QVariantList& values = {}, int index = 0);
    // Every row of every table (FTS shadow tables excluded), sorted, as text, leaving out
    // `ignoredColumns`: two equal snapshots mean the data did not change.
    QString snapshot(const QStringList& ignoredColumns = {});

private:
    QString m_name;
    QSqlDatabase m_db;
};

using paperboy::testing::fileBytes;
QString readTextFile(const QString& file);

} // namespace paperboy::store::test
