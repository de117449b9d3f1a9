#pragma once

#include "summarize/SummaryQueue.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace paperboy::ui {

// The status bar's part for a summary run: a progress bar, the running count of requests and
// tokens (what the run costs), and Cancel. Hidden while no run goes.
class SummaryStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryStatusWidget(QWidget* parent = nullptr);

    void setRunning(int done, int total);
    void setCounts(const summarize::SummaryCounts& counts);
    void setCancelling();
    void setIdle();
    QString countsText() const; // what the label shows, for tests

signals:
    void cancelRequested();

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_counts = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace paperboy::ui
