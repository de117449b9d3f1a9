#include "rank/Terms.h"

#include "store/fts/FtsText.h"

#include <QSet>
#include <QVarLengthArray>

namespace paperboy::rank {
namespace {

// Function words that say nothing about a topic: a fixed general list, not tuned to any data.
const char* const stopWordList[] = {
    "a",       "about",  "above",   "after", "again", "all",    "also",    "am",     "an",
    "and",     "any",    "are",     "as",    "at",    "be",     "been",    "being",  "between",
    "both",    "but",    "by",      "can",   "could", "did",    "do",      "does",   "doing",
    "down",    "during", "each",    "few",   "for",   "from",   "further", "had",    "has",
    "have",    "having", "he",      "her",   "here",  "hers",   "him",     "his",    "how",
    "however", "i",      "if",      "in",    "into",  "is",     "it",      "its",    "itself",
    "just",    "more",   "most",    "much",  "must",  "my",     "no",      "nor",    "not",
    "of",      "off",    "on",      "once",  "only",  "or",     "other",   "our",    "ours",
    "out",     "over",   "own",     "same",  "she",   "should", "so",      "some",   "such",
    "than",    "that",   "the",     "their", "them",  "then",   "there",   "these",  "they",
    "this",    "those",  "through", "thus",  "to",    "too",    "under",   "until",  "up",
    "us",      "very",   "via",     "was",   "we",    "were",   "what",    "when",   "where",
    "which",   "while",  "who",     "whom",  "why",   "will",   "with",    "within", "without",
    "would",   "yet",    "you",     "your",
};

bool isStopWord(QStringView word)
{
    static const QSet<quint64> hashes = [] {
        QSet<quint64> set;
        for (const char* stopWord : stopWordList)
            set.insert(termHash(QString::fromLatin1(stopWord)));
        return set;
    }();
    return hashes.contains(termHash(word));
}

bool isUnsegmented(QChar c)
{
    return store::fts::isUnsegmentedScript(c.unicode());
}

// English plural folding, deliberately light: "models" -> "model", but "process", "analysis",
// "focus" and short words stay.
void foldPlural(QVarLengthArray<char16_t, 64>& word)
{
    const qsizetype n = word.size();
    if (n > 3 && word[n - 1] == u's' && word[n - 2] != u's' &&
        !(word[n - 2] == u'i' || word[n - 2] == u'u'))
        word.resize(n - 1);
}

// Korean particles, longest first: what "the word" of a piece leaves out. Only those no common
// noun ends with: 이, 가, 과, 도, 로 and 만 also end words (차이, 평가, 결과, 정확도, 경로).
const QStringList& particles()
{
    static const QStringList list = {
        QStringLiteral("에서는"), QStringLiteral("으로"), QStringLiteral("에서"),
        QStringLiteral("에게"),   QStringLiteral("을"),   QStringLiteral("를"),
        QStringLiteral("은"),     QStringLiteral("는"),   QStringLiteral("의"),
        QStringLiteral("에"),     QStringLiteral("와"),
    };
    return list;
}

} // namespace

quint64 termHash(QStringView term)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : term) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

void forEachTerm(QStringView text, const TermCallback& onTerm)
{
    QVarLengthArray<char16_t, 64> word;
    QVarLengthArray<char16_t, 64> previous; // the last kept English word; empty after a break
    QVarLengthArray<char16_t, 128> phrase;
    const auto view = [](const auto& buffer) { return QStringView(buffer.data(), buffer.size()); };
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        const QChar c = text.at(at);
        if (isUnsegmented(c)) {
            qsizetype end = at;
            while (end < size && isUnsegmented(text.at(end)))
                ++end;
            if (end - at == 1)
                onTerm(termHash(text.mid(at, 1)), text.mid(at, 1));
            for (qsizetype k = at; k + 1 < end; ++k)
                onTerm(termHash(text.mid(k, 2)), text.mid(k, 2));
            previous.clear();
            at = end;
        } else if (c.isLetterOrNumber()) {
            word.clear();
            bool digitsOnly = true;
            for (; at < size && text.at(at).isLetterOrNumber() && !isUnsegmented(text.at(at));
                 ++at) {
                const QChar folded = text.at(at).toCaseFolded();
                digitsOnly = digitsOnly && folded.isDigit();
                word.append(folded.unicode());
            }
            foldPlural(word);
            const QStringView kept = view(word);
            if (kept.size() < 2 || digitsOnly || isStopWord(kept)) {
                previous.clear();
                continue;
            }
            onTerm(termHash(kept), kept);
            if (!previous.isEmpty()) {
                phrase.clear();
                phrase.append(previous.constData(), previous.size());
                phrase.append(u' ');
                phrase.append(word.constData(), word.size());
                onTerm(termHash(view(phrase)), view(phrase));
            }
            previous = word;
        } else {
            // Spaces and hyphens join the words of a phrase; any other mark ends it.
            if (!c.isSpace() && c != QLatin1Char('-'))
                previous.clear();
            ++at;
        }
    }
}

void appendTerms(QStringView text, QList<QString>& terms)
{
    forEachTerm(text, [&](quint64, QStringView term) { terms.append(term.toString()); });
}

QString authorTerm(const QString& name)
{
    return QStringLiteral("author: ") + name.simplified();
}

QString readableTerm(const QString& term, QStringView text)
{
    if (term.isEmpty() || !isUnsegmented(term.at(0)))
        return term;
    const qsizetype found = text.indexOf(term);
    if (found < 0)
        return term;
    qsizetype start = found;
    while (start > 0 && isUnsegmented(text.at(start - 1)))
        --start;
    qsizetype end = found + term.size();
    while (end < text.size() && isUnsegmented(text.at(end)))
        ++end;
    QString word = text.mid(start, end - start).toString();
    for (const QString& particle : particles()) {
        // Also when the piece itself holds the particle (작을 of 동작을): the word is 동작.
        if (word.size() >= particle.size() + 2 && word.endsWith(particle)) {
            word.chop(particle.size());
            break;
        }
    }
    return word;
}

} // namespace paperboy::rank
