#include "rank/Model.h"

#include "rank/LinearFit.h"
#include "rank/Terms.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <memory>

namespace paperboy::rank {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::rank)
};

// Identifies the file and its layout; a model of another layout is retrained, not misread.
constexpr quint32 fileMagic = 0x50425259; // 'PBRY'
constexpr quint32 fileVersion = 2;        // 2: the combined model

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

std::optional<Model> Model::train(const TrainingSet& set, const TrainOptions& options,
                                  const std::atomic_bool* cancel, QString* error)
{
    if (set.positives.isEmpty() || (set.negatives.isEmpty() && set.unlabelled.isEmpty())) {
        if (error)
            *error = Text::tr("Nothing to learn from: it needs bookmarked and other papers");
        return std::nullopt;
    }
    PaperTexts all = set.positives;
    all += set.negatives;
    all += set.unlabelled;
    Model model;
    std::vector<SparseVector> vectors;
    VocabularyOptions vocabulary;
    vocabulary.weights = options.fieldWeights;
    vocabulary.minDocuments = options.minDocuments;
    vocabulary.keepTermsOfFirst = options.keepBookmarkTerms ? int(set.positives.size()) : 0;
    vocabulary.maxDocumentShare = options.maxDocumentShare;
    vocabulary.phrases = options.phrases;
    model.m_space = FeatureSpace::build(all, vocabulary, &vectors, cancel);
    if (cancelled(cancel))
        return std::nullopt;

    const int features = model.m_space.size();
    const int positives = int(set.positives.size());
    if (options.classifier == Classifier::Centroid) {
        model.m_weights.assign(size_t(features), 0.0F);
        const double negatives = double(all.size()) - positives;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const float share = float(i < positives ? 1.0 / positives : -1.0 / negatives);
            for (const auto& [index, value] : vectors[size_t(i)])
                model.m_weights[size_t(index)] += share * value;
        }
        return model;
    }
    auto problem = LinearProblem::make(vectors, positives, features, cancel);
    std::vector<SparseVector>().swap(vectors); // emptied by make()
    if (!problem)
        return std::nullopt;
    FitOptions fit;
    fit.c = options.c;
    fit.balancedClassWeights = options.balancedClassWeights;
    fit.tolerance = options.tolerance;
    switch (options.classifier) {
    case Classifier::LogisticRegression:
        fit.solver = Solver::L2Logistic;
        break;
    case Classifier::L1Svm:
        fit.solver = Solver::L1Svm;
        break;
    case Classifier::L1LogisticRegression:
        fit.solver = Solver::L1Logistic;
        break;
    default:
        fit.solver = Solver::L2Svm;
        break;
    }
    auto weights = problem->fit(fit, error);
    if (!weights || cancelled(cancel)) {
        if (error && !weights && error->isEmpty())
            *error = Text::tr("Training failed");
        return std::nullopt;
    }
    if (options.classifier == Classifier::Combined) {
        fit.solver = Solver::L1Logistic;
        fit.c = options.sparseC;
        const auto sparse = problem->fit(fit, error);
        if (!sparse || cancelled(cancel)) {
            if (error && !sparse && error->isEmpty())
                *error = Text::tr("Training failed");
            return std::nullopt;
        }
        // Each model's scores to unit spread over the training papers, then added: a sum of
        // raw scores would let the model with the wider range decide alone.
        const double dense = problem->scoreSpread(*weights);
        const double sparseSpread = problem->scoreSpread(*sparse);
        const double denseScale = dense > 0 ? 1.0 / dense : 0.0;
        const double sparseScale = sparseSpread > 0 ? 1.0 / sparseSpread : 0.0;
        for (size_t i = 0; i < weights->weights.size(); ++i)
            weights->weights[i] =
                float(weights->weights[i] * denseScale + sparse->weights[i] * sparseScale);
        weights->bias = weights->bias * denseScale + sparse->bias * sparseScale;
    }
    model.m_weights = std::move(weights->weights);
    model.m_bias = weights->bias;
    return model;
}

double Model::score(const PaperText& paper) const
{
    double sum = m_bias;
    for (const auto& [index, value] : m_space.vectorOf(paper))
        sum += double(m_weights[size_t(index)]) * value;
    return sum;
}

QStringList Model::why(const PaperText& paper, int count) const
{
    return rank(paper, count).why;
}

Model::Scored Model::rank(const PaperText& paper, int count) const
{
    Scored scored;
    scored.score = m_bias;
    std::vector<std::pair<double, int>> raised; // contribution, feature
    for (const auto& [index, value] : m_space.vectorOf(paper)) {
        const double contribution = double(m_weights[size_t(index)]) * value;
        scored.score += contribution;
        if (contribution > 0)
            raised.emplace_back(contribution, index);
    }
    // Only the strongest few are made readable: three pieces of one Korean word are one reason,
    // so a few more than `count` are looked at, never all.
    const size_t look = std::min(raised.size(), size_t(count) * 4);
    std::partial_sort(raised.begin(), raised.begin() + qsizetype(look), raised.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::pair<double, QString>> terms;
    for (size_t i = 0; i < look; ++i) {
        const QString term = readableTerm(m_space.term(raised[i].second), paper.korean);
        const auto same = std::find_if(terms.begin(), terms.end(),
                                       [&](const auto& t) { return t.second == term; });
        if (same != terms.end())
            same->first += raised[i].first;
        else
            terms.emplace_back(raised[i].first, term);
    }
    std::stable_sort(terms.begin(), terms.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [contribution, term] : terms) {
        if (scored.why.size() >= count)
            break;
        scored.why.append(term);
    }
    return scored;
}

bool Model::save(const QString& file, const QString& labelsKey, QString* error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << fileMagic << fileVersion << labelsKey;
    m_space.write(stream);
    stream << quint32(m_weights.size());
    for (const float weight : m_weights)
        stream << weight;
    stream << m_bias;
    if (stream.status() != QDataStream::Ok || !out.commit()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

std::optional<Model> Model::load(const QString& file, QString* labelsKey, QString* error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString key;
    stream >> magic >> version >> key;
    auto space =
        magic == fileMagic && version == fileVersion ? FeatureSpace::read(stream) : std::nullopt;
    quint32 count = 0;
    if (space)
        stream >> count;
    if (!space || count != quint32(space->size()) || stream.status() != QDataStream::Ok) {
        if (error)
            *error = Text::tr("%1 is not a model this Paperboy can read").arg(file);
        return std::nullopt;
    }
    Model model;
    model.m_space = std::move(*space);
    model.m_weights.resize(count);
    for (float& weight : model.m_weights)
        stream >> weight;
    stream >> model.m_bias;
    if (stream.status() != QDataStream::Ok) {
        if (error)
            *error = Text::tr("%1 is not a model this Paperboy can read").arg(file);
        return std::nullopt;
    }
    if (labelsKey)
        *labelsKey = key;
    return model;
}

} // namespace paperboy::rank
