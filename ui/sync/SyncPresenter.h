#pragma once

#include "ui/sync/SyncController.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace paperboy::ui {

class Actions;
class FeatureContext;
class SyncLogDialog;
class SyncStatusWidget;

// The reader's side of sync: the Sync menu's commands, the status-bar progress, the offline
// label and failure indicator, the Sync Log and the Backfill dialog. Nothing here is modal on
// its own: failures go to the status bar and the Sync Log, dialogs open only when asked for.
class SyncPresenter final : public QObject
{
    Q_OBJECT
public:
    SyncPresenter(FeatureContext& context, const Actions& actions, const SyncSetup& setup,
                  QObject* parent = nullptr);
    ~SyncPresenter() override;

    SyncController& controller() const { return *m_sync; }
    // For the window's status bar.
    SyncStatusWidget* statusWidget() const { return m_status; }
    void showLog();

private:
    void onFinished(const sync::SyncSummary& summary);
    void showBackfillDialog();

    FeatureContext& m_context;
    const Actions& m_actions;
    std::unique_ptr<SyncController> m_sync; // writes through the context's writer
    SyncStatusWidget* m_status = nullptr;
    QPointer<SyncLogDialog> m_log;
};

} // namespace paperboy::ui
