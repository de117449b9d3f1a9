#include "ui/common/LibrarySyncThread.h"

#include "libsync/LibrarySync.h"

#include <QDir>

namespace paperboy::ui {

// Lives on the library sync thread, where its connection to the user file is opened; answers
// by emitting the owner's signals, which Qt queues to the owner's thread.
class LibrarySyncThread::Worker final
{
public:
    Worker(LibrarySyncThread* owner, store::DataPaths paths)
        : m_owner(owner), m_paths(std::move(paths))
    {}

    void reportStatus()
    {
        LibrarySyncStatus status;
        status.error = m_error;
        if (open()) {
            status.folder = m_sync->folder();
            status.deviceName = m_sync->deviceName();
            status.deviceId = m_sync->deviceId();
            status.pending = m_sync->pendingChanges();
            const QDir folder(status.folder);
            if (!status.folder.isEmpty()) {
                // Our own log is left out: our own writes need no merge.
                const QString own = status.deviceId + QStringLiteral(".jsonl");
                for (const QString& name :
                     folder.entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
                    if (name != own)
                        status.logFiles.append(folder.filePath(name));
                }
            }
        }
        status.reachable = m_reachable;
        status.machines = m_machines;
        status.lastInStep = m_lastInStep;
        emit m_owner->statusChanged(status);
    }

    void sync(bool onlyFlush)
    {
        if (!open() || m_sync->folder().isEmpty())
            return reportStatus();
        if (onlyFlush && m_sync->pendingChanges() == 0)
            return;
        QString error;
        const auto report = onlyFlush ? m_sync->flush(&error) : m_sync->sync(&error);
        m_error = report ? QString() : error;
        if (report) {
            m_reachable = report->folderReachable;
            if (report->folderReachable && !onlyFlush) {
                m_lastInStep = report->at;
                m_machines = int(report->devices.size());
            }
            if (report->receivedTotal() > 0)
                emit m_owner->libraryMerged();
        }
        reportStatus();
    }

    void setFolder(const QString& folder)
    {
        if (open() && !m_sync->setFolder(folder, &m_error))
            return reportStatus();
        m_error.clear();
        m_lastInStep = {};
        m_machines = 0;
        sync(false);
    }

    void setDeviceName(const QString& name)
    {
        if (open() && !m_sync->setDeviceName(name, &m_error))
            return reportStatus();
        // Our next records carry the new name; the others learn it from them.
        reportStatus();
    }

private:
    bool open()
    {
        if (!m_sync)
            m_sync = libsync::LibrarySync::open(m_paths, &m_error);
        return m_sync != nullptr;
    }

    LibrarySyncThread* m_owner;
    store::DataPaths m_paths;
    std::unique_ptr<libsync::LibrarySync> m_sync;
    QString m_error;
    bool m_reachable = false;
    int m_machines = 0;
    QDateTime m_lastInStep;
};

LibrarySyncThread::LibrarySyncThread(const store::DataPaths& paths, QObject* parent)
    : QObject(parent), m_thread(QStringLiteral("paperboy-library-sync"),
                                [this, paths] { return std::make_unique<Worker>(this, paths); })
{
    qRegisterMetaType<LibrarySyncStatus>();
}

LibrarySyncThread::~LibrarySyncThread()
{
    // Queued requests run first: a flush asked for before closing still happens. The worker
    // emits this object's signals, so the thread stops while this object is whole.
    m_thread.stop();
}

void LibrarySyncThread::requestStatus()
{
    m_thread.call([](Worker& worker) { worker.reportStatus(); });
}

void LibrarySyncThread::syncNow()
{
    m_thread.call([](Worker& worker) { worker.sync(false); });
}

void LibrarySyncThread::flushIfPending()
{
    m_thread.call([](Worker& worker) { worker.sync(true); });
}

void LibrarySyncThread::setFolder(const QString& folder)
{
    m_thread.call([folder](Worker& worker) { worker.setFolder(folder); });
}

void LibrarySyncThread::setDeviceName(const QString& name)
{
    m_thread.call([name](Worker& worker) { worker.setDeviceName(name); });
}

} // namespace paperboy::ui
