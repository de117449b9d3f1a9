#pragma once

#include <QString>

struct sqlite3;

// "paperboy_rank(paper_fts, w0, w1, ...)": FTS5's bm25() (same k1 = 1.2, b = 0.75, column
// weights and sign: lower is better) with a bound on the work behind its inverse document
// frequencies. bm25() counts every row that holds each phrase of the query, once per query;
// for a phrase (every Korean word of three or more syllables is one: 강화학습 -> 강화 화학
// 학습) that is a walk of every position list in the archive, 65 ms for a word in all of
// 50 000 papers. paperboy_rank counts in rowid order and stops at idfCountLimit rows: below
// that the count and the scores are bm25's exactly; beyond it the count is extrapolated from
// the share of the rowid range walked so far (rows are spread evenly over it: papers.pk only
// grows), which is close for a phrase spread over the archive (docs/performance.md).
namespace paperboy::store::fts {

inline constexpr const char* rankFunctionName = "paperboy_rank";
inline constexpr long long idfCountLimit = 1000;

// Registers the function on a connection's handle (FTS5 is checked by registerTokenizer).
bool registerRankFunction(sqlite3* handle, QString* error);

} // namespace paperboy::store::fts
