#pragma once

// paper_fts's columns in the index's order (010_packed_text.sql). The digests' Korean text comes
// first because FTS5 spends two bytes on every position list outside the first column, and
// nearly every term of a paper is in that text: in this order the index is a quarter smaller.
namespace paperboy::store::fts {

enum Column : int {
    bodyColumn = 0,     // the digests' sections
    abstractColumn = 1, // abstracts, AI summaries and keywords
    titleColumn = 2,
    authorsColumn = 3,
};
// Their names, which paper_fts shares with its content view paper_fts_text.
inline constexpr const char* columnNames[] = {"body", "abstract", "title", "authors"};
// The view's column that paper_fts's rowid is.
inline constexpr const char* contentRowidName = "paper";

} // namespace paperboy::store::fts
