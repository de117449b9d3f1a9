#pragma once

#include "core/WorkerThread.h"
#include "store/db/DataPaths.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace paperboy::ui {

// Where keeping the library in step through a folder stands (docs/library-sync.md).
struct LibrarySyncStatus
{
    QString folder; // empty: off
    QString deviceName;
    QString deviceId;
    bool reachable = false;
    int machines = 0;     // this one included, as last seen in the folder
    QDateTime lastInStep; // UTC; invalid before the first merge
    int pending = 0;      // changes waiting for the folder
    QString error;        // the last failure, empty when the last pass worked
    QStringList logFiles; // the folder's *.jsonl, for a file watcher (listed off the GUI thread)
};

// The window's library sync on a thread of its own, with a connection of its own to the user
// file (libsync::LibrarySync): merging reads every other machine's log and must never make the
// GUI thread wait. Requests run in order and answer with statusChanged(); none of them waits.
class LibrarySyncThread final : public QObject
{
    Q_OBJECT
public:
    explicit LibrarySyncThread(const store::DataPaths& paths, QObject* parent = nullptr);
    ~LibrarySyncThread() override;

    void requestStatus();
    void syncNow();        // send what waits, merge the others' logs
    void flushIfPending(); // send what waits, if anything does (a cheap look otherwise)
    void setFolder(const QString& folder); // empty: off
    void setDeviceName(const QString& name);

signals:
    void statusChanged(const paperboy::ui::LibrarySyncStatus& status);
    // Other machines' changes were written to the user file: what the window shows is stale.
    void libraryMerged();

private:
    class Worker;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::ui::LibrarySyncStatus)
