#include "ui/sync/SyncPresenter.h"

#include "store/cache/WriterThread.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/sync/BackfillDialog.h"
#include "ui/sync/SyncLogDialog.h"
#include "ui/sync/SyncLogModel.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAction>

namespace paperboy::ui {
namespace {

QString summaryText(const sync::SyncSummary& summary)
{
    if (summary.cancelled > 0)
        return SyncPresenter::tr("Sync cancelled: %1 new, %2 unchanged.")
            .arg(summary.fetched)
            .arg(summary.unchanged);
    return SyncPresenter::tr("Sync done: %1 new, %2 unchanged, %3 not published, %4 failed.")
        .arg(summary.fetched)
        .arg(summary.unchanged)
        .arg(summary.missing)
        .arg(summary.failed);
}

} // namespace

SyncPresenter::SyncPresenter(FeatureContext& context, const Actions& actions,
                             const SyncSetup& setup, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions),
      m_sync(std::make_unique<SyncController>(
          context.paths(), [&context]() -> store::WriterThread& { return context.writer(); },
          setup)),
      m_status(new SyncStatusWidget(context.window()))
{
    SyncController& sync = *m_sync;
    connect(actions.sync, &QAction::triggered, &sync, &SyncController::syncNow);
    connect(actions.syncDay, &QAction::triggered, this, [this] {
        const QDate day = m_context.focus().day();
        m_sync->syncDay(day.isValid() ? day : QDate::currentDate());
    });
    connect(actions.backfill, &QAction::triggered, this, &SyncPresenter::showBackfillDialog);
    connect(actions.cancelSync, &QAction::triggered, m_status, &SyncStatusWidget::cancelRequested);
    connect(actions.syncLog, &QAction::triggered, this, &SyncPresenter::showLog);

    connect(&sync, &SyncController::started, this, [this](int total) {
        m_status->setRunning(0, total, false);
        m_actions.cancelSync->setEnabled(true);
    });
    connect(&sync, &SyncController::progressChanged, this, [this](int done, int total) {
        m_status->setRunning(done, total, m_sync->isCancelling());
    });
    connect(&sync, &SyncController::finished, this, &SyncPresenter::onFinished);
    connect(&sync, &SyncController::onlineChanged, this,
            [this](bool online) { m_status->setOffline(!online); });
    connect(m_status, &SyncStatusWidget::cancelRequested, this, [this] {
        if (!m_sync->isRunning())
            return;
        m_sync->cancel();
        m_status->setRunning(0, 0, true);
    });
    connect(m_status, &SyncStatusWidget::logRequested, this, &SyncPresenter::showLog);
}

SyncPresenter::~SyncPresenter() = default;

void SyncPresenter::onFinished(const sync::SyncSummary& summary)
{
    m_status->setIdle();
    m_actions.cancelSync->setEnabled(false);
    if (summary.reachedNoServer()) {
        // Offline, not 30 failures: the offline label is shown (onlineChanged), the days keep
        // their state, the Sync Log has the errors, and the controller tries again later.
        // Said once: the permanent offline label already reads the same.
        m_status->setFailures(0, {});
        if (!m_status->isOfflineShown())
            m_context.showStatus(tr("Offline \u2014 showing cached papers"));
        return;
    }
    m_status->setFailures(summary.failed, summaryText(summary));
    m_context.showStatus(summaryText(summary));
}

void SyncPresenter::showLog()
{
    if (!m_log)
        m_log = new SyncLogDialog(*m_sync->log(), m_context.window());
    m_log->show();
    m_log->raise();
    m_log->activateWindow();
}

void SyncPresenter::showBackfillDialog()
{
    auto* dialog = new BackfillDialog(QDate::currentDate(), m_context.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_sync->backfill(dialog->from(), dialog->to()); });
    dialog->open();
}

} // namespace paperboy::ui
