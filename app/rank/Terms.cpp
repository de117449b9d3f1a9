#include "rank/Terms.h"

#include "store/FtsText.h"

#include <QSet>

namespace paperboy::rank {
namespace {

// Function words that say nothing about a topic: a fixed general list, not tuned to any data.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char* const list[] = {
            "a",     "about",   "above", "after",  "again",   "all",     "also",  "am",
            "an",    "and",     "any",   "are",    "as",      "at",      "be",    "been",
            "being", "between", "both",  "but",    "by",      "can",     "could", "did",
            "do",    "does",    "doing", "down",   "during",  "each",    "few",   "for",
            "from",  "further", "had",   "has",    "have",    "having",  "he",    "her",
            "here",  "hers",    "him",   "his",    "how",     "however", "i",     "if",
            "in",    "into",    "is",    "it",     "its",     "itself",  "just",  "more",
            "most",  "much",    "must",  "my",     "no",      "nor",     "not",   "of",
            "off",   "on",      "once",  "only",   "or",      "other",   "our",   "ours",
            "out",   "over",    "own",   "same",   "she",     "should",  "so",    "some",
            "such",  "than",    "that",  "the",    "their",   "them",    "then",  "there",
            "these", "they",    "this",  "those",  "through", "thus",    "to",    "too",
            "under", "until",   "up",    "us",     "very",    "via",     "was",   "we",
            "were",  "what",    "when",  "where",  "which",   "while",   "who",   "whom",
            "why",   "will",    "with",  "within", "without", "would",   "yet",   "you",
            "your",
        };
        for (const char* word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isUnsegmented(QChar c)
{
    return store::fts::isUnsegmentedScript(c.unicode());
}

// English plural folding, deliberately light: "models" -> "model", but "process", "analysis",
// "focus" and short words stay.
QString folded(QString word)
{
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(u"ss") &&
        !word.endsWith(u"is") && !word.endsWith(u"us"))
        word.chop(1);
    return word;
}

bool keepWord(const QString& word)
{
    if (word.size() < 2 || stopWords().contains(word))
        return false;
    for (const QChar c : word) {
        if (!c.isDigit())
            return true;
    }
    return false; // numbers alone (years, counts) name no topic
}

// Korean particles, longest first: what "the word" of a piece leaves out.
const QStringList& particles()
{
    static const QStringList list = {
        QStringLiteral("에서는"), QStringLiteral("으로"), QStringLiteral("에서"),
        QStringLiteral("에게"),   QStringLiteral("와"),   QStringLiteral("과"),
        QStringLiteral("을"),     QStringLiteral("를"),   QStringLiteral("은"),
        QStringLiteral("는"),     QStringLiteral("이"),   QStringLiteral("가"),
        QStringLiteral("의"),     QStringLiteral("에"),   QStringLiteral("로"),
        QStringLiteral("도"),     QStringLiteral("만"),
    };
    return list;
}

} // namespace

void appendTerms(QStringView text, QList<QString>& terms)
{
    QString previous; // the last kept English word, for phrases; empty after a break
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        const QChar c = text.at(at);
        if (isUnsegmented(c)) {
            qsizetype end = at;
            while (end < size && isUnsegmented(text.at(end)))
                ++end;
            if (end - at == 1)
                terms.append(text.mid(at, 1).toString());
            for (qsizetype k = at; k + 1 < end; ++k)
                terms.append(text.mid(k, 2).toString());
            previous.clear();
            at = end;
        } else if (c.isLetterOrNumber()) {
            qsizetype end = at;
            while (end < size && text.at(end).isLetterOrNumber() && !isUnsegmented(text.at(end)))
                ++end;
            const QString word = folded(text.mid(at, end - at).toString().toCaseFolded());
            if (keepWord(word)) {
                terms.append(word);
                if (!previous.isEmpty())
                    terms.append(previous + QLatin1Char(' ') + word);
                previous = word;
            } else {
                previous.clear();
            }
            at = end;
        } else {
            // Spaces and hyphens join the words of a phrase; any other mark ends it.
            if (!c.isSpace() && c != QLatin1Char('-'))
                previous.clear();
            ++at;
        }
    }
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
        if (word.size() > particle.size() + 1 && word.endsWith(particle) &&
            word.size() - particle.size() >= found - start + term.size()) {
            word.chop(particle.size());
            break;
        }
    }
    return word;
}

} // namespace paperboy::rank
