#pragma once

#include "rank/FeatureSpace.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace paperboy::rank {

// A linear decision function: score = weights . x + bias.
struct LinearWeights
{
    std::vector<float> weights; // one per feature
    double bias = 0;
};

// liblinear's solvers this ranking can use.
enum class Solver { L2Svm, L2Logistic, L1Svm, L1Logistic };

struct FitOptions
{
    Solver solver = Solver::L2Svm;
    double c = 1.0;
    bool balancedClassWeights = true;
    double tolerance = 0.1;
};

// One training problem in liblinear's layout, made once so that two solvers can learn from it
// (the combined model fits two). The first `positives` vectors are the positive class.
class LinearProblem final
{
public:
    // Takes each vector's features (and empties the vector) as liblinear's sorted rows. Nullopt
    // when cancelled.
    static std::optional<LinearProblem> make(std::vector<SparseVector>& vectors, int positives,
                                             int features, const std::atomic_bool* cancel);
    ~LinearProblem();
    LinearProblem(LinearProblem&&) noexcept;
    LinearProblem& operator=(LinearProblem&&) noexcept;

    std::optional<LinearWeights> fit(const FitOptions& options, QString* error) const;
    // The spread (standard deviation) of `weights`' scores over the problem's papers: what
    // makes two models' scores comparable before they are added.
    double scoreSpread(const LinearWeights& weights) const;

private:
    LinearProblem();
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace paperboy::rank
