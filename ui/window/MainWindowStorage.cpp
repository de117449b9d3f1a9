// Settings > Storage's Clear Cache, and the tray icon that tells of new papers after a sync.
// The clearing runs on the writer thread, after every write queued before it; the window then
// shows its empty state, whose buttons offer to sync or import again.
#include "ui/window/MainWindow.h"

#include "store/WriterThread.h"
#include "ui/days/DateNavigator.h"
#include "ui/detail/DetailView.h"
#include "ui/import/ImportController.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/StoragePage.h"
#include "ui/window/TrayIcon.h"

#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

namespace paperboy::ui {

void MainWindow::clearCache(StoragePage* page)
{
    QPointer<StoragePage> asking(page);
    if (m_sync->isRunning() || m_import->isRunning()) {
        // Their writes would arrive after the clearing and fill the cache again, half.
        if (asking)
            asking->clearRefused(tr("A sync or an import is writing to the cache: cancel it or "
                                    "wait until it has finished, then clear the cache."));
        return;
    }
    if (isSearching())
        closeSearch();
    // Connected before asking: the writer may answer before clearCache() has returned here.
    auto ticket = std::make_shared<quint64>(0);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &writer(), &store::WriterThread::cacheCleared, this,
        [this, ticket, asking, connection](quint64 answered, bool ok, const QString& error) {
            if (answered != *ticket)
                return;
            disconnect(*connection);
            // The reader's next query sees the empty cache; the calendar and list follow.
            m_writtenSinceRefresh.clear();
            reloadCachedDays();
            showDay(m_day.isValid() ? m_day : QDate::currentDate());
            statusBar()->showMessage(ok ? tr("The cache is empty.")
                                        : tr("The cache could not be cleared: %1").arg(error));
            if (asking)
                asking->clearFinished(ok, error);
            emit cacheCleared(ok);
        },
        Qt::QueuedConnection);
    *ticket = writer().clearCache();
}

void MainWindow::enforceCacheLimit()
{
    const CacheLimit limit = CacheLimit::load();
    if (limit.megabytes == 0 || !QFileInfo::exists(m_paths.cacheFile) || m_sync->isRunning() ||
        m_import->isRunning())
        return;
    auto ticket = std::make_shared<quint64>(0);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &writer(), &store::WriterThread::cachePruned, this,
        [this, ticket, connection, limit](quint64 answered, const QList<QDate>& days, bool ok,
                                          const QString& error) {
            if (answered != *ticket)
                return;
            disconnect(*connection);
            if (!ok)
                statusBar()->showMessage(
                    tr("The cache could not be kept under its limit: %1").arg(error));
            if (days.isEmpty())
                return;
            reloadCachedDays();
            showDayKeepingPaper(m_day, currentPaperId());
            statusBar()->showMessage(
                tr("%n oldest day(s) left the cache to keep it under %1.", "", int(days.size()))
                    .arg(QLocale().formattedDataSize(limit.bytes())));
            emit cachePruned(days);
        },
        Qt::QueuedConnection);
    *ticket = writer().pruneCache(limit.bytes());
}

TrayIcon* MainWindow::trayIcon()
{
    if (!m_tray)
        m_tray = new TrayIcon(*this);
    return m_tray;
}

void MainWindow::applyTraySetting(const SyncSettings& settings)
{
    if (settings.trayIcon || m_tray)
        trayIcon()->setWanted(settings.trayIcon);
}

} // namespace paperboy::ui
