#pragma once

#include "core/WorkerThread.h"
#include "store/db/DataPaths.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

namespace paperboy::ui {

// Counts every cached day's unread papers for the calendar, on a thread of its own: the count
// reads a row per cached day and looks up every read paper, which the GUI thread never waits
// for. Its worker keeps its own read-only connection, opened on that thread. A newer request
// supersedes older ones: a request no longer the newest is skipped, and only the newest answer
// is delivered.
class UnreadCounter final : public QObject
{
    Q_OBJECT
public:
    explicit UnreadCounter(const store::DataPaths& paths, QObject* parent = nullptr);
    ~UnreadCounter() override;

    // Counts against `readIds`, a copy taken now; answers with counted().
    void count(const QSet<QString>& readIds);

signals:
    // Every cached day with listed papers, and how many of them are unread.
    void counted(const QHash<QDate, int>& unread);

private:
    class Worker;

    core::NewestTicket m_newest; // before the thread, whose work reads it
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
