#pragma once

#include "parse/WarningSink.h"

#include <QByteArray>

namespace paperboy::parse {

// Turns raw file bytes into the clean UTF-8 the markdown reader works on: a leading BOM is
// dropped, CRLF and lone CR become LF, invalid UTF-8 and NUL bytes become U+FFFD. Line numbers
// stay those of the input. Invalid UTF-8 and NUL bytes are reported (with the first line).
QByteArray cleanDigestText(const QByteArray& raw, WarningSink& warnings);

} // namespace paperboy::parse
