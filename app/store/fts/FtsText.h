#pragma once

#include <QString>
#include <QStringView>

// The query side of the full-text index. The index splits every run of Korean, Chinese or
// Japanese into overlapping two-character pieces (FtsTokenizer.h: 지식증류를 -> 지식 식증 증류
// 류를; a one-character run stays itself); a user's query is written so that it finds such
// pieces: a longer word as the phrase of its pieces, a one-character word as a prefix, which
// finds the character where it starts a piece or stands alone, not where it only ends a run.
namespace paperboy::store::fts {

// Whether a character belongs to a script written without spaces between words (Hangul, Han,
// Hiragana, Katakana): the runs that the tokenizer and the queries split into pieces.
bool isUnsegmentedScript(char32_t codePoint);

// An FTS5 MATCH expression finding what `userQuery` names: every whitespace-separated term
// must occur (AND); a Korean term of two or more characters matches anywhere inside a word,
// a one-character one and a Latin term match words they start. Empty when the query holds nothing
// searchable.
QString matchQuery(QStringView userQuery);

// Appends `text` as one FTS5 string (in double quotes, inner quotes doubled), so that nothing
// a user types is read as query syntax.
void appendQuoted(QString& out, QStringView text);
// Whether `text` holds a letter or digit: a term without one matches nothing.
bool hasWordCharacter(QStringView text);

} // namespace paperboy::store::fts
