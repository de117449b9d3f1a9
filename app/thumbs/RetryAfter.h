#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace paperboy::thumbs {

// Retry-After is delta-seconds or an HTTP date (RFC 9110): the wait in ms, never negative,
// or nothing when absent or unreadable. (The sync library has its own; thumbs may not use it.)
std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc);

} // namespace paperboy::thumbs
