#include "store/user/UserBackups.h"

#include "store/db/Connection.h"
#include "store/db/DamagedFile.h"
#include "store/db/Migrator.h"
#include "store/db/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace paperboy::store {
namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("paperboy::store", text);
}

QString stampFormat()
{
    return QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");
}

QString stampText(const QDateTime& time)
{
    return time.toUTC().toString(stampFormat());
}

QString dateText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// What the start-up check found in a file.
struct FileCheck
{
    enum class State { Missing, Empty, Good, Bad } state = State::Missing;
    int version = 0;
    QString reason; // for Bad
};

FileCheck checkFile(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return {};
    if (info.isFile() && info.size() == 0)
        return {FileCheck::State::Empty, 0, {}};
    // Through SQLite's file layer (DamagedFile.h): this process may have the file open already.
    if (!info.isFile() || !hasSqliteMagic(file))
        return {FileCheck::State::Bad, 0, translate("not a SQLite database")};
    QString error;
    const auto connection = Connection::open(file, &error);
    if (!connection)
        return {FileCheck::State::Bad, 0, error};
    QSqlQuery check(connection->database());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        return {FileCheck::State::Bad, 0, translate("it fails SQLite's integrity check")};
    check.finish();
    QSqlQuery identity(connection->database());
    if (!identity.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                      "(SELECT user_version FROM pragma_user_version), "
                                      "(SELECT count(*) FROM sqlite_schema)")) ||
        !identity.next())
        return {FileCheck::State::Bad, 0, translate("it cannot be read")};
    const int version = identity.value(1).toInt();
    if (identity.value(2).toInt() == 0 && version == 0)
        return {FileCheck::State::Empty, 0, {}};
    if (identity.value(0).toInt() != SchemaSpec::user().applicationId)
        return {FileCheck::State::Bad, version, translate("it is not a Paperboy user file")};
    return {FileCheck::State::Good, version, {}};
}

// Copies `backup` over the (moved away) user file: to a temporary name first, so that a
// crash leaves either no user file or the whole copy.
bool restore(const QString& backup, const QString& file, QString* error)
{
    const QString temporary = file + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backup, temporary) || !QFile::rename(temporary, file)) {
        QFile::remove(temporary);
        *error = translate("Cannot restore %1 from %2").arg(file, backup);
        return false;
    }
    return true;
}

std::optional<UserBackup> newestGoodBackup(const UserBackups& backups)
{
    for (const UserBackup& backup : backups.list()) {
        if (checkFile(backup.path).state == FileCheck::State::Good)
            return backup;
    }
    return std::nullopt;
}

int newestUserVersion()
{
    QString error;
    const auto migrations = Migrator(SchemaSpec::user()).migrations(&error);
    return migrations ? migrations->last().version : 0;
}

// Recovers a damaged, foreign or missing user file; false only when that itself failed.
bool recover(const QString& file, const UserBackups& backups, QString* notice, QString* error)
{
    // A read-only file cannot be moved, restored or backed up: opening it says why.
    if (isUnwritable(file))
        return true;
    const FileCheck check = checkFile(file);
    if (check.state == FileCheck::State::Good) {
        // A newer Paperboy's file is not ours to upgrade or back up; openDatabase refuses it.
        if (check.version > 0 && check.version < newestUserVersion() &&
            !backups.backUpFile(file, error))
            return false;
        return true;
    }
    if (check.state == FileCheck::State::Empty)
        return true;
    std::optional<QString> aside;
    if (check.state == FileCheck::State::Bad && !(aside = moveDamagedAside(file, error)))
        return false;
    const auto backup = newestGoodBackup(backups);
    if (backup && !restore(backup->path, file, error))
        return false;
    if (check.state == FileCheck::State::Missing) {
        if (backup && notice)
            *notice = translate("%1 was missing; the backup of %2 was restored.")
                          .arg(file, dateText(backup->takenAt));
    } else if (notice) {
        *notice = backup ? translate("%1 could not be used (%2); it was moved to %3 and the "
                                     "backup of %4 was restored.")
                               .arg(file, check.reason, *aside, dateText(backup->takenAt))
                         : translate("%1 could not be used (%2); it was moved to %3. There is "
                                     "no backup: starting with empty user data.")
                               .arg(file, check.reason, *aside);
    }
    return true;
}

} // namespace

UserBackups::UserBackups(const QString& userFile)
    : m_directory(QFileInfo(userFile).absoluteDir().filePath(QStringLiteral("backups")))
{}

QList<UserBackup> UserBackups::list() const
{
    QList<UserBackup> found;
    const QDir dir(m_directory);
    for (const QString& name :
         dir.entryList({QStringLiteral("user-*.sqlite")}, QDir::Files, QDir::Name)) {
        const QString stamp = name.mid(5, name.size() - 5 - 7);
        // "-2" and so on follow the stamp when two backups share a millisecond.
        QDateTime taken =
            QDateTime::fromString(stamp.section(QLatin1Char('-'), 0, 0), stampFormat());
        taken.setTimeSpec(Qt::UTC);
        if (taken.isValid())
            found.append({dir.filePath(name), taken});
    }
    std::sort(found.begin(), found.end(), [](const UserBackup& a, const UserBackup& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return found;
}

QString UserBackups::newPartPath(QString* finalPath) const
{
    const QString base =
        QDir(m_directory)
            .filePath(QStringLiteral("user-") + stampText(QDateTime::currentDateTimeUtc()));
    *finalPath = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(*finalPath); ++n)
        *finalPath = base + QLatin1Char('-') + QString::number(n) + QStringLiteral(".sqlite");
    const QString part = *finalPath + QStringLiteral(".part");
    QFile::remove(part); // left by a crash: never whole
    return part;
}

std::optional<QString> UserBackups::finish(const QString& part, const QString& path,
                                           QString* error) const
{
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        if (error)
            *error = translate("Cannot finish the backup %1").arg(path);
        return std::nullopt;
    }
    prune();
    return path;
}

std::optional<QString> UserBackups::backUp(UserStore& store, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = translate("Cannot create the backup folder %1").arg(m_directory);
        return std::nullopt;
    }
    QString path;
    const QString part = newPartPath(&path);
    if (!store.copyTo(part, error)) {
        QFile::remove(part);
        return std::nullopt;
    }
    return finish(part, path, error);
}

bool UserBackups::backUpIfDue(UserStore& store, QString* error) const
{
    const QList<UserBackup> backups = list();
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    if ((!backups.isEmpty() && backups.constFirst().takenAt > dayAgo) || store.isEmpty())
        return true;
    return backUp(store, error).has_value();
}

std::optional<QString> UserBackups::backUpFile(const QString& file, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = translate("Cannot create the backup folder %1").arg(m_directory);
        return std::nullopt;
    }
    QString message;
    const auto connection = Connection::open(file, &message);
    QString path;
    const QString part = newPartPath(&path);
    bool ok = connection != nullptr;
    if (ok) {
        PreparedQuery vacuum(*connection, QStringLiteral("VACUUM INTO ?"), &message);
        ok = vacuum && vacuum.exec({part}, &message) && QFileInfo::exists(part);
    }
    if (!ok) {
        QFile::remove(part);
        if (error)
            *error = translate("Cannot back up %1 before upgrading it: %2").arg(file, message);
        return std::nullopt;
    }
    return finish(part, path, error);
}

void UserBackups::prune() const
{
    const QList<UserBackup> backups = list();
    for (qsizetype i = kept; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

std::unique_ptr<UserStore> openUserData(const DataPaths& paths, QString* notice, QString* error)
{
    if (!paths.ensureDirectories(error))
        return nullptr;
    const UserBackups backups(paths.userFile);
    if (!recover(paths.userFile, backups, notice, error))
        return nullptr;
    auto store = UserStore::open(paths, error);
    if (!store)
        return nullptr;
    QString backupError;
    // A failed daily backup must not keep the user from their data; it is retried next start.
    if (!backups.backUpIfDue(*store, &backupError))
        qWarning("paperboy: %s", qUtf8Printable(backupError));
    return store;
}

} // namespace paperboy::store
