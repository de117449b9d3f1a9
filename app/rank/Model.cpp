#include "rank/Model.h"

#include "rank/Terms.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <linear.h>

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

void quiet(const char*) {}

// Identifies the file and its layout; a model of another layout is retrained, not misread.
constexpr quint32 fileMagic = 0x50425259; // 'PBRY'
constexpr quint32 fileVersion = 1;

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
    model.m_space = FeatureSpace::build(all, options.fieldWeights, 2, &vectors, cancel);
    if (cancelled(cancel))
        return std::nullopt;

    // liblinear's rows: 1-based feature indices, then the bias feature, then index -1.
    const int features = model.m_space.size();
    std::vector<std::vector<feature_node>> rows;
    rows.reserve(size_t(all.size()));
    for (SparseVector& vector : vectors) {
        if (cancelled(cancel))
            return std::nullopt;
        std::sort(vector.begin(), vector.end()); // liblinear wants ascending indices
        std::vector<feature_node> row;
        for (const auto& [index, value] : vector)
            row.push_back({index + 1, double(value)});
        row.push_back({features + 1, 1.0});
        row.push_back({-1, 0.0});
        rows.push_back(std::move(row));
    }
    std::vector<feature_node*> pointers;
    std::vector<double> labels;
    for (qsizetype i = 0; i < all.size(); ++i) {
        pointers.push_back(rows[size_t(i)].data());
        labels.push_back(i < set.positives.size() ? 1.0 : -1.0);
    }
    problem prob{};
    prob.l = int(all.size());
    prob.n = features + 1;
    prob.y = labels.data();
    prob.x = pointers.data();
    prob.bias = 1.0;

    // Balanced class weights: each class counts as much as the other, however few bookmarks.
    const double positives = double(set.positives.size());
    const double negatives = double(all.size()) - positives;
    int weightLabels[2] = {1, -1};
    double weights[2] = {double(all.size()) / (2 * positives),
                         double(all.size()) / (2 * negatives)};
    parameter param{};
    param.solver_type = options.classifier == Classifier::LinearSvm ? L2R_L2LOSS_SVC_DUAL : L2R_LR;
    param.eps = 0.1;
    param.C = options.c;
    param.nr_weight = 2;
    param.weight_label = weightLabels;
    param.weight = weights;
    if (const char* problemText = check_parameter(&prob, &param)) {
        if (error)
            *error = QString::fromUtf8(problemText);
        return std::nullopt;
    }
    set_print_string_function(quiet);
    std::unique_ptr<struct model, void (*)(struct model*)> trained(
        ::train(&prob, &param), [](struct model* m) { free_and_destroy_model(&m); });
    if (!trained || cancelled(cancel)) {
        if (error && !trained)
            *error = Text::tr("Training failed");
        return std::nullopt;
    }
    // liblinear's decision function is for its first label, which is the first row's class.
    const double sign = trained->label[0] == 1 ? 1.0 : -1.0;
    model.m_weights.resize(size_t(features));
    for (int i = 0; i < features; ++i)
        model.m_weights[size_t(i)] = float(sign * get_decfun_coef(trained.get(), i + 1, 0));
    model.m_bias = sign * get_decfun_coef(trained.get(), features + 1, 0);
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
