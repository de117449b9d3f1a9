#pragma once

#include "search/Searcher.h"
#include "search/WatchCounts.h"
#include "store/db/DataPaths.h"
#include "store/user/Watch.h"

#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace paperboy::store {
class Connection;
}

namespace paperboy::search {

// A watch opened: its matches newest first, which of them are new, and the mark that makes
// them seen (UserStore::markWatchSeen) once the reader has had them.
struct WatchPage
{
    QList<SearchHit> hits;
    QSet<qint64> newKeys; // SearchHit::key of the new ones (maybe beyond the hits shown)
    QString seenMark;     // read before the hits: a paper cached meanwhile stays new
    bool more = false;    // more papers match than the limit let through
};

// Watches over the cache: what is new in each, and their results. Like Searcher it owns its own
// read-only connections, so it belongs to the one thread that opened it (the window's reader
// thread, the CLI's); every call reads one snapshot and answers values.
//
// "New" (issue 33): a paper is new in a watch when it matches the watch's query and entered the
// cache (cache paper_arrivals) after the watch's seen mark. So a paper re-imported while cached
// is not new again (it does not arrive again); a paper that leaves the cache (pruned or dropped
// from a replaced day, so no longer in papers) leaves every count; a paper whose text changes
// so that it starts (or stops) matching counts (or stops counting) if it arrived after the
// mark. After a cache rebuild every paper has arrived anew, so all matches are new once.
class WatchSearch final
{
public:
    static std::unique_ptr<WatchSearch> open(const store::DataPaths& paths, QString* error);
    ~WatchSearch();

    // The mark that makes every paper cached now seen: the newest arrival time ("" for an
    // empty cache, which has seen nothing).
    QString seenMark() const;
    // The new papers of `watches`. `previous` is what the last count answered (empty the first
    // time): a watch counted there with the same query and seen mark searches only its new
    // papers then plus the papers cached since, never the archive. nullopt when `cancel` was
    // set (checked between watches) or the cache could not be read.
    std::optional<WatchCounts> countNew(const store::Watches& watches,
                                        const WatchCounts& previous = {},
                                        const std::atomic_bool* cancel = nullptr) const;
    // The watch's matches, newest day first, at most `limit`; `onlyNew` keeps the new ones.
    WatchPage results(const store::Watch& watch, int limit, bool onlyNew = false) const;
    // How many papers match the query in the whole archive (reads every match).
    int total(const QString& query) const;

private:
    WatchSearch(std::unique_ptr<store::Connection> connection, std::unique_ptr<Searcher> searcher,
                QString userFile);
    bool attachUserData() const;
    // The keys among `keys` that match `query`, ascending; nullopt on a database error.
    std::optional<QList<qint64>> matching(const Query& query, const QList<qint64>& keys) const;
    // The first `limit` matches by date (Searcher's Sort::Date), read over the newest days
    // first until `enough` says the hits suffice.
    QList<SearchHit> newestMatches(const Query& query, int limit,
                                   const std::function<bool(const QList<SearchHit>&)>& enough,
                                   bool* more) const;
    std::optional<WatchNew> countOne(const store::Watch& watch, const WatchNew* previous,
                                     qint64 lastArrival) const;

    std::unique_ptr<store::Connection> m_connection;
    std::unique_ptr<Searcher> m_searcher;
    const QString m_userFile;
    mutable bool m_userAttached = false;
};

} // namespace paperboy::search
