#pragma once

#include "core/Paper.h"
#include "search/Searcher.h"

#include <QJsonObject>

namespace paperboy::cli {

// The CLI's JSON form of a merged paper (documented in README.md): every key present, null or
// [] when unknown, so that scripts never have to test for a key.
QJsonObject paperToJson(const core::Paper& paper);
// One search, top or related result as `search --json` prints it: id, date, title, votes,
// snippet and its highlights.
QJsonObject hitToJson(const search::SearchHit& hit);

} // namespace paperboy::cli
