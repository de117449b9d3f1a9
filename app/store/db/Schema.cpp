#include "store/db/Schema.h"

#include "store/db/DamagedFile.h"
#include "store/db/Migrator.h"

#include <QCoreApplication>
#include <QFile>
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

// Reads the 16-byte SQLite header first so that a foreign file is never handed to a connection.
bool looksLikeSqlite(const QString& file, QString* error)
{
    const QFileInfo info(file);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return true; // SQLite creates the database
    // Through SQLite's file layer (DamagedFile.h): this process may have the file open already.
    const auto start = readFileStart(file, 16);
    if (!info.isFile() || !start) {
        *error = Text::tr("Cannot read %1").arg(file);
        return false;
    }
    if (*start != QByteArray("SQLite format 3\0", 16)) {
        *error = Text::tr("%1 is not a SQLite database; it was left as it is").arg(file);
        return false;
    }
    return true;
}

// The identity and version checks run before any statement that could write to the file.
// `isNew` (optional) tells whether the file holds nothing yet: no table and no version.
bool checkIdentity(Connection& connection, const SchemaSpec& schema, int newestVersion,
                   QString* error, bool* isNew = nullptr)
{
    // One statement, so one read snapshot: another connection may be creating this very file
    // (the window's reader and the writer thread open a new cache at the same moment), and three
    // separate reads could see the id before and the tables after its migration commits.
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_schema)")) ||
        !query.next()) {
        *error = Text::tr("%1 cannot be read as a SQLite database: %2")
                     .arg(connection.file(), query.lastError().text());
        return false;
    }
    const QVariant applicationId = query.value(0);
    const QVariant version = query.value(1);
    const QVariant objects = query.value(2);
    const bool empty = objects.toInt() == 0 && version.toInt() == 0;
    if (isNew)
        *isNew = empty;
    if (!empty && applicationId.toInt() != schema.applicationId) {
        *error = Text::tr("%1 is a SQLite database but not a Paperboy %2 file; it was left as "
                          "it is")
                     .arg(connection.file(), schema.kind);
        return false;
    }
    if (version.toInt() > newestVersion) {
        *error = Text::tr("%1 was written by a newer Paperboy (schema %2, this version knows %3)")
                     .arg(connection.file())
                     .arg(version.toInt())
                     .arg(newestVersion);
        return false;
    }
    return true;
}

// Sets one pragma and reads it back: SQLite ignores unknown or impossible pragma values
// silently (WAL on some file systems, for instance), so only the read-back tells.
bool setPragma(Connection& connection, const QString& name, const QString& value,
               const QVariant& expected, QString* error)
{
    QString sqlMessage;
    if (!connection.exec(QStringLiteral("PRAGMA ") + name + QStringLiteral(" = ") + value,
                         &sqlMessage)) {
        *error = Text::tr("Cannot set %1 on %2: %3").arg(name, connection.file(), sqlMessage);
        return false;
    }
    const auto actual = connection.scalar(QStringLiteral("PRAGMA ") + name, &sqlMessage);
    if (!actual || actual->toString().compare(expected.toString(), Qt::CaseInsensitive) != 0) {
        *error = Text::tr("%1 on %2 is %3 instead of %4")
                     .arg(name, connection.file(), actual ? actual->toString() : sqlMessage,
                          expected.toString());
        return false;
    }
    return true;
}

// A read-only file cannot be upgraded: it must already have this version's schema.
bool isCurrent(Connection& connection, const SchemaSpec& schema, int newestVersion, QString* error)
{
    const auto version = connection.scalar(QStringLiteral("PRAGMA user_version"), error);
    if (!version)
        return false;
    if (version->toInt() == newestVersion)
        return true;
    *error = Text::tr("%1 is read-only and was written by an older Paperboy; this version "
                      "would have to upgrade the %2 file to read it")
                 .arg(connection.file(), schema.kind);
    return false;
}

// The page size of a file being created. It must come before journal_mode: switching an
// empty file to WAL writes its first page, and from then on the size is fixed. Not read back
// as a condition: when another connection has just begun the same file (the window's reader
// and the writer thread open a new cache at the same moment) the size is that connection's,
// which is this same value; a file that somehow kept SQLite's default works as well, only
// larger.
bool setNewFilePageSize(Connection& connection, const SchemaSpec& schema, bool isNew,
                        QString* error)
{
    if (!isNew || schema.newFilePageSize <= 0)
        return true;
    QString sqlMessage;
    if (connection.exec(QStringLiteral("PRAGMA page_size = ") +
                            QString::number(schema.newFilePageSize),
                        &sqlMessage))
        return true;
    *error = Text::tr("Cannot set %1 on %2: %3")
                 .arg(QStringLiteral("page_size"), connection.file(), sqlMessage);
    return false;
}

bool setPragmas(Connection& connection, const SchemaSpec& schema, bool isNew, QString* error)
{
    const bool full = schema.durability == SchemaSpec::Durability::Full;
    // busy_timeout first: the others may need a lock another connection holds for a moment.
    return setPragma(connection, QStringLiteral("busy_timeout"), QStringLiteral("5000"), 5000,
                     error) &&
           setNewFilePageSize(connection, schema, isNew, error) &&
           setPragma(connection, QStringLiteral("journal_mode"), QStringLiteral("WAL"),
                     QStringLiteral("wal"), error) &&
           setPragma(connection, QStringLiteral("foreign_keys"), QStringLiteral("ON"), 1, error) &&
           setPragma(connection, QStringLiteral("synchronous"),
                     full ? QStringLiteral("FULL") : QStringLiteral("NORMAL"), full ? 2 : 1,
                     error) &&
           setPragma(connection, QStringLiteral("temp_store"), QStringLiteral("MEMORY"), 2, error);
}

// Tests of a full disk set PAPERBOY_TEST_CACHE_MAX_PAGES (or ..._USER_...): SQLite then answers
// SQLITE_FULL, exactly as on a full disk, once the file would grow past that many pages (never
// below its present size). Only writing connections get it; it is not a setting for users.
bool applyTestPageLimit(Connection& connection, const SchemaSpec& schema, QString* error)
{
    const QByteArray name = "PAPERBOY_TEST_" + schema.kind.toUpper().toLatin1() + "_MAX_PAGES";
    bool isNumber = false;
    const qint64 pages = qEnvironmentVariable(name.constData()).toLongLong(&isNumber);
    if (!isNumber || pages <= 0)
        return true;
    return connection.exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages),
                           error);
}

} // namespace

SchemaSpec SchemaSpec::cache()
{
    // 'PBYC'. 8 KiB pages: a section row is about 1.5 KB, and 4 KiB pages held two of them
    // with a quarter of each page empty; on the synthetic 50 000-paper cache 8 KiB pages make
    // the file 11 % smaller (docs/performance.md, "Size") and day switches no slower.
    return {QStringLiteral("cache"),
            QStringLiteral(":/migrations/cache"),
            0x50425943,
            Durability::Normal,
            8192,
            true};
}

SchemaSpec SchemaSpec::user()
{
    // 'PBYU'
    // SQLite's default pages: the user file holds kilobytes to a few megabytes of short rows,
    // and nothing measured calls for another size.
    return {QStringLiteral("user"), QStringLiteral(":/migrations/user"), 0x50425955,
            Durability::Full, 0};
}

bool isUnwritable(const QString& file)
{
    const QFileInfo info(file);
    const QFileInfo folder(info.absolutePath());
    if (!info.exists())
        return folder.exists() && !folder.isWritable(); // it could not be created
    return !info.isWritable() || !folder.isWritable();
}

std::unique_ptr<Connection> openDatabase(const QString& file, const SchemaSpec& schema,
                                         bool readOnly, QString* error)
{
    QString message;
    const Migrator migrator(schema);
    const auto migrations = migrator.migrations(&message);
    const bool unwritable = isUnwritable(file);
    if (unwritable && !readOnly) {
        if (error)
            *error = Text::tr("%1 cannot be written to: it or its folder is read-only. What it "
                              "holds can be read, but nothing can be added or changed.")
                         .arg(file);
        return nullptr;
    }
    std::unique_ptr<Connection> connection;
    if (migrations && looksLikeSqlite(file, &message))
        connection = Connection::open(file, &message, unwritable);
    if (connection && unwritable) {
        // Nothing may be written: no pragma that writes, no migration.
        const bool ready =
            checkIdentity(*connection, schema, migrations->last().version, &message) &&
            isCurrent(*connection, schema, migrations->last().version, &message) &&
            setPragma(*connection, QStringLiteral("temp_store"), QStringLiteral("MEMORY"), 2,
                      &message);
        if (!ready && error)
            *error = message;
        return ready ? std::move(connection) : nullptr;
    }
    bool isNew = false;
    const bool ready =
        connection &&
        checkIdentity(*connection, schema, migrations->last().version, &message, &isNew) &&
        setPragmas(*connection, schema, isNew, &message) &&
        migrator.migrate(*connection, *migrations, &message) &&
        (readOnly || applyTestPageLimit(*connection, schema, &message)) &&
        (!readOnly ||
         setPragma(*connection, QStringLiteral("query_only"), QStringLiteral("ON"), 1, &message));
    if (!ready) {
        if (error)
            *error = message;
        return nullptr;
    }
    return connection;
}

} // namespace paperboy::store
