#include "ui/thumbs/DayPrefetcher.h"

#include "store/cache/CacheReader.h"
#include "thumbs/ThumbnailLoader.h"

#include <QLoggingCategory>

namespace paperboy::ui {

DayPrefetcher::DayPrefetcher(store::DataPaths paths, thumbs::ThumbnailLoader& loader,
                             QObject* parent)
    : QObject(parent), m_paths(std::move(paths)), m_loader(loader)
{
    m_pool.setMaxThreadCount(1);
}

DayPrefetcher::~DayPrefetcher()
{
    m_pool.clear();
    m_pool.waitForDone(); // its tasks post back to `this`
}

void DayPrefetcher::prefetchDay(QDate day)
{
    if (!m_enabled)
        return;
    const store::DataPaths paths = m_paths;
    m_pool.start([this, paths, day] {
        QString error;
        const auto reader = store::CacheReader::open(paths, &error);
        if (!reader)
            return;
        const QList<store::PaperListItem> items = reader->dayList(day);
        QMetaObject::invokeMethod(
            this,
            [this, day, items] {
                for (const store::PaperListItem& item : items)
                    m_loader.requestFor(item.id, item.thumbnailUrl, {}, QSize(),
                                        thumbs::Priority::Prefetch);
                emit dayQueued(day, int(items.size()));
            },
            Qt::QueuedConnection);
    });
}

} // namespace paperboy::ui
