#pragma once

#include "store/db/DataPaths.h"

namespace paperboy::ui {

// Upgrades a cache of an older schema before the window is built, on a worker thread: the
// migrations may rebuild the search index (20 s for 50 000 papers), and until now nothing was
// on screen meanwhile. When it takes longer than `quietMs` (0: at once), a small window says
// what is happening, without a Cancel button: a migration stopped half way is rolled back and
// would run again at the next start. A current, missing or damaged cache is left to the
// window's start-up, which reports any problem as always.
void upgradeCacheShowingProgress(const store::DataPaths& paths, int quietMs = 400);

} // namespace paperboy::ui
