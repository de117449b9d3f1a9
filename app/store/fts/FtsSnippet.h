#pragma once

#include <QString>

struct sqlite3;

// "paperboy_snippet(paper_fts, open, close, ellipsis, tokens)": what FTS5's snippet() returns
// for the column holding most of the query's phrases (the title last on a tie), a window of at most
// `tokens` tokens around the hits with each hit between `open` and `close`; NULL for a row
// without hits. snippet() tokenizes the column's whole text twice per row (4.5 KB of Korean
// body, about 140 us) and scores every pair of hits; this one picks the window from the hits'
// token offsets alone and tokenizes only up to the window's end (docs/performance.md).
//
// "paperboy_snippet(paper_fts, open, close, ellipsis, tokens, 'paper_fts_text')" reads the quoted
// column from that content view by itself (FtsColumns.h names the columns) instead of having FTS5
// read the whole row, which unpacks every packed text of the paper (PackedText.h).
namespace paperboy::store::fts {

inline constexpr const char* snippetFunctionName = "paperboy_snippet";

bool registerSnippetFunction(sqlite3* handle, QString* error);

} // namespace paperboy::store::fts
