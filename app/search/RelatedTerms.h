#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace paperboy::search {

// The words that say what a paper is about, for "more like this": the paper's own text is
// reduced to its most frequent content words (English words without the common ones, Korean
// two-syllable pieces), weighted by where they stand; Searcher::related weighs them by their
// rarity in the archive and ranks the papers sharing most of the weight first.
class RelatedTerms final
{
public:
    // Counts the words of `text`, each `weight` times (a title word counts more).
    void add(const QString& text, int weight);
    // The `count` heaviest words, heaviest first, with their weights.
    QList<std::pair<QString, int>> heaviest(int count) const;

private:
    void addWord(const QString& word, int weight);
    QHash<QString, int> m_weights;
};

} // namespace paperboy::search
