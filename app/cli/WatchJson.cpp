#include "cli/WatchJson.h"

#include "cli/PaperJson.h"
#include "store/db/SqlValues.h"

#include <QFileInfo>

namespace paperboy::cli {

std::unique_ptr<search::WatchSearch> openWatchSearch(const store::DataPaths& paths, QString* error)
{
    if (!QFileInfo::exists(paths.cacheFile))
        return nullptr;
    return search::WatchSearch::open(paths, error);
}

QJsonArray watchListJson(const store::Watches& watches, const search::WatchSearch* search)
{
    const auto counts = search ? search->countNew(watches) : std::nullopt;
    QJsonArray array;
    for (const store::Watch& watch : watches) {
        array.append(QJsonObject{
            {QStringLiteral("name"), watch.name},
            {QStringLiteral("query"), watch.query},
            {QStringLiteral("position"), watch.position},
            {QStringLiteral("created"), store::sql::timeValue(watch.createdAt).toString()},
            {QStringLiteral("seen"), watch.seenMark},
            {QStringLiteral("total"), search ? search->total(watch.query) : 0},
            {QStringLiteral("new"), counts ? counts->newCount(watch.name) : 0}});
    }
    return array;
}

QJsonArray watchHitsJson(const search::WatchPage& page)
{
    QJsonArray array;
    for (const search::SearchHit& hit : page.hits) {
        QJsonObject object = hitToJson(hit);
        object.insert(QStringLiteral("new"), page.newKeys.contains(hit.key));
        array.append(object);
    }
    return array;
}

} // namespace paperboy::cli
