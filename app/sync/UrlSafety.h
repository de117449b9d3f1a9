#pragma once

#include <QString>
#include <QUrl>

namespace paperboy::sync {

// localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine.
bool isLoopbackHost(const QString& host);

// Sync fetches only https, or plain http to a loopback host (local mirrors and tests).
// Everything else (file:, ftp:, http to another host) is refused, also as a redirect target.
bool isAllowedFetchUrl(const QUrl& url);

} // namespace paperboy::sync
