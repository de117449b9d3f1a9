#pragma once

#include "rank/ForYou.h"
#include "store/cache/CacheReader.h"
#include "ui/common/ForYouModelState.h"
#include "ui/foryou/ForYouTrainer.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QToolButton;

namespace paperboy::ui {

class Actions;
class FeatureContext;
class ForYouPane;

// The reader's For you ranking in the window: the "Not interested" marks (X, written by the
// user-data thread, undoable), the day list's For you order, the For you tab and the reasons
// ("why") of each paper. The model is retrained by itself on a thread of its own
// (ForYouTrainer) a moment after the labels change; the GUI thread only looks scores up.
class ForYouController final : public QObject
{
    Q_OBJECT
public:
    // Label changes come in runs (a few bookmarks in a row): one training per run.
    static constexpr int retrainDelayMs = 1500;
    static constexpr int undoOfferMs = 15000;
    // A day not scored yet is scored when the reader has stayed on it this long, not while
    // days are flipped past.
    static constexpr int scoreDelayMs = 150;

    // `pane` may be null (no For you tab).
    ForYouController(FeatureContext& context, const Actions& actions, ForYouPane* pane,
                     QObject* parent = nullptr);
    ~ForYouController() override;

    const QSet<QString>& dismissed() const { return m_dismissed; }
    const rank::ScoreTable& scores() const { return m_scores; }
    const ForYouModelState& state() const { return m_state; }
    const ForYouTrainer& trainer() const { return *m_trainer; }
    // The reasons of `paperId`, empty when it was not scored.
    QStringList whyOf(const QString& paperId) const;
    // How many more bookmarks the model needs (0: enough).
    int bookmarksNeeded() const;
    // For the window's status bar: shown while a mark can be undone.
    QToolButton* undoButton() const;

    // The user file is open: reads the marks, then ranks.
    void start();
    void toggleDismissed(const QString& paperId);
    // Takes back the last Not interested change.
    void undo();
    // The bookmarks as the library has them now (left in the day's order, out of the view).
    void setBookmarks(const QSet<QString>& bookmarks);
    // A label was written (a bookmark added or removed): retrain a moment later.
    void labelsChanged();
    // The cached days, oldest first: the period of the For you tab is their newest ones.
    void setCachedDays(const QList<QDate>& days);
    // The day list shows `items`: its For you order is made from the scores (no text read).
    void dayShown(QDate day, const QList<store::PaperListItem>& items);
    // Deletes the model file (the marks stay) and trains a new one.
    void resetModel();
    void updateAction();

signals:
    // The day list's For you order: places by paper id, the reasons, the cold-start hint.
    void dayOrdered(const QHash<QString, int>& places, const QHash<QString, QStringList>& why,
                    const QString& hint);
    void dismissalsChanged(const QSet<QString>& dismissed);
    void stateChanged(const paperboy::ui::ForYouModelState& state);
    // New scores: the reasons of the paper on show may have changed.
    void scoresChanged();
    // The For you tab: a paper chosen, or wanted in its day's list.
    void paperChosen(const QString& paperId);
    void dayWanted(const QString& paperId, QDate day);
    // Show For You: the tab is wanted in front.
    void paneWanted();

private:
    void onDismissalWritten(const QString& id, bool on, bool ok, const QString& error);
    void onTrained(const ForYouRun& run);
    void retrainNow();
    void orderDay();
    void scoreShownDay();
    void updatePaneMessage();
    QString titleOf(const QString& paperId) const;
    QString coldStartHint() const;
    std::pair<QDate, QDate> period() const;

    FeatureContext& m_context;
    const Actions& m_actions;
    QPointer<ForYouPane> m_pane;
    std::unique_ptr<ForYouTrainer> m_trainer;
    QSet<QString> m_dismissed;
    QSet<QString> m_bookmarks;
    bool m_started = false;
    bool m_opened = false;   // the marks were read
    bool m_paneSeen = false; // the tab was on show once: its period is ranked from then on
    rank::ScoreTable m_scores;
    ForYouModelState m_state;
    QList<QDate> m_cachedDays;
    QDate m_day;
    QList<store::PaperListItem> m_dayItems;
    QSet<QDate> m_scoringDays; // asked of the trainer, not answered yet
    QTimer m_retrainTimer;
    QTimer m_scoreTimer;                                  // scoreDelayMs after a day is shown
    std::optional<std::pair<QString, bool>> m_lastChange; // what Undo takes back
    QTimer m_undoTimer;
    QPointer<QToolButton> m_undoButton; // placed in the window's status bar, but ours
};

} // namespace paperboy::ui
