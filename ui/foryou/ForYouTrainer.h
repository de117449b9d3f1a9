#pragma once

#include "core/WorkerThread.h"
#include "rank/ForYou.h"
#include "store/db/DataPaths.h"
#include "ui/common/ForYouModelState.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>

namespace paperboy::ui {

// What one training run hands back to the GUI thread: values only.
struct ForYouRun
{
    quint64 ticket = 0;
    rank::ScoreTable scores; // the period's papers and the asked days'
    rank::ForYouList period; // the For you view: the period ranked, bookmarked papers left out
    QDate from;
    QDate to;
    ForYouModelState state;
};

// Trains the reader's For you model and scores papers with it, on a thread of its own with
// its own cache reader and user-file connection (opened there), so that the GUI thread never
// waits for either. A newer request cancels the run in progress (an atomic flag checked between
// papers) and only the newest answer is delivered; destruction cancels too.
class ForYouTrainer final : public QObject
{
    Q_OBJECT
public:
    explicit ForYouTrainer(const store::DataPaths& paths, QObject* parent = nullptr);
    ~ForYouTrainer() override;

    // Reads the labels, loads the saved model when it is current or trains a new one, then
    // ranks the days `from`..`to` and scores `days`; answers with finished().
    void retrain(const QList<QDate>& days, QDate from, QDate to);
    // Scores `days` with the model of the last run (nothing without one); answers scored().
    void score(const QList<QDate>& days);
    // Deletes the model file (never the marks), then retrains as retrain() does.
    void reset(const QList<QDate>& days, QDate from, QDate to);
    bool isRunning() const { return m_running.load() > 0; }

signals:
    void finished(const paperboy::ui::ForYouRun& run);
    void scored(const paperboy::rank::ScoreTable& scores);

private:
    class Worker;
    quint64 request(bool resetFirst, const QList<QDate>& days, QDate from, QDate to);

    // Before the thread, whose work reads them.
    core::NewestTicket m_newest;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_running{0};
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::ui::ForYouRun)
