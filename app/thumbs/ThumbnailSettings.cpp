#include "thumbs/ThumbnailSettings.h"

#include "core/Settings.h"

namespace paperboy::thumbs {

ThumbnailSettings ThumbnailSettings::load()
{
    using namespace core::preference;
    const core::Settings store;
    ThumbnailSettings loaded;
    loaded.allowedHosts = store.read(thumbnailAllowedHosts);
    loaded.prefetchAfterSync = store.read(thumbnailPrefetchAfterSync);
    loaded.diskLimitMb = qBound(minDiskLimitMb, store.read(thumbnailDiskLimitMb), maxDiskLimitMb);
    return loaded;
}

void ThumbnailSettings::save() const
{
    using namespace core::preference;
    core::Settings store;
    store.write(thumbnailAllowedHosts, allowedHosts);
    store.write(thumbnailPrefetchAfterSync, prefetchAfterSync);
    store.write(thumbnailDiskLimitMb, diskLimitMb);
}

} // namespace paperboy::thumbs
