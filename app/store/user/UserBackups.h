#pragma once

#include "store/db/DataPaths.h"
#include "store/user/UserStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace paperboy::store {

struct UserBackup
{
    QString path;
    QDateTime takenAt; // UTC, from the file name (a copied file's mtime would lie)
};

// The rotating backups of the user file: "backups/user-YYYYMMDDTHHMMSSzzzZ.sqlite" beside it,
// the newest `kept` of them kept. Each is written with VACUUM INTO to a ".part" name and then
// renamed, so a backup file that exists is whole.
class UserBackups final
{
public:
    static constexpr int kept = 7;

    explicit UserBackups(const QString& userFile);

    const QString& directory() const { return m_directory; }
    QList<UserBackup> list() const; // newest first
    // A backup now, then the oldest beyond `kept` removed. The new backup's path, or nullopt.
    std::optional<QString> backUp(UserStore& store, QString* error) const;
    // backUp() unless one was taken in the last 24 hours; true when nothing failed.
    bool backUpIfDue(UserStore& store, QString* error) const;
    // The same for a file not yet open as a UserStore (before a schema upgrade).
    std::optional<QString> backUpFile(const QString& file, QString* error) const;

private:
    QString newPartPath(QString* finalPath) const;
    std::optional<QString> finish(const QString& part, const QString& path, QString* error) const;
    void prune() const;

    QString m_directory;
};

// What the app and the CLI open. Before opening, the user file is checked (PRAGMA quick_check,
// application_id, schema version): a damaged or foreign file is moved aside to
// "<file>.damaged-<time>" (with its -wal and -shm, never deleted) and the newest backup that
// passes the same check is restored, and so is a missing file when a backup exists. `notice`
// then says what happened, naming the backup's date. A file about to be upgraded is backed up
// first, and the daily backup is taken once it is open.
std::unique_ptr<UserStore> openUserData(const DataPaths& paths, QString* notice, QString* error);

} // namespace paperboy::store
