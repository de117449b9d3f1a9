#pragma once

#include "search/Query.h"
#include "search/Snippet.h"
#include "store/db/DataPaths.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace paperboy::store {
class Connection;
}

namespace paperboy::search {

class RelatedTerms;
struct MatchExpression;
struct RowidBounds;

// One paper found, as the result lists show it.
struct SearchHit
{
    QString id;
    QDate date; // the first day a digest listed it
    QString title;
    std::optional<int> votes;
    Snippet snippet;  // empty for filter-only queries, week/month tops and ids
    double score = 0; // bm25 (lower is better), 0 without text terms
    qint64 key = 0;   // papers.pk, valid for the snapshot it was read in
};

// One page of results: `limit` hits after the first `offset` ones, in the order `sort` gives.
// The next page is the same query and sort with offset + limit (SearchSummary::more says
// whether there is one); each page reads its own snapshot, so a sync between pages may shift
// them, but a page never repeats a hit of its own.
struct SearchOptions
{
    Sort sort = Sort::Relevance;
    int limit = 50;
    int offset = 0;
};

// A paper a query matches and its date as a search hit gives it (SearchHit::date).
struct DatedMatch
{
    qint64 key = 0; // papers.pk
    QDate date;
};

// What a search found beyond the hits it answers, for the window to say.
struct SearchSummary
{
    bool more = false; // more papers match than the page let through: there is a next page
    // Relevance ranked only the newest rankedMatchLimit matches: more matched, and an older
    // paper may rank better (sorting by date or votes reads every match).
    bool rankedNewest = false;
};

// How many matches relevance ranks at most: the newest ones (by papers.pk, the order papers
// were cached in). Measured in docs/performance.md: bm25 over 2 000 matches takes about 3 ms.
inline constexpr int rankedMatchLimit = 2000;

// Searches the cache's full-text index (paper_fts) and its tables. Owns its own read-only
// connection, so it belongs to one thread: the CLI's, or the window's reader thread. Every call
// reads one snapshot and answers values; a database error answers nothing and is logged.
class Searcher final
{
public:
    static std::unique_ptr<Searcher> open(const store::DataPaths& paths, QString* error);
    ~Searcher();

    // Ranked by bm25 with the title weighted up (then by date); an arXiv id query answers that
    // paper alone when it is cached, else its words are searched.
    QList<SearchHit> search(const Query& query, const SearchOptions& options,
                            SearchSummary* summary = nullptr) const;
    // Every paper search() finds for `query` (as sorting by date finds them: no bound on the
    // matches ranked), with its date, and nothing else read: for counting them (app/trends).
    QList<DatedMatch> datedMatches(const Query& query) const;
    // The papers listed between two days (inclusive) with the most votes, each with its first
    // day in that range; unknown votes last.
    QList<SearchHit> top(QDate first, QDate last, int limit) const;
    // The papers most like `id` by its title, keywords and texts, of any day, never itself.
    QList<SearchHit> related(const QString& id, int limit) const;

private:
    Searcher(std::unique_ptr<store::Connection> connection, QString userFile);
    // The user file attached read-only as schema "user", for is:, has: and the notes; false
    // while it does not exist (nothing is bookmarked, read or noted then).
    bool attachUserData() const;
    QList<SearchHit> searchText(const Query& query, const SearchOptions& options,
                                SearchSummary* summary) const;
    // The rows (pk, score) of every paper passing the query, its values appended to `values`;
    // `rankBounded`: only the newest rankedMatchLimit text matches; `scored`: with bm25.
    // Which of the reader's texts words are also looked for in: notes (and highlights, found
    // like notes), each only when the user file has any.
    struct UserTexts
    {
        bool notes = false;
        bool highlights = false;
    };
    UserTexts userTexts(bool user, const MatchExpression& match) const;
    QString candidateSql(const Query& query, const MatchExpression& match, const QString& ftsMatch,
                         bool user, UserTexts texts, const RowidBounds& bounds, bool rankBounded,
                         QVariantList& values, bool scored) const;
    // The rows shown for `keys`, in that order (a key no longer cached is left out).
    QList<SearchHit> hitsFor(const QList<qint64>& keys) const;
    // A word to find related papers by, its weight, and the other papers holding it.
    struct RelatedWord
    {
        QString word;
        double weight;
        QList<qint64> papers;
    };
    // The words of `terms` (of the paper `self`) that say most about it (RelatedTerms.h).
    QList<RelatedWord> distinctiveWords(const RelatedTerms& terms, qint64 self) const;
    QHash<qint64, Snippet> readSnippets(const QList<qint64>& keys, const QString& match) const;

    std::unique_ptr<store::Connection> m_connection;
    const QString m_userFile;
    mutable bool m_userAttached = false;
};

} // namespace paperboy::search
