#pragma once

#include "search/MatchExpression.h"
#include "search/Query.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace paperboy::store {
class Connection;
}

namespace paperboy::search {

// Rowids (papers.pk) outside which no paper passes the query's date filters, for FTS5 to walk
// only that part of its matches: a paper whose first day is on or before D has an entry on or
// before D, so its pk is at most the largest pk among those entries (after:D likewise, from
// below). Without them "benchmark before:2023-03-01" walked every newer match, 50 ms.
struct RowidBounds
{
    std::optional<qint64> lowest;
    std::optional<qint64> highest;
};

// Looked up in the caller's read transaction, and only for a date in the archive's narrower
// side: there the entries to read are few; on the wider side most matches pass the filter
// and the newest-first walk ends soon without them.
RowidBounds rowidBounds(store::Connection& connection, const Query& query);

// A paper's votes as the merge rules choose them (the most recently changed source's).
QString votesOf(const QString& pk);

// The conditions (" AND ...") a paper `pk` must meet besides the words it is found by, with
// their values appended to `values` in the order of their placeholders. `user`: the user file
// is attached.
QString filterSql(const Query& query, const MatchExpression& match, bool user, const QString& pk,
                  const RowidBounds& bounds, QVariantList& values);

} // namespace paperboy::search
