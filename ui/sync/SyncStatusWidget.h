#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace paperboy::ui {

// Sync's corner of the status bar, apart from the import's so the two never fight over one
// widget: "Offline — showing cached papers", "Syncing 3/14…" with a bar and Cancel while a
// sync runs, and "Sync: 2 failed" (opens the Sync Log) after a run with failures.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setRunning(int done, int total, bool cancelling);
    void setIdle();
    void setOffline(bool offline);
    // 0 hides the indicator.
    void setFailures(int failed, const QString& details);

    bool isRunning() const;
    QString progressText() const;
    QString failureText() const;
    bool isOfflineShown() const;

signals:
    void cancelRequested();
    void logRequested();

private:
    QLabel* m_offline = nullptr;
    bool m_offlineReported = false; // what the network backend said last
    QToolButton* m_failures = nullptr;
    QWidget* m_progress = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace paperboy::ui
