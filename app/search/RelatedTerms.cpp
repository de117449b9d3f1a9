#include "search/RelatedTerms.h"

#include "store/fts/FtsText.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace paperboy::search {
namespace {

// Words too common in paper text to say anything about a paper.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
             {"the",   "and",   "for",     "with",   "that",    "this",    "from",    "are",
              "our",   "its",   "can",     "which",  "these",   "their",   "into",    "than",
              "also",  "has",   "have",    "been",   "such",    "while",   "both",    "more",
              "over",  "not",   "but",     "based",  "using",   "use",     "used",    "via",
              "show",  "shows", "propose", "paper",  "results", "method",  "methods", "approach",
              "new",   "via",   "work",    "across", "without", "through", "however", "each",
              "https", "http",  "www",     "com",    "org",     "arxiv",   "abs",     "pdf"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isUnsegmented(QChar c)
{
    return store::fts::isUnsegmentedScript(c.unicode());
}

} // namespace

void RelatedTerms::addWord(const QString& word, int weight)
{
    m_weights[word] += weight;
}

void RelatedTerms::add(const QString& text, int weight)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isUnsegmented(c)) {
            qsizetype end = i;
            while (end < text.size() && isUnsegmented(text.at(end)))
                ++end;
            for (qsizetype k = i; k + 1 < end; ++k)
                addWord(text.mid(k, 2), weight);
            i = end;
        } else if (c.isLetterOrNumber()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isLetterOrNumber() &&
                   !isUnsegmented(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i).toLower();
            bool digits = true;
            for (const QChar d : word)
                digits = digits && d.isDigit();
            if (word.size() >= 3 && !digits && !stopWords().contains(word))
                addWord(word, weight);
            i = end;
        } else {
            ++i;
        }
    }
}

QList<std::pair<QString, int>> RelatedTerms::heaviest(int count) const
{
    QList<std::pair<int, QString>> ranked;
    ranked.reserve(m_weights.size());
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    QList<std::pair<QString, int>> words;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i)
        words.append({ranked.at(i).second, -ranked.at(i).first});
    return words;
}

} // namespace paperboy::search
