#include "GenVocabulary.h"

#include <algorithm>

namespace paperboy::bench {
namespace {

QString englishLikeWord(QRandomGenerator& random)
{
    static const char consonants[] = "bcdfghklmnprstvz";
    static const char vowels[] = "aeiou";
    QString word;
    const int syllables = 2 + random.bounded(3);
    for (int s = 0; s < syllables; ++s) {
        word += QLatin1Char(consonants[random.bounded(int(sizeof consonants) - 1)]);
        word += QLatin1Char(vowels[random.bounded(int(sizeof vowels) - 1)]);
    }
    if (random.bounded(2) == 0)
        word += QLatin1Char(consonants[random.bounded(int(sizeof consonants) - 1)]);
    return word;
}

// A Hangul syllable: one of 19 initial consonants, 21 vowels, and no final consonant or one of
// the four most common (ㄴ, ㄹ, ㅁ, ㅇ): some 2 000 syllables, as in everyday text.
QChar hangulSyllable(QRandomGenerator& random)
{
    static const int finals[] = {0, 0, 0, 4, 8, 16, 21};
    const int initial = random.bounded(19);
    const int vowel = random.bounded(21);
    const int final = finals[random.bounded(int(std::size(finals)))];
    return QChar(char16_t(0xAC00 + (initial * 21 + vowel) * 28 + final));
}

QString koreanLikeWord(QRandomGenerator& random)
{
    QString word;
    const int syllables = 2 + random.bounded(3);
    for (int s = 0; s < syllables; ++s)
        word += hangulSyllable(random);
    return word;
}

} // namespace

Vocabulary Vocabulary::zipf(Script script, const QStringList& head, int size)
{
    QRandomGenerator random(script == Script::English ? 7 : 11); // the same words every time
    Vocabulary vocabulary;
    QStringList& words = vocabulary.m_words;
    while (words.size() < size)
        words.append(script == Script::English ? englishLikeWord(random) : koreanLikeWord(random));
    // Head word i at rank 8 + 3 i²: model (i = 0) in most papers, the last ones in a few.
    for (qsizetype i = 0; i < head.size(); ++i)
        words.insert(std::min<qsizetype>(words.size(), 7 + 3 * i * i), head.at(i));
    double total = 0;
    for (qsizetype rank = 1; rank <= words.size(); ++rank) {
        total += 1.0 / double(rank);
        vocabulary.m_cumulative.push_back(total);
    }
    return vocabulary;
}

Vocabulary Vocabulary::small(const QStringList& words)
{
    Vocabulary vocabulary;
    vocabulary.m_words = words;
    return vocabulary;
}

QString Vocabulary::pick(QRandomGenerator& random) const
{
    if (m_cumulative.empty())
        return m_words.at(random.bounded(int(m_words.size())));
    const double target = random.generateDouble() * m_cumulative.back();
    const auto at = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return m_words.at(std::min<qsizetype>(at - m_cumulative.begin(), m_words.size() - 1));
}

QString Vocabulary::text(QRandomGenerator& random, int length) const
{
    QString result;
    while (result.size() < length) {
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        result += pick(random);
    }
    return result;
}

} // namespace paperboy::bench
