#pragma once

#include "store/cache/FetchRecord.h"
#include "sync/HttpTransfer.h"
#include "sync/SyncTypes.h"

#include <functional>
#include <optional>

namespace paperboy::sync {

// One (day, source) to request, with validators when it is a re-check.
struct SyncTask
{
    QDate date;
    SourceDefinition source;
    Validators validators;
};

struct SyncPlan
{
    QList<SyncTask> tasks; // newest day first: what the reader wants to see soonest
    int skipped = 0;       // final already: fetched (or missing) and older than recheckDays
};

using LastFetchLookup =
    std::function<std::optional<store::FetchRecord>(QDate day, const QString& source)>;

// Days up to options.recheckDays old are re-checked (conditionally when fetched before); older
// days are fetched once, and a 404 for them is final too. Failed days are always retried.
// Days after tomorrow cannot have a digest yet (tomorrow can: Seoul is ahead of UTC).
SyncPlan planSync(const SyncRequest& request, const SyncOptions& options,
                  const LastFetchLookup& lastFetch);

} // namespace paperboy::sync
