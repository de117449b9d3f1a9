#include "ui/library/LibrarySyncController.h"

#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"

#include <QFileInfo>
#include <QLocale>

namespace paperboy::ui {
namespace {

constexpr int periodicLookMs = 60 * 1000;
constexpr int flushLookMs = 3 * 1000;
constexpr int settleMs = 1500;
constexpr int lateStartMs = 3000;

} // namespace

LibrarySyncController::LibrarySyncController(FeatureContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{
    m_periodic.setInterval(periodicLookMs);
    m_flush.setInterval(flushLookMs);
    m_settle.setInterval(settleMs);
    m_settle.setSingleShot(true);
    LibrarySyncThread& sync = m_context.librarySync();
    connect(&m_periodic, &QTimer::timeout, &sync, &LibrarySyncThread::syncNow);
    connect(&m_flush, &QTimer::timeout, &sync, &LibrarySyncThread::flushIfPending);
    connect(&m_settle, &QTimer::timeout, &sync, &LibrarySyncThread::syncNow);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        // A log replaced by a rename (a compaction, a sync engine's copy) would keep the watch
        // on the file it replaced: the path is watched again, so the watch follows the log.
        m_watcher.removePath(path);
        if (QFileInfo::exists(path))
            m_watcher.addPath(path);
        m_settle.start();
    });
    connect(&sync, &LibrarySyncThread::statusChanged, this, &LibrarySyncController::onStatus);
    connect(&sync, &LibrarySyncThread::libraryMerged, this, &LibrarySyncController::libraryChanged);
    // After the user file is open: its recovery and migrations come first. The window may
    // have asked for it before this existed, so a late start follows in any case.
    connect(&m_context.userData(), &UserDataThread::opened, this, &LibrarySyncController::start);
    QTimer::singleShot(lateStartMs, this, &LibrarySyncController::start);
}

void LibrarySyncController::start()
{
    if (std::exchange(m_started, true))
        return;
    m_context.librarySync().syncNow();
    m_periodic.start();
    m_flush.start();
}

void LibrarySyncController::onStatus(const LibrarySyncStatus& status)
{
    // The folder for logs that come and go (a sync engine's rename), each log for appends.
    QStringList watched = status.logFiles;
    if (!status.folder.isEmpty())
        watched.append(status.folder);
    const QStringList old = m_watcher.files() + m_watcher.directories();
    for (const QString& path : old) {
        if (!watched.contains(path))
            m_watcher.removePath(path);
    }
    bool added = false;
    for (const QString& path : watched) {
        if (!old.contains(path))
            added = m_watcher.addPath(path) || added; // fails quietly for an absent folder
    }
    // A log that appeared, or grew, after the merge read the folder and before its watch was
    // added here tells no watcher: one more merge reads it, and the watches see what follows.
    if (added)
        m_settle.start();
    emit statusTextChanged(statusText(status));
}

QString LibrarySyncController::statusText(const LibrarySyncStatus& status)
{
    if (status.folder.isEmpty())
        return {};
    if (!status.error.isEmpty())
        return tr("Library not in step: %1").arg(status.error);
    if (!status.reachable)
        return tr("Library folder not there · %n change(s) wait", nullptr, status.pending);
    if (!status.lastInStep.isValid())
        return tr("Library: sending changes…");
    return tr("Library in step %1 · %n machine(s)", nullptr, status.machines)
        .arg(QLocale().toString(status.lastInStep.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace paperboy::ui
