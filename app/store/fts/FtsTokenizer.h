#pragma once

#include <QString>

struct sqlite3;

// The full-text tokenizer of the cache, registered with SQLite's FTS5 on every connection
// Paperboy opens (see the measurement in 001_initial.sql and the switch in 003_*.sql).
//
// "paperboy_bigram" runs FTS5's own unicode61 tokenizer (its arguments are passed through,
// e.g. remove_diacritics 2) and then splits what unicode61 leaves as one token wherever
// Korean, Chinese or Japanese text is involved, because those scripts do not separate words
// with spaces or attach particles to them (증류를):
//   - Latin (and every other) text inside a token stays one token: "llm";
//   - a run of Hangul, Han or Kana becomes its overlapping two-character pieces, the same when
//     indexing and querying: 지식증류를 -> 지식 식증 증류 류를, and the query 지식증류 -> the
//     phrase 지식 식증 증류, so that a word matches anywhere inside a longer one; a
//     one-character run is that character. Until schema 9 the index also held each run's last
//     character on its own (류를 를): 30-37 % of the Korean pieces, mostly particles (은, 는,
//     을, 의), for one-character queries only (009_fts_no_last_character.sql).
//   - for exactly one space between two Hangul syllables, one piece more: a marker, _ and one
//     of 16 letters hashed from the two syllables (확산 모델 -> 확산 _k 모델, since schema 11),
//     in the position the piece across the space (산모) has in the joined spelling, because
//     Korean writers space compounds both ways. Each piece of a query word of four syllables
//     or more but its first and last has the marker as an alternative at the same position
//     (FTS5's colocated synonyms): 확산모델 -> 확산 산모|_k 모델 finds 확산모델 and 확산 모델,
//     the neighbours checking the syllables around the space (011_fts_across_spaces.sql).
//     Punctuation or a line break adds no marker (the words merely touch there); a part of one
//     syllable at either end (새 모델) is not joined.
// Doing this inside the tokenizer, not by rewriting the text before it is stored, keeps the
// stored text as it was written and tokenizes it once, in UTF-8.
namespace paperboy::store::fts {

inline constexpr const char* tokenizerName = "paperboy_bigram";
// The piece for a space between Hangul syllables: a token that unicode61 never makes.
inline constexpr char acrossSpaceMarker = '_';

// Registers the tokenizer on the handle of an open connection (Connection::open checks that
// the SQLite behind Qt's driver is the one Paperboy was built against); fails with a message
// when that SQLite has no FTS5.
bool registerTokenizer(sqlite3* handle, QString* error);

} // namespace paperboy::store::fts
