#pragma once

#include "search/Query.h"

#include <QString>
#include <QVariantList>

namespace paperboy::search {

// The SQL behind is:bookmarked, is:read / is:unread, has:note and has:highlight, over the user file
// attached to the search connection as schema "user" (Searcher attaches it read-only when it
// exists). `pk` names the papers.pk column being filtered.
QString userFilterSql(const Query& query, const QString& pk);

// Papers whose note holds every positive word of the query (a substring, any case for Latin
// letters): the notes are searched too, and with `withHighlights` so is each highlight's text
// with its comment. Rows of (pk, score); empty when the query has no positive word. The score
// puts them before every full-text match: the reader wrote or chose that text.
// Its values are appended to `values`.
QString noteMatchSql(const Query& query, QVariantList& values, bool withHighlights);

} // namespace paperboy::search
