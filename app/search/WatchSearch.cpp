#include "search/WatchSearch.h"

#include "search/FilterSql.h"
#include "search/MatchExpression.h"
#include "search/QueryParser.h"
#include "store/cache/MergedPapers.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/db/SqlValues.h"

#include <QFileInfo>

#include <algorithm>

namespace paperboy::search {
namespace {

void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::search::WatchSearch::%s failed: %s", what, qUtf8Printable(error));
}

// More than the CLI's largest --limit: `watch show --new` filters the matches to the new ones.
constexpr int newScanLimit = 10000;

// The SQL selecting the pk of every paper matching `query`, with its values; narrowed to `keys`
// when given. Empty when the query names nothing to match, as Searcher finds nothing then.
QString matchSql(const Query& query, bool user, const QList<qint64>* keys, QVariantList& values)
{
    QString among;
    QVariantList amongValues;
    if (keys) {
        // FTS5 takes the rowid range as a bound on its walk through the matches (new papers are
        // the newest, so the range is short); IN alone would step through every match of a
        // common word.
        const auto [first, last] = std::minmax_element(keys->cbegin(), keys->cend());
        // "+": the IN is a filter, not a constraint FTS5 would run as one MATCH per key.
        among = QStringLiteral(" BETWEEN ? AND ? AND +%1 IN (") + store::keysFromJsonArray() + u')';
        amongValues = {*first, *last, store::jsonArray(*keys)};
    }
    const auto narrowed = [&](const QString& pk) {
        values += amongValues;
        return keys ? QStringLiteral(" AND ") + pk + among.arg(pk) : QString();
    };
    if (query.paperId) {
        values.append(query.paperId->id());
        return QStringLiteral("SELECT pk FROM papers WHERE id = ?") +
               narrowed(QStringLiteral("pk"));
    }
    const MatchExpression match = matchExpression(query);
    const bool filtered = !query.sources.isEmpty() || query.after || query.before ||
                          query.minVotes || query.hasUserFilters() || !match.excluded.isEmpty();
    if (match.positive.isEmpty() && !filtered)
        return {};
    if (!user &&
        (query.bookmarked || query.hasNote || query.hasHighlight || query.read.value_or(false)))
        return {}; // nothing is bookmarked, read or noted without a user file
    if (match.positive.isEmpty()) {
        QString sql = QStringLiteral("SELECT pk FROM papers WHERE 1") +
                      filterSql(query, match, user, QStringLiteral("pk"), {}, values);
        return sql + narrowed(QStringLiteral("pk"));
    }
    // As Searcher does, excluded words go into the MATCH as NOT.
    values.append(match.excluded.isEmpty()
                      ? match.positive
                      : u'(' + match.positive + QStringLiteral(") NOT (") + match.excluded + u')');
    QString sql = QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?") +
                  filterSql(query, MatchExpression{match.positive, QString()}, user,
                            QStringLiteral("paper_fts.rowid"), {}, values);
    return sql + narrowed(QStringLiteral("rowid"));
}

} // namespace

std::unique_ptr<WatchSearch> WatchSearch::open(const store::DataPaths& paths, QString* error)
{
    auto searcher = Searcher::open(paths, error);
    if (!searcher)
        return nullptr;
    auto connection = store::openDatabase(paths.cacheFile, store::SchemaSpec::cache(), true, error);
    if (!connection)
        return nullptr;
    return std::unique_ptr<WatchSearch>(
        new WatchSearch(std::move(connection), std::move(searcher), paths.userFile));
}

WatchSearch::WatchSearch(std::unique_ptr<store::Connection> connection,
                         std::unique_ptr<Searcher> searcher, QString userFile)
    : m_connection(std::move(connection)), m_searcher(std::move(searcher)),
      m_userFile(std::move(userFile))
{}

WatchSearch::~WatchSearch() = default;

bool WatchSearch::attachUserData() const
{
    if (m_userAttached || m_userFile.isEmpty() || !QFileInfo::exists(m_userFile))
        return m_userAttached;
    QString error;
    store::PreparedQuery attach(*m_connection, QStringLiteral("ATTACH DATABASE ? AS user"), &error);
    if (!attach || !attach.exec({m_userFile}, &error)) {
        logFailure("attachUserData", error);
        return false;
    }
    m_userAttached = true;
    return true;
}

QString WatchSearch::seenMark() const
{
    QString error;
    const auto newest =
        m_connection->scalar(QStringLiteral("SELECT max(arrived_at) FROM paper_arrivals"), &error);
    if (!newest)
        logFailure("seenMark", error);
    // Arrival times only grow (cache 012_paper_arrivals.sql): every later paper is past it.
    // An empty cache has seen nothing: everything it gets will be new.
    return newest ? newest->toString() : QString();
}

std::optional<QList<qint64>> WatchSearch::matching(const Query& query,
                                                   const QList<qint64>& keys) const
{
    QList<qint64> found;
    if (keys.isEmpty())
        return found;
    QVariantList values;
    const QString sql = matchSql(query, attachUserData(), &keys, values);
    if (sql.isEmpty())
        return found;
    QString error;
    store::PreparedQuery select(*m_connection, sql, &error);
    if (!select || !select.exec(values, &error)) {
        logFailure("matching", error);
        return std::nullopt;
    }
    while (select->next())
        found.append(select->value(0).toLongLong());
    std::sort(found.begin(), found.end());
    return found;
}

std::optional<WatchNew> WatchSearch::countOne(const store::Watch& watch, const WatchNew* previous,
                                              qint64 lastArrival) const
{
    // The candidates: with a previous count of the same watch, its new papers (still cached?
    // still matching?) and the arrivals since; else every arrival after the seen mark, through
    // the index on arrival time.
    QString sql;
    QVariantList values;
    if (previous) {
        sql = QStringLiteral("SELECT seq, paper FROM paper_arrivals WHERE seq > ? AND "
                             "arrived_at > ? UNION SELECT seq, paper FROM paper_arrivals "
                             "WHERE seq IN (") +
              store::keysFromJsonArray() + QStringLiteral(") AND arrived_at > ?");
        values = {lastArrival, watch.seenMark, store::jsonArray(previous->arrivals),
                  watch.seenMark};
    } else {
        sql = QStringLiteral("SELECT seq, paper FROM paper_arrivals WHERE arrived_at > ?");
        values = {watch.seenMark};
    }
    QString error;
    store::PreparedQuery select(*m_connection, sql, &error);
    if (!select || !select.exec(values, &error)) {
        logFailure("countNew", error);
        return std::nullopt;
    }
    QHash<qint64, qint64> arrivalOf; // pk -> seq
    QList<qint64> keys;
    while (select->next()) {
        keys.append(select->value(1).toLongLong());
        arrivalOf.insert(keys.last(), select->value(0).toLongLong());
    }
    select->finish();
    const auto found = matching(parseQuery(watch.query), keys);
    if (!found)
        return std::nullopt;
    WatchNew fresh{watch.name, watch.query, watch.seenMark, {}, *found};
    std::sort(fresh.keys.begin(), fresh.keys.end(),
              [&](qint64 a, qint64 b) { return arrivalOf.value(a) < arrivalOf.value(b); });
    for (const qint64 key : std::as_const(fresh.keys))
        fresh.arrivals.append(arrivalOf.value(key));
    return fresh;
}

std::optional<WatchCounts> WatchSearch::countNew(const store::Watches& watches,
                                                 const WatchCounts& previous,
                                                 const std::atomic_bool* cancel) const
{
    QString error;
    store::Transaction snapshot(*m_connection, store::Transaction::Mode::Read);
    if (!snapshot.begin(&error)) {
        logFailure("countNew", error);
        return std::nullopt;
    }
    const auto last =
        m_connection->scalar(QStringLiteral("SELECT max(seq) FROM paper_arrivals"), &error);
    if (!last) {
        logFailure("countNew", error);
        return std::nullopt;
    }
    WatchCounts counts;
    counts.lastArrival = last->toLongLong();
    for (const store::Watch& watch : watches) {
        if (cancel && cancel->load())
            return std::nullopt;
        const WatchNew* before = previous.find(watch.name);
        if (before && (before->query != watch.query || before->seenMark != watch.seenMark))
            before = nullptr;
        auto fresh = countOne(watch, before, previous.lastArrival);
        if (!fresh)
            return std::nullopt;
        counts.watches.append(*fresh);
    }
    return counts;
}

QList<SearchHit>
WatchSearch::newestMatches(const Query& query, int limit,
                           const std::function<bool(const QList<SearchHit>&)>& enough,
                           bool* more) const
{
    // Sorting by date reads every match (a word in most papers: 200 ms over 50 000), so the
    // newest days are searched first, the window growing fourfold until it holds enough: the
    // papers first listed on or after D sorted by day are the top of all matches sorted by
    // day, and a date filter bounds FTS5's walk (FilterSql.h).
    QString error;
    const auto newest = m_connection->scalar(QStringLiteral("SELECT max(day) FROM days"), &error);
    const auto oldest = m_connection->scalar(QStringLiteral("SELECT min(day) FROM days"), &error);
    const QDate last = newest ? store::sql::dayFrom(*newest) : QDate();
    const QDate first = oldest ? store::sql::dayFrom(*oldest) : QDate();
    SearchSummary summary;
    for (int days = 7; last.isValid() && first.isValid() && !query.paperId; days *= 4) {
        const QDate from = last.addDays(-days);
        if (from <= first)
            break;
        Query window = query;
        if (!window.after || *window.after < from)
            window.after = from;
        const QList<SearchHit> hits = m_searcher->search(window, {Sort::Date, limit}, &summary);
        if (enough(hits)) {
            *more = true; // older papers were not looked at
            return hits;
        }
    }
    QList<SearchHit> hits = m_searcher->search(query, {Sort::Date, limit}, &summary);
    *more = summary.more;
    return hits;
}

WatchPage WatchSearch::results(const store::Watch& watch, int limit, bool onlyNew) const
{
    WatchPage page;
    page.seenMark = seenMark();
    if (const auto counts = countNew({watch})) {
        for (const qint64 key : counts->watches.constFirst().keys)
            page.newKeys.insert(key);
    }
    if (onlyNew && page.newKeys.isEmpty())
        return page;
    const Query query = parseQuery(watch.query);
    if (!onlyNew) {
        page.hits = newestMatches(
            query, limit, [&](const QList<SearchHit>& hits) { return hits.size() >= limit; },
            &page.more);
        return page;
    }
    // Only the new ones: enough once every new paper is among the matches read.
    const qsizetype wanted = std::min<qsizetype>(page.newKeys.size(), limit);
    const auto newOnes = [&](QList<SearchHit> hits) {
        hits.removeIf([&](const SearchHit& hit) { return !page.newKeys.contains(hit.key); });
        return hits;
    };
    bool more = false;
    page.hits = newOnes(newestMatches(
        query, newScanLimit,
        [&](const QList<SearchHit>& hits) { return newOnes(hits).size() >= wanted; }, &more));
    page.more = page.hits.size() > limit;
    if (page.hits.size() > limit)
        page.hits.resize(limit);
    return page;
}

int WatchSearch::total(const QString& query) const
{
    QVariantList values;
    const QString sql = matchSql(parseQuery(query), attachUserData(), nullptr, values);
    if (sql.isEmpty())
        return 0;
    QString error;
    store::PreparedQuery count(*m_connection, QStringLiteral("SELECT count(*) FROM (") + sql + u')',
                               &error);
    if (!count || !count.exec(values, &error) || !count->next()) {
        logFailure("total", error);
        return 0;
    }
    return count->value(0).toInt();
}

} // namespace paperboy::search
