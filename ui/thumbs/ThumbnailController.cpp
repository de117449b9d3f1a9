#include "ui/thumbs/ThumbnailController.h"

#include "ui/common/FeatureContext.h"
#include "ui/thumbs/DayPrefetcher.h"
#include "ui/thumbs/ThumbnailSource.h"

namespace paperboy::ui {
namespace {

constexpr int thumbnailNoticeMs = 10000;

} // namespace

ThumbnailController::ThumbnailController(FeatureContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{}

ThumbnailSource* ThumbnailController::enable(thumbs::LoaderOptions options, bool prefetch,
                                             QObject* owner)
{
    if (m_source)
        return m_source;
    const store::DataPaths& paths = m_context.paths();
    options.cacheDirectory = thumbs::DiskCache::directoryFor(paths.cacheFile);
    m_source = new ThumbnailSource(std::move(options), owner);
    // A child of the source: it uses the source's loader and must go first.
    m_prefetcher = new DayPrefetcher(paths, m_source->loader(), m_source);
    m_prefetcher->setEnabled(prefetch);
    // Said once per outage (the loader tells only the change), not per image.
    connect(&m_source->loader(), &thumbs::ThumbnailLoader::offlineChanged, this,
            [this](bool offline) {
                if (offline)
                    m_context.showStatus(tr("Images are unavailable offline: the papers show "
                                            "their initials until the network is back."),
                                         thumbnailNoticeMs);
            });
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

void ThumbnailController::networkBack()
{
    if (m_source)
        m_source->loader().retryUnreachableNow();
}

} // namespace paperboy::ui
