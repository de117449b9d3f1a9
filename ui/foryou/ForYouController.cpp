#include "ui/foryou/ForYouController.h"

#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/foryou/ForYouListModel.h"
#include "ui/foryou/ForYouPane.h"

#include <QAction>
#include <QToolButton>

#include <algorithm>

namespace paperboy::ui {

ForYouController::ForYouController(FeatureContext& context, const Actions& actions,
                                   ForYouPane* pane, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions), m_pane(pane),
      m_trainer(std::make_unique<ForYouTrainer>(context.paths()))
{
    UserDataThread& user = context.userData();
    connect(&user, &UserDataThread::dismissalsLoaded, this, [this](const QSet<QString>& ids) {
        m_dismissed = ids;
        m_opened = true;
        emit dismissalsChanged(m_dismissed);
        retrainNow();
    });
    connect(&user, &UserDataThread::dismissalWritten, this, &ForYouController::onDismissalWritten);
    connect(m_trainer.get(), &ForYouTrainer::finished, this, &ForYouController::onTrained);
    connect(m_trainer.get(), &ForYouTrainer::scored, this, [this](const rank::ScoreTable& more) {
        m_scoringDays.clear();
        m_scores.insert(more);
        // A day left since it was asked for is only kept: ordering again the day on show
        // (and its Why line) would cost the switch in progress for nothing.
        const bool shownDay = std::any_of(
            m_dayItems.cbegin(), m_dayItems.cend(),
            [&more](const store::PaperListItem& item) { return more.contains(item.id); });
        if (!shownDay)
            return;
        orderDay();
        emit scoresChanged();
    });
    m_scoreTimer.setSingleShot(true);
    m_scoreTimer.setInterval(scoreDelayMs);
    connect(&m_scoreTimer, &QTimer::timeout, this, &ForYouController::scoreShownDay);
    m_retrainTimer.setSingleShot(true);
    m_retrainTimer.setInterval(retrainDelayMs);
    connect(&m_retrainTimer, &QTimer::timeout, this, &ForYouController::retrainNow);

    connect(actions.notInterested, &QAction::triggered, this,
            [this] { toggleDismissed(m_context.focus().commandPaperId()); });
    connect(actions.showForYou, &QAction::triggered, this, &ForYouController::paneWanted);
    m_undoButton = new QToolButton(context.window());
    m_undoButton->setObjectName(QStringLiteral("undoNotInterestedButton"));
    m_undoButton->setAutoRaise(true);
    m_undoButton->setText(tr("Undo"));
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &ForYouController::undo);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(undoOfferMs);
    connect(&m_undoTimer, &QTimer::timeout, m_undoButton, &QToolButton::hide);

    if (m_pane) {
        connect(m_pane, &ForYouPane::paperChosen, this, &ForYouController::paperChosen);
        connect(m_pane, &ForYouPane::dayWanted, this, &ForYouController::dayWanted);
        connect(m_pane, &ForYouPane::periodChanged, this, &ForYouController::retrainNow);
        connect(m_pane, &ForYouPane::shown, this, [this] {
            if (!std::exchange(m_paneSeen, true))
                retrainNow();
        });
    }
    updatePaneMessage();
}

// The button goes with its controller; the trainer cancels its run as it is destroyed.
ForYouController::~ForYouController()
{
    delete m_undoButton;
}

QToolButton* ForYouController::undoButton() const
{
    return m_undoButton.data();
}

QStringList ForYouController::whyOf(const QString& paperId) const
{
    const auto found = m_scores.constFind(paperId);
    return found == m_scores.cend() ? QStringList() : found->why;
}

int ForYouController::bookmarksNeeded() const
{
    return std::max(0, rank::minimumBookmarks - int(m_bookmarks.size()));
}

void ForYouController::start()
{
    if (std::exchange(m_started, true))
        return;
    m_context.userData().loadDismissals();
}

void ForYouController::toggleDismissed(const QString& paperId)
{
    if (paperId.isEmpty()) {
        m_context.showStatus(tr("Select a paper first."));
        return;
    }
    const bool on = !m_dismissed.contains(paperId);
    if (on)
        m_dismissed.insert(paperId);
    else
        m_dismissed.remove(paperId);
    m_lastChange = std::make_pair(paperId, on);
    emit dismissalsChanged(m_dismissed);
    if (m_pane)
        m_pane->setDismissed(m_dismissed);
    orderDay();
    updateAction();
    m_context.userData().setDismissed(paperId, on);
    const QString name = titleOf(paperId);
    m_context.showStatus(
        on ? tr("Marked %1 as not interested: it sinks in the For you order.").arg(name)
           : tr("%1 is no longer marked as not interested.").arg(name),
        undoOfferMs);
    m_undoButton->show();
    m_undoTimer.start();
}

void ForYouController::undo()
{
    if (!m_lastChange)
        return;
    const auto [id, on] = *std::exchange(m_lastChange, std::nullopt);
    m_undoTimer.stop();
    m_undoButton->hide();
    if (on)
        m_dismissed.remove(id);
    else
        m_dismissed.insert(id);
    emit dismissalsChanged(m_dismissed);
    if (m_pane)
        m_pane->setDismissed(m_dismissed);
    orderDay();
    updateAction();
    m_context.userData().setDismissed(id, !on);
    m_context.showStatus(tr("Undone: %1 is as it was.").arg(titleOf(id)));
}

void ForYouController::onDismissalWritten(const QString& id, bool on, bool ok, const QString& error)
{
    if (!ok) {
        // Put the mark back as the file has it.
        if (on)
            m_dismissed.remove(id);
        else
            m_dismissed.insert(id);
        emit dismissalsChanged(m_dismissed);
        orderDay();
        updateAction();
        m_context.showStatus(tr("The Not interested mark was not saved: %1").arg(error));
        return;
    }
    labelsChanged();
}

void ForYouController::setBookmarks(const QSet<QString>& bookmarks)
{
    m_bookmarks = bookmarks;
    if (!m_state.known)
        updatePaneMessage();
}

void ForYouController::labelsChanged()
{
    m_retrainTimer.start(); // restarted by every change of a run
}

void ForYouController::setCachedDays(const QList<QDate>& days)
{
    const auto before = period();
    m_cachedDays = days;
    if (m_opened && period() != before)
        m_retrainTimer.start(); // new days (a sync, an import): the tab ranks the new period
}

std::pair<QDate, QDate> ForYouController::period() const
{
    // The tab's papers are read with their texts and ranked: at start-up with a large cache,
    // a third of the process's CPU time before it went idle, for a tab not on show.
    if (m_cachedDays.isEmpty() || !m_paneSeen)
        return {};
    const int wanted = m_pane ? m_pane->periodDays() : 7;
    const qsizetype first = std::max<qsizetype>(0, m_cachedDays.size() - wanted);
    return {m_cachedDays.at(first), m_cachedDays.constLast()};
}

void ForYouController::retrainNow()
{
    m_retrainTimer.stop();
    if (!m_opened)
        return;
    const auto [from, to] = period();
    QList<QDate> days;
    if (m_day.isValid())
        days.append(m_day);
    m_trainer->retrain(days, from, to);
    updatePaneMessage();
}

void ForYouController::resetModel()
{
    m_retrainTimer.stop();
    const auto [from, to] = period();
    QList<QDate> days;
    if (m_day.isValid())
        days.append(m_day);
    m_scores.clear();
    m_state = {};
    emit stateChanged(m_state);
    m_trainer->reset(days, from, to);
    orderDay();
    updatePaneMessage();
    emit scoresChanged();
}

void ForYouController::onTrained(const ForYouRun& run)
{
    m_scores = run.scores;
    m_state = run.state;
    if (m_pane) {
        m_pane->setPapers(run.period);
        m_pane->setDismissed(m_dismissed);
    }
    if (!m_state.error.isEmpty())
        m_context.showStatus(tr("For you could not learn from your marks: %1").arg(m_state.error));
    updatePaneMessage();
    orderDay();
    emit stateChanged(m_state);
    emit scoresChanged();
    // The day on show may have come after the run was asked for (or before there was a
    // model): without the tab's period it would stay unscored until shown again.
    scoreShownDay();
}

void ForYouController::dayShown(QDate day, const QList<store::PaperListItem>& items)
{
    m_day = day;
    m_dayItems = items;
    orderDay();
    // A day outside what the last run scored is scored once the reader stays on it: scoring
    // every day flipped past took a core from the switches and re-sorted the list during the
    // next one.
    m_scoreTimer.start();
}

void ForYouController::scoreShownDay()
{
    if (!m_state.trained || m_dayItems.isEmpty() || m_scoringDays.contains(m_day) ||
        m_scores.contains(m_dayItems.constFirst().id))
        return;
    m_scoringDays.insert(m_day);
    m_trainer->score({m_day});
}

void ForYouController::orderDay()
{
    // Bookmarked papers stay in the day's list (only the For you tab leaves them out): the
    // labels given to the order hold the dismissed ones alone.
    rank::Labels labels;
    labels.dismissedIds = m_dismissed;
    const rank::ForYouList list = rank::orderListed(m_dayItems, m_day, m_scores, labels);
    QHash<QString, int> places;
    QHash<QString, QStringList> why;
    places.reserve(list.papers.size());
    for (int place = 0; place < list.papers.size(); ++place) {
        const rank::RankedPaper& paper = list.papers.at(place);
        places.insert(paper.id, place);
        if (!paper.why.isEmpty())
            why.insert(paper.id, paper.why);
    }
    emit dayOrdered(places, why, coldStartHint());
}

QString ForYouController::coldStartHint() const
{
    const int needed = m_state.known ? m_state.bookmarksNeeded : bookmarksNeeded();
    if (needed <= 0)
        return {};
    return tr("For you learns from your bookmarks: bookmark %n more paper(s) to start. Until "
              "then, papers are ordered by votes.",
              nullptr, needed);
}

void ForYouController::updatePaneMessage()
{
    if (!m_pane)
        return;
    QString message = coldStartHint();
    if (message.isEmpty() && m_trainer->isRunning() &&
        (!m_state.trained || m_pane->model()->rowCount() == 0))
        message = tr("Ranking the papers for you\u2026");
    else if (message.isEmpty() && m_state.known && m_pane->model()->rowCount() == 0)
        message = tr("No papers in this period.");
    m_pane->setMessage(message);
}

void ForYouController::updateAction()
{
    const QString id = m_context.focus().commandPaperId();
    const QSignalBlocker blocker(m_actions.notInterested);
    m_actions.notInterested->setEnabled(!id.isEmpty());
    m_actions.notInterested->setChecked(!id.isEmpty() && m_dismissed.contains(id));
}

QString ForYouController::titleOf(const QString& paperId) const
{
    for (const store::PaperListItem& item : m_dayItems) {
        if (item.id == paperId && !item.title.isEmpty())
            return item.title.simplified();
    }
    return paperId;
}

} // namespace paperboy::ui
