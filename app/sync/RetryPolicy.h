#pragma once

#include "core/RetryAfter.h"
#include "sync/SyncTypes.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace paperboy::sync {

// Exponential backoff with jitter before try `nextTry` (2 is the first retry):
// base * 2^(nextTry-2), scaled by a random factor in [0.5, 1.5) so that many clients (or many
// days of one sync) do not retry in lockstep.
int backoffDelayMs(const SyncOptions& options, int nextTry);

using core::parseRetryAfterMs; // core/RetryAfter.h

} // namespace paperboy::sync
