#include "store/db/Migrator.h"

#include "store/db/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace paperboy::store {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::store)
};

std::optional<int> userVersion(Connection& connection, QString* error)
{
    const auto version = connection.scalar(QStringLiteral("PRAGMA user_version"), error);
    return version ? std::optional<int>(version->toInt()) : std::nullopt;
}

// A backup name that does not exist yet: VACUUM INTO refuses to overwrite, and an older
// backup of the same version is worth keeping too.
QString freeBackupPath(const QString& file, int version)
{
    const QString base = file + QStringLiteral(".bak-v") + QString::number(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace

std::optional<QList<Migration>> Migrator::migrations(QString* error) const
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Migration> found;
    const QDir dir(m_schema.migrationsDir);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = namePattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    for (int i = 0; i < found.size(); ++i) {
        if (found.at(i).version != i + 1) {
            *error = Text::tr("The %1 migrations in %2 are not numbered 001, 002, ... without gaps")
                         .arg(m_schema.kind, m_schema.migrationsDir);
            return std::nullopt;
        }
    }
    if (found.isEmpty()) {
        *error =
            Text::tr("No %1 migrations found in %2").arg(m_schema.kind, m_schema.migrationsDir);
        return std::nullopt;
    }
    return found;
}

bool Migrator::migrate(Connection& connection, const QList<Migration>& migrations,
                       QString* error) const
{
    const auto current = userVersion(connection, error);
    if (!current)
        return false;
    if (*current >= migrations.last().version)
        return true;
    QString backup;
    if (*current > 0) {
        backup = backUp(connection, *current, error);
        if (backup.isEmpty())
            return false;
    }
    for (const Migration& migration : migrations) {
        if (migration.version > *current && !apply(connection, migration, error))
            return false;
    }
    if (!backup.isEmpty() && m_schema.keepsOnlyNewestBackup)
        removeOlderBackups(connection.file(), backup);
    return true;
}

QString Migrator::backUp(Connection& connection, int currentVersion, QString* error) const
{
    const QString target = freeBackupPath(connection.file(), currentVersion);
    QString sqlMessage;
    // VACUUM INTO writes a consistent, compacted copy that includes what is still in the WAL.
    PreparedQuery vacuum(connection, QStringLiteral("VACUUM INTO ?"), &sqlMessage);
    if (!vacuum || !vacuum.exec({target}, &sqlMessage) || !QFileInfo::exists(target)) {
        *error = Text::tr("Cannot back up %1 to %2 before upgrading it; it was left as it is: %3")
                     .arg(connection.file(), target, sqlMessage);
        return QString();
    }
    return target;
}

void Migrator::removeOlderBackups(const QString& file, const QString& newest) const
{
    // Only names freeBackupPath makes: "<file>.bak-v<N>" and "<file>.bak-v<N>-<M>".
    const QFileInfo info(file);
    static const QRegularExpression backupSuffix(QStringLiteral("^\\.bak-v\\d+(-\\d+)?$"));
    const QDir dir = info.absoluteDir();
    for (const QString& name :
         dir.entryList({info.fileName() + QStringLiteral(".bak-v*")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (QFileInfo(path) == QFileInfo(newest) ||
            !backupSuffix.match(name.mid(info.fileName().size())).hasMatch())
            continue;
        if (!QFile::remove(path)) // space not given back, nothing else lost: say it, go on
            qWarning("paperboy::store::Migrator: cannot remove the old backup %s",
                     qUtf8Printable(path));
    }
}

bool Migrator::apply(Connection& connection, const Migration& migration, QString* error) const
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read migration %1").arg(migration.path);
        return false;
    }
    const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
    QString sqlMessage;
    Transaction transaction(connection);
    bool ok = transaction.begin(&sqlMessage);
    const auto version = ok ? userVersion(connection, &sqlMessage) : std::nullopt;
    ok = ok && version.has_value();
    // Another connection may have applied this migration since we looked.
    const bool pending = ok && *version < migration.version;
    if (pending && migration.version == 1)
        ok = connection.exec(QStringLiteral("PRAGMA application_id = ") +
                                 QString::number(m_schema.applicationId),
                             &sqlMessage);
    for (qsizetype i = 0; pending && ok && i < statements.size(); ++i)
        ok = connection.exec(statements.at(i), &sqlMessage);
    if (pending && ok)
        ok = connection.exec(QStringLiteral("PRAGMA user_version = ") +
                                 QString::number(migration.version),
                             &sqlMessage);
    ok = ok && transaction.commit(&sqlMessage);
    if (!ok)
        *error = Text::tr("Cannot upgrade %1 to schema %2 (%3): %4")
                     .arg(connection.file())
                     .arg(migration.version)
                     .arg(QFileInfo(migration.path).fileName(), sqlMessage);
    return ok;
}

} // namespace paperboy::store
