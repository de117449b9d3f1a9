#include "store/cache/CacheRecovery.h"

#include "store/db/Connection.h"
#include "store/db/DamagedFile.h"
#include "store/db/Migrator.h"
#include "store/db/Schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace paperboy::store {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::store)
};

int newestCacheVersion()
{
    QString error;
    const auto migrations = Migrator(SchemaSpec::cache()).migrations(&error);
    return migrations ? migrations->last().version : 0;
}

// Why the cache cannot be used, or an empty string when it can (or does not exist yet).
QString problemWith(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return {};
    const auto header = sqliteHeader(file);
    if (!header)
        return Text::tr("it is not a SQLite database");
    if (isCutOff(file, *header))
        return Text::tr("it was cut off and is shorter than SQLite says it should be");
    QString error;
    // A read-only cache is read as it is (and could not be moved aside anyway).
    const auto connection = Connection::open(file, &error, isUnwritable(file));
    if (!connection)
        return Text::tr("SQLite cannot open it: %1").arg(error);
    // Parsing the schema reads every table's definition: a scrambled first page fails here.
    QSqlQuery identity(connection->database());
    if (!identity.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                      "(SELECT user_version FROM pragma_user_version), "
                                      "(SELECT count(*) FROM sqlite_schema)")) ||
        !identity.next())
        return Text::tr("SQLite cannot read it: %1").arg(identity.lastError().databaseText());
    const int version = identity.value(1).toInt();
    if (identity.value(2).toInt() == 0 && version == 0)
        return {}; // an empty SQLite file: the migrations make it a cache
    if (identity.value(0).toInt() != SchemaSpec::cache().applicationId)
        return Text::tr("it is a SQLite database of another program, not a Paperboy cache");
    if (const int newest = newestCacheVersion(); version > newest)
        return Text::tr("it was written by a newer version of Paperboy (schema %1; this version "
                        "knows schema %2)")
            .arg(version)
            .arg(newest);
    return {};
}

} // namespace

bool cacheNeedsUpgrade(const DataPaths& paths)
{
    const auto header = sqliteHeader(paths.cacheFile);
    if (!header || header->size() < 64)
        return false;
    // user_version: a big-endian 32-bit integer at offset 60. A newer value that is still in
    // the write-ahead log only makes this say yes to a cache that opens without migrating.
    const auto* bytes = reinterpret_cast<const unsigned char*>(header->constData());
    const qint64 version =
        (qint64(bytes[60]) << 24) | (bytes[61] << 16) | (bytes[62] << 8) | bytes[63];
    return version > 0 && version < newestCacheVersion();
}

bool recoverCache(const DataPaths& paths, QString* notice, QString* error)
{
    const QString problem = problemWith(paths.cacheFile);
    if (problem.isEmpty())
        return true;
    const auto aside = moveDamagedAside(paths.cacheFile, error);
    if (!aside)
        return false;
    if (notice)
        *notice = Text::tr("The cache %1 could not be used: %2. It was moved to %3 and an empty "
                           "cache was started. Your bookmarks and notes are kept in their own "
                           "file and were not touched. Sync to download the digests again.")
                      .arg(paths.cacheFile, problem, *aside);
    return true;
}

} // namespace paperboy::store
