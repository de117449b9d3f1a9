#include "rank/LinearFit.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace paperboy::rank {
namespace {

void quiet(const char*) {}

int solverType(Solver solver)
{
    switch (solver) {
    case Solver::L2Svm:
        return L2R_L2LOSS_SVC_DUAL;
    case Solver::L2Logistic:
        return L2R_LR;
    case Solver::L1Svm:
        return L1R_L2LOSS_SVC;
    case Solver::L1Logistic:
        return L1R_LR;
    }
    return L2R_L2LOSS_SVC_DUAL;
}

} // namespace

struct LinearProblem::Data
{
    // liblinear's rows: 1-based feature indices, then the bias feature, then index -1.
    std::vector<std::vector<feature_node>> rows;
    std::vector<feature_node*> pointers;
    std::vector<double> labels;
    int positives = 0;
    int features = 0;
};

LinearProblem::LinearProblem() : m_data(std::make_unique<Data>()) {}
LinearProblem::~LinearProblem() = default;
LinearProblem::LinearProblem(LinearProblem&&) noexcept = default;
LinearProblem& LinearProblem::operator=(LinearProblem&&) noexcept = default;

std::optional<LinearProblem> LinearProblem::make(std::vector<SparseVector>& vectors, int positives,
                                                 int features, const std::atomic_bool* cancel)
{
    LinearProblem problem;
    Data& data = *problem.m_data;
    data.positives = positives;
    data.features = features;
    data.rows.reserve(vectors.size());
    for (SparseVector& vector : vectors) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        std::sort(vector.begin(), vector.end());
        std::vector<feature_node> row;
        row.reserve(vector.size() + 2);
        for (const auto& [index, value] : vector)
            row.push_back({index + 1, double(value)});
        row.push_back({features + 1, 1.0});
        row.push_back({-1, 0.0});
        data.rows.push_back(std::move(row));
        SparseVector().swap(vector); // held twice only one paper at a time: retraining's peak
    }
    for (size_t i = 0; i < data.rows.size(); ++i) {
        data.pointers.push_back(data.rows[i].data());
        data.labels.push_back(int(i) < positives ? 1.0 : -1.0);
    }
    return problem;
}

std::optional<LinearWeights> LinearProblem::fit(const FitOptions& options, QString* error) const
{
    const Data& data = *m_data;
    problem prob{};
    prob.l = int(data.rows.size());
    prob.n = data.features + 1;
    prob.y = const_cast<double*>(data.labels.data());
    prob.x = const_cast<feature_node**>(data.pointers.data());
    prob.bias = 1.0;

    // Balanced class weights: each class counts as much as the other, however few bookmarks.
    const double all = double(data.rows.size());
    const double positives = double(data.positives);
    int weightLabels[2] = {1, -1};
    double weights[2] = {all / (2 * positives), all / (2 * (all - positives))};
    parameter param{};
    param.solver_type = solverType(options.solver);
    param.eps = options.tolerance;
    param.C = options.c;
    param.nr_weight = options.balancedClassWeights ? 2 : 0;
    param.weight_label = weightLabels;
    param.weight = weights;
    if (const char* problemText = check_parameter(&prob, &param)) {
        if (error)
            *error = QString::fromUtf8(problemText);
        return std::nullopt;
    }
    set_print_string_function(quiet);
    // liblinear's solvers visit the papers in an order drawn from rand(): seeded, the same labels
    // give the same model (and the benchmark the same figures) every time.
    std::srand(1);
    std::unique_ptr<struct model, void (*)(struct model*)> trained(
        ::train(&prob, &param), [](struct model* m) { free_and_destroy_model(&m); });
    if (!trained)
        return std::nullopt;
    // liblinear's decision function is for its first label, which is the first row's class.
    const double sign = trained->label[0] == 1 ? 1.0 : -1.0;
    LinearWeights result;
    result.weights.resize(size_t(data.features));
    for (int i = 0; i < data.features; ++i)
        result.weights[size_t(i)] = float(sign * get_decfun_coef(trained.get(), i + 1, 0));
    result.bias = sign * get_decfun_coef(trained.get(), data.features + 1, 0);
    return result;
}

double LinearProblem::scoreSpread(const LinearWeights& weights) const
{
    const Data& data = *m_data;
    if (data.rows.empty())
        return 0;
    double sum = 0;
    double squares = 0;
    for (const std::vector<feature_node>& row : data.rows) {
        double score = 0;
        for (const feature_node& node : row) {
            if (node.index > 0 && node.index <= data.features)
                score += double(weights.weights[size_t(node.index - 1)]) * node.value;
        }
        sum += score;
        squares += score * score;
    }
    const double n = double(data.rows.size());
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, squares / n - mean * mean));
}

} // namespace paperboy::rank
