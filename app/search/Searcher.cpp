#include "search/Searcher.h"

#include "search/FilterSql.h"
#include "search/MatchExpression.h"
#include "search/QueryParser.h"
#include "search/RelatedTerms.h"
#include "search/UserFilters.h"
#include "store/cache/MergedPapers.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/db/SqlValues.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace paperboy::search {
namespace {

void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::search::Searcher::%s failed: %s", what, qUtf8Printable(error));
}

// bm25 weights of paper_fts's columns in their order (store/fts/FtsColumns.h: body, abstract,
// title, authors): a word in the title says more about a paper than the same word in its abstract
// or its digest sections. paperboy_rank is bm25 with a bound on counting the rows of common phrases
// (store/fts/FtsRank.h).
const QLatin1String bm25Rank("paperboy_rank(paper_fts, 1.0, 2.0, 10.0, 5.0)");

// "More like this" (Searcher::related): the paper's relatedCandidateWords most frequent words
// are weighed by how rare they are in the whole archive, and every paper holding one of the
// relatedQueryWords that say most scores the weights of those it holds. A word in more than
// relatedGenericLimit papers (or a fiftieth of the archive, when that is more) says nothing of
// a topic and is left out, which also bounds what a word costs to count and to read.
constexpr int relatedCandidateWords = 24;
constexpr int relatedQueryWords = 12;
constexpr int relatedGenericLimit = 1000;
// Below this many papers a word's rarity stops adding weight: a word that only one or two
// other papers hold (a name, "Drafting") is no better a sign than one a handful hold.
constexpr double relatedRareFloor = 5;

// The columns every result reads of a paper `p`: pk, id, day, votes, title. Votes and title
// follow the merge rules of store/cache/MergedPapers.h, so that a result says what `show` says:
// the newest observation's votes, and Hugging Face's title when it has one, else the first
// non-empty one in source order.
QString hitColumns(const QString& day)
{
    return QStringLiteral("p.pk, p.id, ") + day + QStringLiteral(" AS day, ") +
           store::newestVotesSql(QStringLiteral("p.pk")) +
           QStringLiteral(" AS votes, (SELECT title FROM paper_sources WHERE paper = p.pk AND "
                          "title <> '' ORDER BY ") +
           store::sql::sourceRank(QStringLiteral("source")) +
           QStringLiteral(" DESC, source LIMIT 1) AS title");
}

QString firstDay()
{
    return QStringLiteral("(SELECT MIN(day) FROM digest_entries WHERE paper = p.pk)");
}

QString orderBy(Sort sort)
{
    switch (sort) {
    case Sort::Date:
        return QStringLiteral(" ORDER BY day DESC, score, id");
    case Sort::Votes:
        return QStringLiteral(" ORDER BY votes IS NULL, votes DESC, day DESC, id");
    case Sort::Relevance:
        break;
    }
    return QStringLiteral(" ORDER BY score, day DESC, id");
}

// Reads rows of (pk, id, day, votes, title[, score]).
void readHits(QSqlQuery& query, bool withScore, QList<SearchHit>& hits, QList<qint64>& keys)
{
    while (query.next()) {
        keys.append(query.value(0).toLongLong());
        SearchHit hit;
        hit.key = keys.last();
        hit.id = query.value(1).toString();
        hit.date = store::sql::dayFrom(query.value(2));
        hit.votes = store::sql::intFrom(query.value(3));
        hit.title = query.value(4).toString();
        if (withScore)
            hit.score = query.value(5).toDouble();
        hits.append(hit);
    }
}

} // namespace

std::unique_ptr<Searcher> Searcher::open(const store::DataPaths& paths, QString* error)
{
    if (!paths.ensureDirectories(error))
        return nullptr;
    auto connection = store::openDatabase(paths.cacheFile, store::SchemaSpec::cache(), true, error);
    if (!connection)
        return nullptr;
    return std::unique_ptr<Searcher>(new Searcher(std::move(connection), paths.userFile));
}

Searcher::Searcher(std::unique_ptr<store::Connection> connection, QString userFile)
    : m_connection(std::move(connection)), m_userFile(std::move(userFile))
{}

bool Searcher::attachUserData() const
{
    if (m_userAttached || m_userFile.isEmpty() || !QFileInfo::exists(m_userFile))
        return m_userAttached;
    // The connection is read-only, and so is what it attaches: the user file keeps its one
    // writer.
    QString error;
    store::PreparedQuery attach(*m_connection, QStringLiteral("ATTACH DATABASE ? AS user"), &error);
    if (!attach || !attach.exec({m_userFile}, &error)) {
        logFailure("attachUserData", error);
        return false;
    }
    m_userAttached = true;
    return true;
}

Searcher::~Searcher() = default;

QList<SearchHit> Searcher::search(const Query& query, const SearchOptions& options,
                                  SearchSummary* summary) const
{
    if (summary)
        *summary = SearchSummary();
    if (query.paperId) {
        QString error;
        store::PreparedQuery find(*m_connection,
                                  QStringLiteral("SELECT ") + hitColumns(firstDay()) +
                                      QStringLiteral(" FROM papers p WHERE p.id = ?"),
                                  &error);
        if (!find || !find.exec({query.paperId->id()}, &error)) {
            logFailure("search", error);
            return {};
        }
        QList<SearchHit> hits;
        QList<qint64> keys;
        readHits(*find, false, hits, keys);
        if (!hits.isEmpty())
            return options.offset > 0 ? QList<SearchHit>() : hits; // one page of one hit
        // Not cached: the id may still be written in some paper's text.
        return searchText(plainWordsQuery(query.paperId->id()), options, summary);
    }
    return searchText(query, options, summary);
}

QList<SearchHit> Searcher::searchText(const Query& query, const SearchOptions& options,
                                      SearchSummary* summary) const
{
    const MatchExpression match = matchExpression(query);
    const bool filtered = !query.sources.isEmpty() || query.after || query.before ||
                          query.minVotes || query.hasUserFilters() || !match.excluded.isEmpty();
    if ((match.positive.isEmpty() && !filtered) || options.limit <= 0)
        return {};
    const bool user = attachUserData();
    // Without a user file nothing is bookmarked, read or noted.
    if (!user &&
        (query.bookmarked || query.hasNote || query.hasHighlight || query.read.value_or(false)))
        return {};
    QString error;
    const auto [notes, highlights] = userTexts(user, match);
    // First the keys of the page of results, ranked; a paper's day and votes are looked up
    // only for the order (for every candidate), its title and the rest only for the rows shown
    // (hitsFor). Filters are tested inside each source of candidates, so that the bound on
    // ranked matches below counts only papers that pass them.
    const bool needDay = options.sort == Sort::Date || match.positive.isEmpty();
    const bool needVotes = options.sort == Sort::Votes;
    store::Transaction snapshot(*m_connection, store::Transaction::Mode::Read);
    if (!snapshot.begin(&error)) {
        logFailure("search", error);
        return {};
    }
    const RowidBounds bounds = rowidBounds(*m_connection, query);
    // A caller that asks for more hits than relevance ranks (the CLI's --limit 100000) wants
    // every match: ranking all of them is then the answer, not a bounded one.
    const bool rankBounded = !match.positive.isEmpty() && options.sort == Sort::Relevance &&
                             qint64(options.offset) + options.limit <= rankedMatchLimit;
    // Excluded words go into the MATCH as NOT: FTS5 steps through both position lists together,
    // where "rowid NOT IN (matches)" first collected every excluded match (video -robust,
    // robust in most papers: 12 ms -> 2 ms), and the snippets' walk steps only through papers
    // without them.
    const QString ftsMatch = match.excluded.isEmpty()
                                 ? match.positive
                                 : QLatin1Char('(') + match.positive + QStringLiteral(") NOT (") +
                                       match.excluded + QLatin1Char(')');
    QVariantList values;
    const QString candidates = candidateSql(query, match, ftsMatch, user, {notes, highlights},
                                            bounds, rankBounded, values, true);
    // The count of candidates tells whether the bound cut them short; one row more than the
    // limit, whether more match.
    QString sql = rankBounded ? QStringLiteral("SELECT x.pk, x.score, count(*) OVER ()")
                              : QStringLiteral("SELECT x.pk, x.score, 0");
    if (needDay)
        sql += QStringLiteral(", (SELECT MIN(day) FROM digest_entries WHERE paper = x.pk) AS day");
    if (needVotes)
        sql += QStringLiteral(", ") + votesOf(QStringLiteral("x.pk")) + QStringLiteral(" AS votes");
    sql += QStringLiteral(" FROM (") + candidates + QStringLiteral(") x");
    switch (options.sort) {
    case Sort::Date:
        sql += QStringLiteral(" ORDER BY day DESC, score, pk DESC");
        break;
    case Sort::Votes:
        sql += QStringLiteral(" ORDER BY votes IS NULL, votes DESC, score, pk DESC");
        break;
    case Sort::Relevance:
        sql += needDay ? QStringLiteral(" ORDER BY score, day DESC, pk DESC")
                       : QStringLiteral(" ORDER BY score, pk DESC");
        break;
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(options.limit + 1);
    values.append(std::max(0, options.offset));

    store::PreparedQuery select(*m_connection, sql, &error);
    if (!select || !select.exec(values, &error)) {
        logFailure("search", error);
        return {};
    }
    QList<qint64> keys;
    QHash<qint64, double> scores;
    SearchSummary found;
    while (select->next()) {
        if (keys.size() == options.limit) {
            found.more = true;
            break;
        }
        keys.append(select->value(0).toLongLong());
        scores.insert(keys.last(), select->value(1).toDouble());
        found.rankedNewest = select->value(2).toLongLong() >= rankedMatchLimit;
    }
    select->finish();
    if (summary)
        *summary = found;
    QList<SearchHit> hits = hitsFor(keys);
    const QHash<qint64, Snippet> snippets =
        match.positive.isEmpty() ? QHash<qint64, Snippet>() : readSnippets(keys, ftsMatch);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        hits[i].score = scores.value(hits[i].key);
        hits[i].snippet = snippets.value(hits[i].key);
    }
    return hits;
}

Searcher::UserTexts Searcher::userTexts(bool user, const MatchExpression& match) const
{
    if (!user || match.positive.isEmpty())
        return {};
    QString error;
    // A user file of before highlights (005) has no such table until the app opens it.
    const bool highlights =
        m_connection
            ->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM user.sqlite_master WHERE name "
                                    "= 'highlights') AND EXISTS (SELECT 1 FROM user.highlights)"),
                     &error)
            .value_or(false)
            .toBool();
    const bool notes =
        highlights ||
        m_connection->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM user.notes)"), &error)
            .value_or(false)
            .toBool();
    return {notes, highlights};
}

QString Searcher::candidateSql(const Query& query, const MatchExpression& match,
                               const QString& ftsMatch, bool user, UserTexts texts,
                               const RowidBounds& bounds, bool rankBounded, QVariantList& values,
                               bool scored) const
{
    QString candidates;
    if (!match.positive.isEmpty()) {
        // Relevance ranks at most the newest rankedMatchLimit matches (docs/performance.md):
        // bm25 costs a position-list walk per match, and a word in most papers would otherwise
        // rank the whole archive on every keystroke. FTS5 walks rowids newest first and stops.
        candidates = QStringLiteral("SELECT rowid AS pk, ") +
                     (scored ? QString(bm25Rank) : QStringLiteral("0.0")) +
                     QStringLiteral(" AS score FROM paper_fts WHERE paper_fts MATCH ?");
        values.append(ftsMatch);
        candidates += filterSql(query, MatchExpression{match.positive, QString()}, user,
                                QStringLiteral("paper_fts.rowid"), bounds, values);
        if (rankBounded)
            candidates +=
                QStringLiteral(" ORDER BY rowid DESC LIMIT ") + QString::number(rankedMatchLimit);
        if (texts.notes) {
            // A paper found in the index and in its note counts once, at its better score.
            QString noteMatches = noteMatchSql(query, values, texts.highlights);
            if (!noteMatches.isEmpty()) {
                noteMatches +=
                    filterSql(query, match, user, QStringLiteral("np.pk"), bounds, values);
                candidates =
                    QStringLiteral("SELECT pk, MIN(score) AS score FROM (SELECT * FROM (") +
                    candidates + QStringLiteral(") UNION ALL ") + noteMatches +
                    QStringLiteral(") GROUP BY pk");
            }
        }
    } else {
        candidates = QStringLiteral("SELECT pk, 0.0 AS score FROM papers WHERE 1") +
                     filterSql(query, match, user, QStringLiteral("pk"), bounds, values);
    }
    return candidates;
}

QList<DatedMatch> Searcher::datedMatches(const Query& query) const
{
    if (query.paperId) {
        QString error;
        store::PreparedQuery find(*m_connection,
                                  QStringLiteral("SELECT p.pk, ") + firstDay() +
                                      QStringLiteral(" FROM papers p WHERE p.id = ?"),
                                  &error);
        if (!find || !find.exec({query.paperId->id()}, &error)) {
            logFailure("datedMatches", error);
            return {};
        }
        if (find->next())
            return {{find->value(0).toLongLong(), store::sql::dayFrom(find->value(1))}};
        find->finish();
        return datedMatches(plainWordsQuery(query.paperId->id())); // as search() does
    }
    const MatchExpression match = matchExpression(query);
    const bool filtered = !query.sources.isEmpty() || query.after || query.before ||
                          query.minVotes || query.hasUserFilters() || !match.excluded.isEmpty();
    if (match.positive.isEmpty() && !filtered)
        return {};
    const bool user = attachUserData();
    if (!user &&
        (query.bookmarked || query.hasNote || query.hasHighlight || query.read.value_or(false)))
        return {};
    QString error;
    const auto [notes, highlights] = userTexts(user, match);
    store::Transaction snapshot(*m_connection, store::Transaction::Mode::Read);
    if (!snapshot.begin(&error)) {
        logFailure("datedMatches", error);
        return {};
    }
    const QString ftsMatch = match.excluded.isEmpty()
                                 ? match.positive
                                 : QLatin1Char('(') + match.positive + QStringLiteral(") NOT (") +
                                       match.excluded + QLatin1Char(')');
    QVariantList values;
    const QString candidates =
        candidateSql(query, match, ftsMatch, user, {notes, highlights},
                     rowidBounds(*m_connection, query), false, values, false);
    store::PreparedQuery select(
        *m_connection,
        QStringLiteral("SELECT x.pk, (SELECT MIN(day) FROM digest_entries WHERE paper = x.pk) "
                       "FROM (") +
            candidates + QStringLiteral(") x"),
        &error);
    if (!select || !select.exec(values, &error)) {
        logFailure("datedMatches", error);
        return {};
    }
    QList<DatedMatch> found;
    while (select->next())
        found.append({select->value(0).toLongLong(), store::sql::dayFrom(select->value(1))});
    return found;
}

QList<SearchHit> Searcher::hitsFor(const QList<qint64>& keys) const
{
    if (keys.isEmpty())
        return {};
    QString error;
    store::PreparedQuery select(*m_connection,
                                QStringLiteral("SELECT ") + hitColumns(firstDay()) +
                                    QStringLiteral(" FROM papers p WHERE p.pk IN (") +
                                    store::keysFromJsonArray() + QLatin1Char(')'),
                                &error);
    if (!select || !select.exec({store::jsonArray(keys)}, &error)) {
        logFailure("hits", error);
        return {};
    }
    QList<SearchHit> found;
    QList<qint64> foundKeys;
    readHits(*select, false, found, foundKeys);
    QList<SearchHit> hits; // in the order of `keys`
    hits.reserve(keys.size());
    for (const qint64 key : keys) {
        if (const qsizetype at = foundKeys.indexOf(key); at >= 0)
            hits.append(found.at(at));
    }
    return hits;
}

QHash<qint64, Snippet> Searcher::readSnippets(const QList<qint64>& keys, const QString& match) const
{
    QHash<qint64, Snippet> snippets;
    if (keys.isEmpty())
        return snippets;
    const SnippetMarkers markers = SnippetMarkers::generate();
    QString error;
    // Only the rows shown get a snippet, of the column with most of the words, tokenized only
    // up to the words quoted (store/fts/FtsSnippet.h). They are read with one statement over the
    // rowid range of the rows shown, stepping through the matches between them: setting a
    // MATCH up costs more than stepping (a seek per word in each index segment; for a prefix,
    // merging the position lists of every word with it), 13 ms for the 50 rows of a search
    // one by one against 8 ms at once (docs/performance.md). With IN alone FTS5 would step
    // through every match.
    const auto [first, last] = std::minmax_element(keys.cbegin(), keys.cend());
    store::PreparedQuery select(
        *m_connection,
        QStringLiteral("SELECT rowid, CASE WHEN rowid IN (") + store::keysFromJsonArray() +
            QStringLiteral(") THEN paperboy_snippet(paper_fts, ?, ?, ?, 16, 'paper_fts_text') "
                           "END FROM paper_fts "
                           "WHERE paper_fts MATCH ? AND rowid BETWEEN ? AND ?"),
        &error);
    if (!select || !select.exec({store::jsonArray(keys), markers.open, markers.close,
                                 QStringLiteral("\u2026"), match, *first, *last},
                                &error)) {
        logFailure("snippets", error);
        return snippets;
    }
    while (select->next()) {
        if (!select->value(1).isNull())
            snippets.insert(
                select->value(0).toLongLong(),
                snippetFromMarked(select->value(1).toString(), markers.open, markers.close));
    }
    return snippets;
}

QList<SearchHit> Searcher::top(QDate first, QDate last, int limit) const
{
    QString error;
    store::PreparedQuery select(
        *m_connection,
        QStringLiteral("SELECT ") + hitColumns(QStringLiteral("e.day")) +
            QStringLiteral(" FROM (SELECT paper, MIN(day) AS day FROM digest_entries "
                           "WHERE day BETWEEN ? AND ? GROUP BY paper) e "
                           "JOIN papers p ON p.pk = e.paper") +
            orderBy(Sort::Votes) + QStringLiteral(" LIMIT ?"),
        &error);
    if (!select ||
        !select.exec({store::sql::dayText(first), store::sql::dayText(last), limit}, &error)) {
        logFailure("top", error);
        return {};
    }
    QList<SearchHit> hits;
    QList<qint64> keys;
    readHits(*select, false, hits, keys);
    return hits;
}

QList<Searcher::RelatedWord> Searcher::distinctiveWords(const RelatedTerms& terms,
                                                        qint64 self) const
{
    // tf-idf over the whole archive, as Lucene's MoreLikeThis chooses: each word's weight in the
    // paper (title and keywords count more, RelatedTerms.h), damped by a square root so that one
    // word repeated does not outweigh several, times log(1 + papers / papers holding it), the count
    // floored at relatedRareFloor. A word no other paper holds finds nothing and is left out.
    QString error;
    const auto papers = m_connection->scalar(QStringLiteral("SELECT count(*) FROM papers"), &error);
    const double total = std::max(1.0, papers ? papers->toDouble() : 1.0);
    const int generic = std::max(relatedGenericLimit, int(total / 50));
    store::PreparedQuery holding(
        *m_connection,
        QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ? LIMIT ") +
            QString::number(generic + 1),
        &error);
    QList<RelatedWord> scored;
    for (const auto& [word, weight] : terms.heaviest(relatedCandidateWords)) {
        if (!holding ||
            !holding.exec({QString(QLatin1Char('"') + word + QLatin1Char('"'))}, &error)) {
            logFailure("related", error);
            return {};
        }
        RelatedWord related{word, 0, {}};
        while (holding->next()) {
            const qint64 key = holding->value(0).toLongLong();
            if (key != self)
                related.papers.append(key);
        }
        holding->finish();
        const double count = double(related.papers.size() + 1);
        if (related.papers.isEmpty() || related.papers.size() >= generic)
            continue;
        related.weight =
            std::sqrt(double(weight)) * std::log(1 + total / std::max(count, relatedRareFloor));
        if (related.weight > 0)
            scored.append(related);
    }
    std::sort(scored.begin(), scored.end(), [](const RelatedWord& a, const RelatedWord& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    if (scored.size() > relatedQueryWords)
        scored.resize(relatedQueryWords);
    return scored;
}

QList<SearchHit> Searcher::related(const QString& id, int limit) const
{
    const auto parsed = core::ArxivId::parse(id);
    if (!parsed || limit <= 0)
        return {};
    QString error;
    store::Transaction snapshot(*m_connection, store::Transaction::Mode::Read);
    store::PreparedQuery text(
        *m_connection,
        QStringLiteral("SELECT p.pk, s.title, s.keywords, paperboy_text(s.abstract), "
                       "paperboy_text(s.ai_summary), (SELECT group_concat("
                       "paperboy_text(markdown), char(10)) FROM sections "
                       "WHERE paper = s.paper AND source = s.source) "
                       "FROM papers p JOIN paper_sources s ON s.paper = p.pk WHERE p.id = ?"),
        &error);
    if (!snapshot.begin(&error) || !text || !text.exec({parsed->id()}, &error)) {
        logFailure("related", error);
        return {};
    }
    qint64 key = -1;
    RelatedTerms terms;
    while (text->next()) {
        key = text->value(0).toLongLong();
        terms.add(text->value(1).toString(), 4);
        terms.add(store::sql::listFrom(text->value(2)).join(QLatin1Char(' ')), 3);
        terms.add(text->value(3).toString(), 1);
        terms.add(text->value(4).toString(), 1);
        terms.add(text->value(5).toString(), 1);
    }
    if (key < 0)
        return {};
    // Every paper holding a chosen word scores its weight: those sharing most of the words
    // that say most about this one come first, of any year; then the newer.
    QHash<qint64, double> scores;
    for (const RelatedWord& word : distinctiveWords(terms, key)) {
        for (const qint64 paper : word.papers)
            scores[paper] += word.weight;
    }
    QList<std::pair<double, qint64>> ranked;
    ranked.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        ranked.append({-it.value(), -it.key()});
    const qsizetype count = std::min<qsizetype>(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + count, ranked.end());
    QList<qint64> order;
    for (qsizetype i = 0; i < count; ++i)
        order.append(-ranked.at(i).second);
    return hitsFor(order);
}

} // namespace paperboy::search
