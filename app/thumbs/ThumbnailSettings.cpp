#include "thumbs/ThumbnailSettings.h"

#include "core/SettingsFile.h"

#include <QSettings>

namespace paperboy::thumbs {
namespace {

QSettings settings()
{
    return core::settingsFile();
}

} // namespace

ThumbnailSettings ThumbnailSettings::load()
{
    const QSettings store = settings();
    ThumbnailSettings loaded;
    loaded.allowedHosts = store.value(QStringLiteral("thumbnails/allowedHosts")).toStringList();
    loaded.prefetchAfterSync =
        store.value(QStringLiteral("thumbnails/prefetchAfterSync"), loaded.prefetchAfterSync)
            .toBool();
    loaded.diskLimitMb =
        qBound(minDiskLimitMb,
               store.value(QStringLiteral("thumbnails/diskLimitMb"), loaded.diskLimitMb).toInt(),
               maxDiskLimitMb);
    return loaded;
}

void ThumbnailSettings::save() const
{
    QSettings store = settings();
    store.setValue(QStringLiteral("thumbnails/allowedHosts"), allowedHosts);
    store.setValue(QStringLiteral("thumbnails/prefetchAfterSync"), prefetchAfterSync);
    store.setValue(QStringLiteral("thumbnails/diskLimitMb"), diskLimitMb);
    store.sync();
}

} // namespace paperboy::thumbs
