#pragma once

#include <QRandomGenerator>
#include <QStringList>

#include <vector>

namespace paperboy::bench {

// The words `paperboy-bench gen` writes, drawn with Zipf's law (the word of rank r with weight
// 1/r), as words are in real text: a few in most papers, most in few. The head words are the
// ones the search benchmark types (model, 증류, 강화학습, ...), placed at ranks from common to
// rare among generated words: English-like ones made of consonant-vowel syllables, and Korean-
// like ones of two to four Hangul syllables, whose two-syllable pieces are as sparse as real
// Korean's. A "small" vocabulary is the head words alone, drawn evenly (the generator before
// docs/performance.md's search section: every word in every paper).
class Vocabulary final
{
public:
    enum class Script { English, Korean };
    static Vocabulary zipf(Script script, const QStringList& head, int size);
    static Vocabulary small(const QStringList& words);

    QString pick(QRandomGenerator& random) const;
    // Words separated by spaces, at least `length` characters.
    QString text(QRandomGenerator& random, int length) const;

private:
    QStringList m_words;
    std::vector<double> m_cumulative; // empty: evenly
};

} // namespace paperboy::bench
