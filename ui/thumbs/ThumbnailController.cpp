#include "ui/thumbs/ThumbnailController.h"

#include "ui/thumbs/DayPrefetcher.h"
#include "ui/thumbs/ThumbnailSource.h"

namespace paperboy::ui {

ThumbnailSource* ThumbnailController::enable(const store::DataPaths& paths,
                                             thumbs::LoaderOptions options, bool prefetch,
                                             QObject* owner)
{
    if (m_source)
        return m_source;
    options.cacheDirectory = thumbs::DiskCache::directoryFor(paths.cacheFile);
    m_source = new ThumbnailSource(std::move(options), owner);
    // A child of the source: it uses the source's loader and must go first.
    m_prefetcher = new DayPrefetcher(paths, m_source->loader(), m_source);
    m_prefetcher->setEnabled(prefetch);
    return m_source;
}

void ThumbnailController::applySettings(const thumbs::ThumbnailSettings& settings)
{
    if (!m_source)
        return;
    thumbs::ThumbnailLoader& loader = m_source->loader();
    loader.setExtraHosts(settings.allowedHosts + m_sessionHosts);
    loader.setDiskLimitBytes(settings.diskLimitBytes());
    m_prefetcher->setEnabled(settings.prefetchAfterSync);
    // Rows refused before may be allowed now: they ask again when painted.
    m_source->forgetRefusals();
    emit refusalsForgotten();
}

void ThumbnailController::prefetchDay(QDate day)
{
    if (m_prefetcher)
        m_prefetcher->prefetchDay(day);
}

} // namespace paperboy::ui
