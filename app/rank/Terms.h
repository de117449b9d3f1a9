#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

// The terms the ranking counts, the same for every reader and every topic:
//   - English words, case-folded, without a plural "s" and without the commonest function
//     words ("robots" and "Robot" are one term);
//   - two-word phrases of such words written next to each other ("robot manipulation");
//   - Korean, Chinese and Japanese runs split into overlapping two-character pieces exactly as
//     the search index splits them (store/fts/FtsTokenizer.h: 강화학습을 -> 강화 화학 학습 습을),
//     because those scripts attach particles to words and put no spaces inside compounds;
//   - authors, one term each ("author: Name").
namespace paperboy::rank {

// Calls `onTerm` with each term's hash (termHash of its text) and its text, which is valid
// during the call only. No string is made per term: scoring a day is hashing and lookups.
using TermCallback = std::function<void(quint64 hash, QStringView term)>;
void forEachTerm(QStringView text, const TermCallback& onTerm);
// The same, collected as strings (for tests and reading).
void appendTerms(QStringView text, QList<QString>& terms);
QString authorTerm(const QString& name);
// FNV-1a over the UTF-16 text: the key of a term in a FeatureSpace.
quint64 termHash(QStringView term);

// A term as a reader can read it. A two-character Korean piece becomes the word of `text`
// it occurs in, without a trailing particle (강화 in "강화학습을" -> 강화학습); everything else
// is shown as it is.
QString readableTerm(const QString& term, QStringView text);

} // namespace paperboy::rank
