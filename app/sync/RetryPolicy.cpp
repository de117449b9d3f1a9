#include "sync/RetryPolicy.h"

#include <QRandomGenerator>

namespace paperboy::sync {

int backoffDelayMs(const SyncOptions& options, int nextTry)
{
    const int doublings = qBound(0, nextTry - 2, 16);
    const qint64 base = qint64(qMax(0, options.retryBaseMs)) << doublings;
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    return int(qMin<qint64>(qint64(double(base) * jitter), 10 * 60 * 1000));
}

} // namespace paperboy::sync
