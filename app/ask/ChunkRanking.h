#pragma once

#include "ask/PageChunks.h"

#include <QStringList>
#include <QStringView>

namespace paperboy::ask {

// The terms of `text` by the rules of the search index (store/fts/FtsTokenizer.h), so that a
// question finds in a PDF what it would find in the cache: case folded; a run of letters and
// digits is one term; a run of Hangul, Han or Kana becomes its overlapping two-character pieces
// (지식증류를 -> 지식 식증 증류 류를), a one-character run that character.
QStringList searchTerms(QStringView text);

// The chunks most relevant to `question`, by bm25 over the chunks' terms (k1 1.2, b 0.75, as
// FTS5's bm25()), that fit together in `tokenBudget` tokens (summarize::estimateTokens of their
// text plus a page label each), returned in the paper's order. Only chunks that share a term
// with the question are taken; a question that matches nothing gets the paper's first chunks,
// which hold its abstract and introduction.
PageChunks selectChunks(const PageChunks& chunks, QStringView question, int tokenBudget);

// What a chunk costs in a prompt: its text and its page label.
int chunkTokens(const PageChunk& chunk);

} // namespace paperboy::ask
