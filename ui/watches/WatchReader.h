#pragma once

#include "core/WorkerThread.h"
#include "search/WatchSearch.h"
#include "store/db/DataPaths.h"
#include "store/user/Watch.h"

#include <QObject>

namespace paperboy::ui {

// The watches' reader thread: new counts, a watch's results and its Atom feed, read over its
// own read-only connections (search::WatchSearch, a cache reader) opened on that thread, so
// that the navigator never waits on a count. Requests run in the order asked; answers come
// back as values by the signals.
class WatchReader final : public QObject
{
    Q_OBJECT
public:
    explicit WatchReader(const store::DataPaths& paths, QObject* parent = nullptr);
    // Cancels a count under way and waits for the thread.
    ~WatchReader() override;

    // `previous`: the last count's answer, so that only the papers cached since are searched.
    void count(const store::Watches& watches, const search::WatchCounts& previous, quint64 ticket);
    void open(const store::Watch& watch, int limit);
    // The watch's `entries` newest matches as an Atom document written to `file`.
    void writeFeed(const store::Watch& watch, const QString& file, int entries);
    // The mark that makes every paper cached now seen, for the watch about to be added.
    void readSeenMark(const QString& name);
    // The cache was replaced (cleared): the next request opens it again.
    void reopen();

signals:
    // `ok` false: the cache could not be read (or it does not exist yet: no count is known).
    void counted(quint64 ticket, const paperboy::search::WatchCounts& counts, bool ok);
    void opened(const QString& name, const paperboy::search::WatchPage& page);
    void seenMarkRead(const QString& name, const QString& mark);
    void feedWritten(const QString& name, const QString& file, int entries,
                     const QString& error); // error empty on success

private:
    class Worker;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::search::WatchCounts)
Q_DECLARE_METATYPE(paperboy::search::WatchPage)
