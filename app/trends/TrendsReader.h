#pragma once

#include "store/db/DataPaths.h"
#include "trends/Grain.h"
#include "trends/RisingTerms.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace paperboy::store {
class Connection;
}
namespace paperboy::search {
class Searcher;
}

namespace paperboy::trends {

// What to chart: queries in the search language, grouped by week or month, over a range of
// days (the whole archive when a bound is not given).
struct ChartRequest
{
    QStringList queries;
    Grain grain = Grain::Week;
    std::optional<QDate> from;
    std::optional<QDate> to;
};

// Per period (in order, none left out between the first and the last): all the papers of the
// period and, per query, the papers it finds. A paper counts in the period of its date as a
// search hit gives it (the first day a digest listed it), and only within [from, to].
struct Chart
{
    Grain grain = Grain::Week;
    QStringList queries;
    QList<Period> periods;
    QList<int> papers;
    QList<QList<int>> counts; // counts[query][period]
};

struct AuthorCount
{
    QString author;
    int papers = 0;
};

// The charts, Rising and Who over the cache. Owns its read connections (a Searcher's for the
// matching, one of its own for the rest), so it belongs to one thread: the CLI's or the
// window's trends worker. Every call answers values; a database error answers nothing.
class TrendsReader final
{
public:
    static std::unique_ptr<TrendsReader> open(const store::DataPaths& paths, QString* error);
    ~TrendsReader();

    Chart chart(const ChartRequest& request);
    // The most frequent authors (as the merged paper lists them) of the papers `query`
    // finds dated within [from, to], most papers first, then by name.
    QList<AuthorCount> authors(const QString& query, std::optional<QDate> from,
                               std::optional<QDate> to, int limit);
    // The terms rising in the recent weeks (RisingTerms.h); kept until the cache changes.
    QList<RisingTerm> rising(const RisingOptions& options);
    // Changes whenever a paper, a source row or a day is written or removed.
    QString changeKey();

private:
    TrendsReader(std::unique_ptr<search::Searcher> searcher,
                 std::unique_ptr<store::Connection> connection);
    // Papers per first day, read again only when changeKey() moved.
    const QMap<QDate, int>& papersByDay();

    std::unique_ptr<search::Searcher> m_searcher;
    std::unique_ptr<store::Connection> m_connection;
    QString m_papersKey;
    QMap<QDate, int> m_papersByDay;
    QString m_tallyKey; // changeKey() and the weeks the tally was counted for
    std::unique_ptr<RisingTally> m_tally;
};

} // namespace paperboy::trends
