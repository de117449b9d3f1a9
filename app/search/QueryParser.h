#pragma once

#include "search/Query.h"

#include <QStringView>

namespace paperboy::search {

// Reads what a user types into the search field or `paperboy search`:
//   words           every one must occur (AND); English inflections match (the index stems)
//   "a phrase"      the words in a row
//   distill*        words starting so
//   -survey         papers without it (also -"a phrase", -distill*)
//   author:NAME     author:"Yann LeCun" — the name (or its words in a row) among the authors
//   after:DATE before:DATE   YYYY-MM-DD, YYYY-MM or YYYY, inclusive, on the first listed day
//   votes:>N votes:>=N votes:N   at least that many votes (N alone means >= N)
//   source:NAME     listed by that source (hf, daily_papers_ko, ...)
//   an arXiv id, arxiv.org or huggingface.co/papers URL on its own: that paper
// Never fails: a query that does not parse (an open quote, a bad date, an empty filter) is read
// again as plain words, so the user still gets the papers their words find.
// New filters (is:bookmarked, has:note ... once the user data is searchable) are one more
// entry in the filter table of the .cpp and one more field of Query.
Query parseQuery(QStringView text);

// The same, failing instead of falling back: nullopt when the query has a syntax error.
std::optional<Query> parseQueryStrict(QStringView text);

// The query read as plain words only, no operators: the fallback of parseQuery.
Query plainWordsQuery(QStringView text);

} // namespace paperboy::search
