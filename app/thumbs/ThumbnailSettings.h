#pragma once

#include <QStringList>

namespace paperboy::thumbs {

// The user's thumbnail settings, shared by the window and the CLI (QSettings, organisation and
// application "Paperboy", group "thumbnails"; tests isolate it with XDG_CONFIG_HOME).
struct ThumbnailSettings
{
    QStringList allowedHosts; // besides the Hugging Face image hosts
    bool prefetchAfterSync = true;
    int diskLimitMb = 512;

    static constexpr int minDiskLimitMb = 16;
    static constexpr int maxDiskLimitMb = 64 * 1024;

    static ThumbnailSettings load();
    void save() const;
    qint64 diskLimitBytes() const { return qint64(diskLimitMb) * 1024 * 1024; }
};

} // namespace paperboy::thumbs
