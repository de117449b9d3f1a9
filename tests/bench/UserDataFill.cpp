#include "UserDataFill.h"

#include "store/cache/CacheReader.h"
#include "store/user/UserStore.h"

namespace paperboy::bench {

bool fillUserData(const store::DataPaths& paths, int bookmarks, int reads, QString* error)
{
    const auto cache = store::CacheReader::open(paths, error);
    if (!cache)
        return false;
    const int wanted = qMax(bookmarks, reads);
    QList<store::Bookmark> kept;
    QStringList read;
    const QList<store::DaySummary> days = cache->days();
    for (auto day = days.crbegin(); day != days.crend() && read.size() < wanted; ++day) {
        for (const store::PaperListItem& item : cache->dayList(day->date)) {
            if (read.size() >= wanted)
                break;
            read.append(item.id);
            if (kept.size() < bookmarks) {
                store::Bookmark bookmark;
                bookmark.id = item.id;
                bookmark.title = item.title;
                bookmark.authors = item.authors;
                bookmark.date = day->date;
                bookmark.koreanTitle = item.titleKo;
                kept.append(bookmark);
            }
        }
    }
    if (read.size() < wanted) {
        *error =
            QStringLiteral("the cache has %1 papers, %2 are needed").arg(read.size()).arg(wanted);
        return false;
    }
    read = read.mid(0, reads);
    const auto user = store::UserStore::open(paths, error);
    return user && user->addBookmarks(kept, error) && user->setRead(read, true, error);
}

} // namespace paperboy::bench
