#pragma once

#include "rank/FeatureSpace.h"
#include "rank/PaperText.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace paperboy::rank {

// liblinear's two linear classifiers: the L2-regularised L2-loss support vector machine
// (scikit-learn's LinearSVC, arxiv-sanity's choice) and L2-regularised logistic regression.
enum class Classifier { LinearSvm, LogisticRegression };

struct TrainOptions
{
    Classifier classifier = Classifier::LinearSvm;
    // arxiv-sanity's C: strong regularisation, because a reader labels tens of papers against
    // thousands of features. Not fitted to our data (the benchmark reports its sensitivity).
    double c = 0.1;
    FieldWeights fieldWeights = defaultFieldWeights;
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
