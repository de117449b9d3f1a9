#include "search/FilterSql.h"

#include "search/UserFilters.h"
#include "store/cache/MergedPapers.h"
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"

namespace paperboy::search {
namespace {

std::optional<qint64> bound(store::Connection& connection, const QString& sql, QDate day)
{
    QString error;
    store::PreparedQuery select(connection, sql, &error);
    if (!select || !select.exec({store::sql::dayText(day)}, &error) || !select->next() ||
        select->value(0).isNull())
        return std::nullopt; // no bound: the filter itself still applies
    return select->value(0).toLongLong();
}

} // namespace

RowidBounds rowidBounds(store::Connection& connection, const Query& query)
{
    RowidBounds bounds;
    if (!query.after && !query.before)
        return bounds;
    QString error;
    const auto first = connection.scalar(QStringLiteral("SELECT min(day) FROM days"), &error);
    const auto last = connection.scalar(QStringLiteral("SELECT max(day) FROM days"), &error);
    const QDate oldest = first ? store::sql::dayFrom(*first) : QDate();
    const QDate newest = last ? store::sql::dayFrom(*last) : QDate();
    if (!oldest.isValid() || !newest.isValid())
        return bounds;
    const QDate middle = oldest.addDays(oldest.daysTo(newest) / 2);
    // "paper + 0": not min()/max() by the index on paper, which would walk it from one end
    // through the entries outside the range; the day range of the primary key is the short way.
    if (query.after && *query.after > middle)
        bounds.lowest = bound(
            connection, QStringLiteral("SELECT min(paper + 0) FROM digest_entries WHERE day >= ?"),
            *query.after);
    if (query.before && *query.before < middle)
        bounds.highest = bound(
            connection, QStringLiteral("SELECT max(paper + 0) FROM digest_entries WHERE day <= ?"),
            *query.before);
    return bounds;
}

QString votesOf(const QString& pk)
{
    return store::newestVotesSql(pk); // the votes `show` gives, whatever the import order
}

QString filterSql(const Query& query, const MatchExpression& match, bool user, const QString& pk,
                  const RowidBounds& bounds, QVariantList& values)
{
    QString sql;
    if (bounds.lowest) {
        sql += QStringLiteral(" AND ") + pk + QStringLiteral(" >= ?");
        values.append(*bounds.lowest);
    }
    if (bounds.highest) {
        sql += QStringLiteral(" AND ") + pk + QStringLiteral(" <= ?");
        values.append(*bounds.highest);
    }
    if (!match.excluded.isEmpty()) {
        sql += QStringLiteral(" AND ") + pk +
               QStringLiteral(" NOT IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?)");
        values.append(match.excluded);
    }
    if (!query.sources.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM paper_sources s, json_each(?) n "
                              "WHERE s.paper = ") +
               pk + QStringLiteral(" AND s.source = n.value COLLATE NOCASE)");
        values.append(store::sql::jsonList(query.sources));
    }
    if (user)
        sql += userFilterSql(query, pk);
    const QString day =
        QStringLiteral("(SELECT MIN(day) FROM digest_entries WHERE paper = ") + pk + u')';
    if (query.after) {
        sql += QStringLiteral(" AND ") + day + QStringLiteral(" >= ?");
        values.append(store::sql::dayText(*query.after));
    }
    if (query.before) {
        sql += QStringLiteral(" AND ") + day + QStringLiteral(" <= ?");
        values.append(store::sql::dayText(*query.before));
    }
    if (query.minVotes) {
        sql += QStringLiteral(" AND ") + votesOf(pk) + QStringLiteral(" >= ?");
        values.append(*query.minVotes);
    }
    return sql;
}

} // namespace paperboy::search
