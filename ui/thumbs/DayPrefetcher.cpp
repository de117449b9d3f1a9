#include "ui/thumbs/DayPrefetcher.h"

#include "store/cache/CacheReader.h"
#include "thumbs/ThumbnailLoader.h"

#include <optional>

namespace paperboy::ui {

// Lives on the prefetcher's thread. A reader is opened per day asked for, not kept: a day is
// prefetched after a sync or an import only, and a kept connection would outlive Clear Cache.
class DayPrefetcher::Worker final
{
public:
    explicit Worker(store::DataPaths paths) : m_paths(std::move(paths)) {}

    // nullopt when the cache cannot be read (nothing is queued then).
    std::optional<QList<store::PaperListItem>> dayList(QDate day) const
    {
        QString error;
        const auto reader = store::CacheReader::open(m_paths, &error);
        if (!reader)
            return std::nullopt;
        return reader->dayList(day);
    }

private:
    const store::DataPaths m_paths;
};

DayPrefetcher::DayPrefetcher(store::DataPaths paths, thumbs::ThumbnailLoader& loader,
                             QObject* parent)
    : QObject(parent), m_loader(loader),
      m_thread(
          QStringLiteral("paperboy-day-prefetch"),
          [paths = std::move(paths)] { return std::make_unique<Worker>(paths); },
          QThread::LowPriority)
{}

// Answers still posted to this object are dropped with it.
DayPrefetcher::~DayPrefetcher() = default;

void DayPrefetcher::prefetchDay(QDate day)
{
    if (!m_enabled)
        return;
    m_thread.ask([day](Worker& worker) { return worker.dayList(day); }, this,
                 [this, day](const std::optional<QList<store::PaperListItem>>& items) {
                     if (!items)
                         return;
                     for (const store::PaperListItem& item : *items)
                         m_loader.requestFor(item.id, item.thumbnailUrl, {}, QSize(),
                                             thumbs::Priority::Prefetch);
                     emit dayQueued(day, int(items->size()));
                 });
}

} // namespace paperboy::ui
