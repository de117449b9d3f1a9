#pragma once

#include "search/Query.h"

#include <QString>

namespace paperboy::search {

// The FTS5 MATCH expressions for a query's terms and author filters, written for the index's
// tokenizer (store/fts/FtsTokenizer.h): every piece of user text is quoted, so that nothing the
// user types is FTS5 syntax, and the tokenizer splits it as it split the indexed text (Korean into
// two-syllable pieces, Latin words stemmed by porter).
struct MatchExpression
{
    QString positive; // all of it must match; empty when the query names nothing to match
    QString excluded; // papers matching this are left out; empty when nothing is excluded
};

MatchExpression matchExpression(const Query& query);

// One term as an FTS5 expression, or empty when it holds no letter or digit.
QString termExpression(const Term& term);

} // namespace paperboy::search
