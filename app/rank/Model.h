#pragma once

#include "rank/FeatureSpace.h"
#include "rank/PaperText.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace paperboy::rank {

// The classifiers the benchmark compares (docs/ranking.md has the figures). The library's is
// Combined: liblinear's L2-regularised L2-loss SVM (scikit-learn's LinearSVC, arxiv-sanity's
// choice), which gives every telling word some weight, plus L1-regularised logistic regression,
// which picks the few words that decide, each scaled to the same spread of scores over the
// training papers and added. Both are linear over the same features, so the sum is one linear
// model: scoring and "why" cost what one model costs.
enum class Classifier {
    LinearSvm,
    LogisticRegression,
    L1Svm,
    L1LogisticRegression,
    Centroid, // Rocchio: the mean bookmarked vector minus the mean other vector
    Combined,
};

struct TrainOptions
{
    Classifier classifier = Classifier::Combined;
    // The C of the L2-regularised model (the inverse of its regularisation). 1, liblinear's and
    // scikit-learn's default: with unit-length vectors and balanced class weights, arxiv-sanity's
    // 0.1 underfits a reader with few bookmarks (the benchmark reports 0.03 to 10).
    double c = 1.0;
    // The C of the L1-regularised model in Combined.
    double sparseC = 1.0;
    FieldWeights fieldWeights = defaultFieldWeights;
    // The vocabulary (FeatureSpace.h's VocabularyOptions).
    int minDocuments = 2;
    // The bookmarks' terms kept even when seen once (min-df 1 for them). Off: it raises the mean
    // but lets the L1 model lean on words that separate one bookmark from everything, and a
    // reader with 10 bookmarks fell from 0.90 to 0.77 (docs/ranking.md).
    bool keepBookmarkTerms = false;
    double maxDocumentShare = 1.0;
    bool phrases = true;
    // Each class weighted by the inverse of its size, so that 20 bookmarks are not outvoted by
    // 2,000 other papers; false weighs every paper the same.
    bool balancedClassWeights = true;
    // liblinear's stopping tolerance.
    double tolerance = 0.1;
};

// What a reader's model learns from: the bookmarked papers against the dismissed ones and a
// sample of papers the reader has not marked (most of which they would not have bookmarked).
struct TrainingSet
{
    PaperTexts positives;
    PaperTexts negatives;
    PaperTexts unlabelled;
};

// A reader's linear model over the TF-IDF features of FeatureSpace. A value: train it on any
// thread, then copy or move it where it scores. Scoring is const and thread-safe.
class Model final
{
public:
    // Nullopt when `cancel` was set (checked between papers) or when there is nothing to learn
    // from (no positive or no negative paper), with a message.
    static std::optional<Model> train(const TrainingSet& set, const TrainOptions& options,
                                      const std::atomic_bool* cancel, QString* error);

    struct Scored
    {
        double score = 0;
        QStringList why;
    };
    // score() and why() from one pass over the paper's text.
    Scored rank(const PaperText& paper, int count = 5) const;
    // The decision value: higher means more like what the reader bookmarks.
    double score(const PaperText& paper) const;
    // The terms that raised `paper`'s score most (largest weight x feature value), as a reader
    // reads them: words, two-word phrases, Korean words, "author: Name". At most `count`,
    // only terms that raised it; plain strings, never markup.
    QStringList why(const PaperText& paper, int count = 5) const;

    int featureCount() const { return m_space.size(); }

    // The file beside the user file (never only in the cache). `labelsKey` names the labels it
    // was trained on, so that a reader can tell whether it is still current.
    bool save(const QString& file, const QString& labelsKey, QString* error) const;
    static std::optional<Model> load(const QString& file, QString* labelsKey, QString* error);

private:
    FeatureSpace m_space;
    std::vector<float> m_weights; // one per feature
    double m_bias = 0;
};

} // namespace paperboy::rank
