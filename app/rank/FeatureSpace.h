#pragma once

#include "rank/PaperText.h"
#include "rank/TermIndex.h"

#include <QDataStream>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace paperboy::rank {

// The fields of a paper, each weighted on its own so that no field drowns another: a long
// Korean digest or abstract has as much say as the title, not thirty times more.
enum class Field { Title, Body, Keywords, Korean, Authors };
inline constexpr int fieldCount = 5;

// How much each field counts once its own vector has unit length. Title, English text and
// Korean text count fully; keywords and authors, short lists that mostly repeat the others or
// name one person, count half. Fixed, not fitted to any topic (the benchmark reports the
// effect of making them all 1).
using FieldWeights = std::array<float, fieldCount>;
inline constexpr FieldWeights defaultFieldWeights = {1.0F, 1.0F, 0.5F, 1.0F, 0.5F};

// A sparse feature vector: (feature, value), each feature once, in no particular order.
using SparseVector = std::vector<std::pair<int, float>>;

// Calls `onTerm` with every term (Terms.h) of every field of `paper`.
void forEachFieldTerm(const PaperText& paper,
                      const std::function<void(Field, quint64 hash, QStringView term)>& onTerm);

// Which terms make the vocabulary. The defaults are the library's; the others exist so that the
// benchmark can measure what each choice is worth (docs/ranking.md).
struct VocabularyOptions
{
    FieldWeights weights = defaultFieldWeights;
    // A term must be in at least this many documents: a term seen once tells nothing about
    // another paper.
    int minDocuments = 2;
    // The terms of the first this many documents are kept even when seen once (the bookmarked
    // papers, which Model::train puts first): a word only one bookmark has may be what the next
    // paper of a rare interest shares with it.
    int keepTermsOfFirst = 0;
    // Terms in more than this share of the documents are dropped ("model", "language" in a
    // list of AI papers); 1 keeps them all and lets the IDF weigh them down.
    double maxDocumentShare = 1.0;
    // Two-word English phrases ("robot manipulation") beside the single words.
    bool phrases = true;
};

// TF-IDF over a fixed vocabulary: sublinear term frequency (1 + ln tf) times smoothed inverse
// document frequency, per field, each field L2-normalised and weighted, the sum L2-normalised.
class FeatureSpace final
{
public:
    FeatureSpace() = default;
    // The vocabulary of `documents`: every term in at least `minDocuments` of them (a term
    // seen once can tell nothing about another paper). With `vectors`, also each document's
    // vector (as vectorOf() makes it), from the one reading of its text. Stops (with an empty
    // space) when `cancel` is set, checked between documents.
    static FeatureSpace build(const PaperTexts& documents, const FieldWeights& weights,
                              int minDocuments = 2, std::vector<SparseVector>* vectors = nullptr,
                              const std::atomic_bool* cancel = nullptr);
    static FeatureSpace build(const PaperTexts& documents, const VocabularyOptions& options,
                              std::vector<SparseVector>* vectors = nullptr,
                              const std::atomic_bool* cancel = nullptr);

    SparseVector vectorOf(const PaperText& paper) const;
    int size() const { return int(m_terms.size()); }
    const QString& term(int index) const { return m_terms.at(index); }

    void write(QDataStream& out) const;
    static std::optional<FeatureSpace> read(QDataStream& in);

private:
    // The vector of a paper's known terms, each (field << 29 | feature), fields in order.
    SparseVector vectorOfTerms(const std::vector<quint32>& packed) const;

    TermIndex m_index; // term hash -> feature
    QStringList m_terms;
    QList<float> m_idf;
    FieldWeights m_weights = defaultFieldWeights;
};

} // namespace paperboy::rank
