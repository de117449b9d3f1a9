#pragma once

#include "core/Paper.h"

#include <QJsonObject>

namespace paperboy::cli {

// The CLI's JSON form of a merged paper (documented in README.md): every key present, null or
// [] when unknown, so that scripts never have to test for a key.
QJsonObject paperToJson(const core::Paper& paper);

} // namespace paperboy::cli
