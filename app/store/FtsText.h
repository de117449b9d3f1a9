#pragma once

#include <QString>
#include <QStringView>

// The text rewriting behind the full-text index (see the measurement in 001_initial.sql).
// Korean, Chinese and Japanese do not separate words with spaces, or attach particles to them
// (증류를), so unicode61 sees one long token where a reader sees several words. Every run of
// those scripts is therefore indexed as its overlapping two-character pieces plus its last
// character: 지식증류를 -> 지식 식증 증류 류를 를. Other text is left to unicode61.
namespace paperboy::store::fts {

// What goes into a paper_fts column for `text`.
QString indexText(QStringView text);

// An FTS5 MATCH expression finding what `userQuery` names: every whitespace-separated term
// must occur (AND); a Korean term matches anywhere inside a word, a Latin term matches words
// it starts. Empty when the query holds nothing searchable.
QString matchQuery(QStringView userQuery);

} // namespace paperboy::store::fts
