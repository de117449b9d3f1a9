#include "search/WatchCounts.h"

namespace paperboy::search {

const WatchNew* WatchCounts::find(const QString& name) const
{
    for (const WatchNew& watch : watches) {
        if (watch.name == name)
            return &watch;
    }
    return nullptr;
}

int WatchCounts::newCount(const QString& name) const
{
    const WatchNew* watch = find(name);
    return watch ? watch->count() : 0;
}

QList<std::pair<QString, int>> gainedWatches(const WatchCounts& before, const WatchCounts& after)
{
    QList<std::pair<QString, int>> gained;
    for (const WatchNew& watch : after.watches) {
        const WatchNew* old = before.find(watch.name);
        if (old && old->query == watch.query && watch.count() > old->count())
            gained.append({watch.name, watch.count()});
    }
    return gained;
}

} // namespace paperboy::search
