#pragma once

// The benchmarks' one definition of a percentile, so that their p50 and p95 figures mean the
// same thing: the nearest rank, the value at round(fraction * (n - 1)) of the sorted values.

#include <QList>

#include <algorithm>

namespace paperboy::testing {

inline double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        std::min(values.size() - 1, qsizetype(fraction * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace paperboy::testing
