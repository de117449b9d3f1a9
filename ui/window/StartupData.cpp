#include "ui/window/StartupData.h"

#include "store/cache/CacheRecovery.h"
#include "store/user/UserStore.h"
#include "ui/days/CachedDays.h"

#include <QFileInfo>
#include <QFontDatabase>

namespace paperboy::ui {

StartupData loadStartupData(const store::DataPaths& paths, const ReaderState& state)
{
    StartupData data;
    data.day = QDate::currentDate();
    if (!store::recoverCache(paths, &data.cacheNotice, &data.error))
        return data;
    // A cache that does not exist yet is created by the first import, not by looking at it.
    data.cacheExists = QFileInfo::exists(paths.cacheFile);
    if (!data.cacheExists)
        return data;
    const std::unique_ptr<store::CacheReader> reader = store::CacheReader::open(paths, &data.error);
    if (!reader)
        return data;

    data.days = reader->days();
    const CachedDays days(data.days);
    const std::optional<QDate> latest = days.latest();
    const bool newDigestsArrived =
        latest && state.latestDayAtExit.isValid() && *latest > state.latestDayAtExit;
    if (state.day.isValid() && days.contains(state.day) && !newDigestsArrived) {
        data.day = state.day;
        data.paperId = state.paperId;
    } else if (latest) {
        data.day = *latest;
    }
    if (days.contains(data.day))
        data.items = reader->dayList(data.day);
    // The first day's stars only: the user-data thread reads every bookmark right after, and
    // start-up must not grow with the number of bookmarks.
    if (!data.items.isEmpty() && QFileInfo::exists(paths.userFile)) {
        QStringList ids;
        ids.reserve(data.items.size());
        for (const store::PaperListItem& item : std::as_const(data.items))
            ids.append(item.id);
        QString error;
        if (const auto userStore = store::UserStore::open(paths, &error))
            data.bookmarks = userStore->bookmarkedAmong(ids);
    }
    return data;
}

namespace {

StartupData prepareOnWorker(const store::DataPaths& paths, const ReaderState& state)
{
    // The font database is filled at the first use of any font: fontconfig reads its
    // configuration and lists every installed font, several milliseconds that the window's
    // first widgets would otherwise wait for. QFontDatabase is thread-safe; filling it here
    // overlaps with building the widgets that need no font yet (actions, menus).
    QFontDatabase::families();
    return loadStartupData(paths, state);
}

} // namespace

StartupLoader::StartupLoader(const store::DataPaths& paths, const ReaderState& state)
    : m_result(std::async(std::launch::async, prepareOnWorker, paths, state))
{}

StartupLoader::~StartupLoader()
{
    if (m_result.valid())
        m_result.wait();
}

StartupData StartupLoader::take()
{
    return m_result.get();
}

} // namespace paperboy::ui
