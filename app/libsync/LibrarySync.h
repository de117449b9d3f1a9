#pragma once

#include "libsync/Hlc.h"
#include "store/db/DataPaths.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace paperboy::store {
class Connection;
}

namespace paperboy::libsync {

class FolderLog;
struct Record;

// What one flush or sync did, for `userdata sync` and the window's status line.
struct SyncReport
{
    QString folder;
    bool folderReachable = false;   // false: nothing was read or written, changes wait
    int published = 0;              // records this device wrote to its log
    QMap<QString, int> received;    // kind -> records of other devices that changed our data
    int notesKeptBoth = 0;          // notes now holding texts of edits made apart
    int skippedLines = 0;           // lines that are not records (damaged, hostile, newer)
    QMap<QString, QString> devices; // device id -> name, every device seen (this one too)
    QDateTime at;                   // UTC
    int receivedTotal() const;
};

// Keeps the user file in step with other machines through a folder (docs/library-sync.md).
// The triggers of user migration 007 queue every change in the outbox in the change's own
// transaction; flush() writes them to this device's log, sync() does that and merges every
// other device's log. It has a connection of its own to the user file, so like every
// Connection it belongs to the thread that opened it.
class LibrarySync final
{
public:
    static std::unique_ptr<LibrarySync> open(const store::DataPaths& paths, QString* error,
                                             HybridClock::WallClock wall = {});
    ~LibrarySync();

    QString folder() const; // empty when off
    // Sets the folder (it must exist) or turns it off with an empty one; a new folder gets the
    // whole library on the next flush.
    bool setFolder(const QString& chosen, QString* error);
    QString deviceId() const { return m_deviceId; }
    QString deviceName() const;
    bool setDeviceName(const QString& name, QString* error);
    int pendingChanges() const; // keys queued for the folder

    // Writes the queued changes to our log; with the folder off or away nothing happens.
    std::optional<SyncReport> flush(QString* error);
    // flush() and then merges every other device's log; compacts our log when it is due.
    std::optional<SyncReport> sync(QString* error);
    // Rewrites our log as its newest record per key (a snapshot), when it holds more than
    // `minimumLines` lines.
    bool compact(int minimumLines, QString* error);

private:
    LibrarySync(std::unique_ptr<store::Connection> connection, HybridClock::WallClock wall);
    bool loadState(QString* error);
    QString state(const QString& name) const;
    bool setState(const QString& name, const QString& value, QString* error);
    bool queueEverything(QString* error);
    bool publish(FolderLog& log, SyncReport& report, QString* error);
    bool apply(const Record& record, SyncReport& report, QString* error);
    bool applyNote(const Record& record, SyncReport& report, QString* error);
    bool applyLatest(const Record& record, SyncReport& report, QString* error);
    bool applyQuestion(const Record& record, SyncReport& report, QString* error);

    std::unique_ptr<store::Connection> m_connection;
    HybridClock::WallClock m_wall;
    QString m_deviceId;
    std::unique_ptr<HybridClock> m_clock;
};

} // namespace paperboy::libsync
