#pragma once

#include "core/SettingsKeys.h"

#include <QStringList>

namespace paperboy::thumbs {

// The user's thumbnail settings, shared by the window and the CLI (the thumbnail preferences of
// core/SettingsKeys.h, which has the defaults).
struct ThumbnailSettings
{
    // Besides the Hugging Face image hosts.
    QStringList allowedHosts = core::preference::thumbnailAllowedHosts.defaultValue;
    bool prefetchAfterSync = core::preference::thumbnailPrefetchAfterSync.defaultValue;
    int diskLimitMb = core::preference::thumbnailDiskLimitMb.defaultValue;

    static constexpr int minDiskLimitMb = 16;
    static constexpr int maxDiskLimitMb = 64 * 1024;

    static ThumbnailSettings load();
    void save() const;
    qint64 diskLimitBytes() const { return qint64(diskLimitMb) * 1024 * 1024; }
};

} // namespace paperboy::thumbs
