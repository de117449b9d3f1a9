#pragma once

#include "store/db/DataPaths.h"

#include <QString>

namespace paperboy::store {

// Run by the window and the CLI before anything opens the cache. A cache that cannot be used
// (not SQLite, cut off, unreadable to SQLite, another program's file, or a newer Paperboy's
// schema) is moved aside to "<file>.damaged-<time>" (never deleted) so that the next open
// starts an empty one; the cache only holds what can be downloaded again, and the user file
// is not touched. `notice` then says, in plain words, what was found, where the file went and
// that a sync fills the cache again. The checks read the header and the schema only, so that
// they cost the same for a cache of ten days or ten years. False only when the bad file
// could not be moved (the error says why); a good or missing file is left as it is.
bool recoverCache(const DataPaths& paths, QString* notice, QString* error);

// Whether the cache exists and its header names an older schema than this version's, so that
// opening it runs migrations (which may rebuild the search index: 20 s for 50 000 papers).
// Reads the header only; false for a missing, current, newer or damaged file.
bool cacheNeedsUpgrade(const DataPaths& paths);

} // namespace paperboy::store
