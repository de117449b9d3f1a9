#pragma once

#include "summarize/SummaryRun.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;

namespace paperboy::ui {

class FeatureContext;
class SummaryStatusWidget;
class SummaryRuns;

// Summarize in Korean: the shown paper, the day, or the day's papers that no Korean source
// covers (and, as a setting, the papers each sync brings), through the endpoint of
// Settings → Summaries, on a thread of its own with a cancellable progress in the status bar.
class SummaryController final : public QObject
{
    Q_OBJECT
public:
    enum class Scope { Paper, Day, Uncovered };

    explicit SummaryController(FeatureContext& context, QObject* parent = nullptr);
    ~SummaryController() override;

    // For the window to place: the Summaries menu, its status-bar progress, and the action
    // the detail pane offers beside the paper.
    QMenu* menu() const { return m_menu; }
    SummaryStatusWidget* statusWidget() const { return m_status; }
    QAction* summarizePaperAction() const { return m_summarizePaper; }

    // `days`: these instead of the day shown.
    void start(Scope scope, const QList<QDate>& days = {});
    void cancel();
    // Sync wrote `day`; after the sync, summarizeSyncedDays() runs over those days when
    // Settings → Summaries says so.
    void noteSyncedDay(QDate day) { m_syncedDays.insert(day); }
    void summarizeSyncedDays();

signals:
    void settingsWanted();
    // A summary was stored for `paperId`: a paper on show is to be built again.
    void paperSummarized(const QString& paperId);
    void finished(int summarized, int failed);

private:
    QAction* addAction(const QString& text, const QString& name, const QKeySequence& shortcut);
    void makeThread();
    void onFinished(const summarize::SummaryTotals& totals, const QString& error);

    FeatureContext& m_context;
    std::unique_ptr<SummaryRuns> m_thread; // null until the first run
    QMenu* m_menu = nullptr;
    SummaryStatusWidget* m_status = nullptr;
    QAction* m_summarizePaper = nullptr;
    QAction* m_cancel = nullptr;
    QStringList m_failures; // of the current run
    QSet<QDate> m_syncedDays;
};

} // namespace paperboy::ui
