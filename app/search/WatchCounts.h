#pragma once

#include "store/user/Watch.h"

#include <QList>
#include <QString>

#include <utility>

namespace paperboy::search {

// The papers new in one watch: cached (paper_arrivals) after its seen mark, and matching.
struct WatchNew
{
    QString name;
    QString query; // the query and seen mark counted with: a change counts the watch again
    QString seenMark;
    QList<qint64> arrivals; // paper_arrivals.seq of each new paper, ascending
    QList<qint64> keys;     // papers.pk of the same papers, in the same order

    int count() const { return int(keys.size()); }
};

// What a count of every watch found, handed back to the next count so that it searches only
// the papers cached since (WatchSearch::countNew). A plain value: it crosses threads.
struct WatchCounts
{
    qint64 lastArrival = 0;  // the newest arrival this count saw
    QList<WatchNew> watches; // in the order asked

    const WatchNew* find(const QString& name) const;
    int newCount(const QString& name) const; // 0 for a watch not counted
};

// The watches whose new count grew from `before` to `after`, with their new counts, in
// `after`'s order: what the status line after a sync names ("New: robots 3, diffusion 5").
// A watch that was not in `before` (just added, renamed) is not news.
QList<std::pair<QString, int>> gainedWatches(const WatchCounts& before, const WatchCounts& after);

} // namespace paperboy::search
