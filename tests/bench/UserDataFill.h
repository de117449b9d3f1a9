#pragma once

#include "store/db/DataPaths.h"

#include <QString>

namespace paperboy::bench {

// Writes `bookmarks` bookmarks (with their kept metadata) and `reads` read marks for the
// cache's papers, newest days first, into paths.userFile: a heavy reader's user file for the
// start-up benchmark. The cache must hold at least that many papers.
bool fillUserData(const store::DataPaths& paths, int bookmarks, int reads, QString* error);

} // namespace paperboy::bench
