// The reader window's side of sync: the Sync menu, the status-bar progress, the offline label
// and failure indicator, and the dialogs. Days that sync writes refresh the window through the
// same throttled path as imported ones (noteWrittenDay). Nothing here is ever modal on its own:
// failures go to the status bar and the Sync Log, dialogs open only when the user asks.
#include "ui/window/MainWindow.h"

#include "ui/settings/SettingsDialog.h"
#include "ui/settings/StoragePage.h"
#include "ui/style/Theme.h"
#include "ui/sync/BackfillDialog.h"
#include "ui/sync/SyncLogDialog.h"
#include "ui/sync/SyncLogModel.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/window/Actions.h"
#include "ui/window/TrayIcon.h"

#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/settings/AppearanceSettings.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

QString summaryText(const sync::SyncSummary& summary)
{
    if (summary.cancelled > 0)
        return MainWindow::tr("Sync cancelled: %1 new, %2 unchanged.")
            .arg(summary.fetched)
            .arg(summary.unchanged);
    return MainWindow::tr("Sync done: %1 new, %2 unchanged, %3 not published, %4 failed.")
        .arg(summary.fetched)
        .arg(summary.unchanged)
        .arg(summary.missing)
        .arg(summary.failed);
}

} // namespace

void MainWindow::connectSync()
{
    SyncController& sync = *m_sync;
    const Actions& a = *m_actions;
    connect(a.sync, &QAction::triggered, &sync, &SyncController::syncNow);
    connect(a.syncDay, &QAction::triggered, this,
            [this] { m_sync->syncDay(m_day.isValid() ? m_day : QDate::currentDate()); });
    connect(a.backfill, &QAction::triggered, this, &MainWindow::showBackfillDialog);
    connect(a.cancelSync, &QAction::triggered, m_syncStatus, &SyncStatusWidget::cancelRequested);
    connect(a.syncLog, &QAction::triggered, this, &MainWindow::showSyncLog);
    connect(a.syncSources, &QAction::triggered, this,
            [this] { showSettings(SettingsPage::Sources); });
    connect(a.syncSettings, &QAction::triggered, this, &MainWindow::showSyncSettings);
    connect(a.settings, &QAction::triggered, this, [this] { showSettings(SettingsPage::Sync); });

    connect(&sync, &SyncController::started, this, [this](int total) {
        m_syncStatus->setRunning(0, total, false);
        m_actions->cancelSync->setEnabled(true);
    });
    connect(&sync, &SyncController::progressChanged, this, [this](int done, int total) {
        m_syncStatus->setRunning(done, total, m_sync->isCancelling());
    });
    connect(&sync, &SyncController::dayUpdated, this, &MainWindow::noteWrittenDay);
    connect(&sync, &SyncController::finished, this, &MainWindow::onSyncFinished);
    connect(&sync, &SyncController::onlineChanged, this,
            [this](bool online) { m_syncStatus->setOffline(!online); });
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, this, [this] {
        if (!m_sync->isRunning())
            return;
        m_sync->cancel();
        m_syncStatus->setRunning(0, 0, true);
    });
    connect(m_syncStatus, &SyncStatusWidget::logRequested, this, &MainWindow::showSyncLog);
    // The automatic sync starts after the window's first paint (MainWindow::event).
}

void MainWindow::onSyncFinished(const sync::SyncSummary& summary)
{
    if (!m_writtenSinceRefresh.isEmpty()) {
        m_refreshTimer.stop();
        refreshAfterWrites();
    }
    m_followLatest = false;
    m_syncStatus->setIdle();
    m_actions->cancelSync->setEnabled(false);
    summarizeSyncedDays(); // MainWindowSummaries.cpp; only when the setting says so
    if (summary.reachedNoServer()) {
        // Offline, not 30 failures: the offline label is shown (onlineChanged), the days keep
        // their state, the Sync Log has the errors, and the controller tries again later.
        // Said once: the permanent offline label already reads the same.
        m_syncStatus->setFailures(0, {});
        if (!m_syncStatus->isOfflineShown())
            statusBar()->showMessage(tr("Offline \u2014 showing cached papers"), statusMessageMs);
        return;
    }
    m_syncStatus->setFailures(summary.failed, summaryText(summary));
    statusBar()->showMessage(summaryText(summary), statusMessageMs);
    if (m_tray)
        m_tray->notifyNewPapers(summary.newPapers);
    enforceCacheLimit();
}

void MainWindow::showSyncLog()
{
    if (!m_syncLog)
        m_syncLog = new SyncLogDialog(*m_sync->log(), this);
    m_syncLog->show();
    m_syncLog->raise();
    m_syncLog->activateWindow();
}

void MainWindow::showBackfillDialog()
{
    auto* dialog = new BackfillDialog(QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_sync->backfill(dialog->from(), dialog->to()); });
    dialog->open();
}

void MainWindow::setDetailFontSize(int points)
{
    QFont font = QApplication::font();
    if (points > 0)
        font.setPointSize(points);
    if (m_detail->browser()->font() == font)
        return;
    m_detail->browser()->setFont(font);
    // Headings are sized from the font when the paper is built: build it again.
    renderPaper(m_detail->shownPaperId());
}

void MainWindow::showSyncSettings()
{
    showSettings(SettingsPage::Sync);
}

void MainWindow::showSettings(SettingsPage page)
{
    if (auto* open = findChild<SettingsDialog*>()) {
        open->showPage(page);
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog =
        new SettingsDialog(m_sync->settings(), m_paths, m_sync->setup().sourcesFile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(page);
    connect(dialog, &SettingsDialog::syncSettingsChanged, m_sync.get(),
            &SyncController::applySettings);
    connect(dialog, &SettingsDialog::syncSettingsChanged, this, &MainWindow::applyTraySetting);
    connect(dialog, &SettingsDialog::sourcesChanged, m_sync.get(), &SyncController::reloadSources);
    connect(qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage)),
            &StoragePage::cacheLimitChanged, this, &MainWindow::enforceCacheLimit);
    connect(dialog, &SettingsDialog::clearCacheRequested, this, [this, dialog] {
        clearCache(qobject_cast<StoragePage*>(dialog->page(SettingsPage::Storage)));
    });
    connect(dialog, &SettingsDialog::appearanceChanged, this, &MainWindow::applyAppearance);
    connect(dialog, &SettingsDialog::thumbnailSettingsChanged, this,
            &MainWindow::applyThumbnailSettings);
    connect(dialog, &SettingsDialog::pdfSettingsChanged, this, &MainWindow::applyPdfSettings);
    connect(dialog, &SettingsDialog::fetchMissingPdfsRequested, this,
            &MainWindow::fetchMissingPdfs);
    dialog->open();
}

void MainWindow::applyAppearance(const AppearanceSettings& appearance)
{
    applyTheme(appearance.theme);
    setDetailFontSize(appearance.detailFontPoints);
}

} // namespace paperboy::ui
