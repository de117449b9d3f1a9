#include "sync/SyncPlanner.h"

namespace paperboy::sync {

SyncPlan planSync(const SyncRequest& request, const SyncOptions& options,
                  const LastFetchLookup& lastFetch)
{
    SyncPlan plan;
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
    if (!request.from.isValid() || !request.to.isValid())
        return plan;
    const QDate last = qMin(request.to, today.addDays(1));
    for (QDate day = last; day >= request.from; day = day.addDays(-1)) {
        const bool recent = day.daysTo(today) <= options.recheckDays;
        for (const SourceDefinition& source : request.sources) {
            const std::optional<store::FetchRecord> record = lastFetch(day, source.name);
            SyncTask task{day, source, {}};
            if (record && record->status == store::FetchRecord::Status::Fetched) {
                if (!recent && !request.recheckFetched) {
                    ++plan.skipped;
                    continue;
                }
                task.validators = {record->etag.toLatin1(), record->lastModified.toLatin1()};
            } else if (record && record->status == store::FetchRecord::Status::Missing) {
                if (!recent && !request.recheckFetched) {
                    ++plan.skipped;
                    continue;
                }
            }
            plan.tasks.append(task);
        }
    }
    return plan;
}

} // namespace paperboy::sync
