#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace paperboy::core {

// Retry-After is either delta-seconds or an HTTP date (RFC 9110). Returns the wait in ms
// (never negative), or nothing when the value is absent or unreadable. Here so that every
// downloader (sync, thumbnails, PDFs) reads the header the same way.
std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc);

} // namespace paperboy::core
