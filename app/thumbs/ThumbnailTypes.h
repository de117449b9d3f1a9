#pragma once

#include "thumbs/DiskCache.h"
#include "thumbs/ImageDecoder.h"
#include "thumbs/ImageDownload.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QThread;

namespace paperboy::thumbs {

// Visible rows first; rows scrolled away are demoted to Background; Prefetch is the
// after-sync download of a day's images that nobody is looking at yet.
enum class Priority { Prefetch = 0, Background = 1, Visible = 2 };

struct LoaderOptions
{
    QString cacheDirectory; // DiskCache::directoryFor(paths.cacheFile)
    qint64 memoryLimitBytes = 64LL * 1024 * 1024;
    qint64 diskLimitBytes = 512LL * 1024 * 1024;
    int connectionsPerHost = 4;
    int decodeThreads = 0;        // 0: one core fewer than the machine has (at least 1, at most 3)
    int failureBackoffMs = 30000; // a failed URL waits 30 s, 60 s, 120 s ... before a new try
    int maxFailureBackoffMs = 3600000;
    int maxThrottleRetries = 3;     // 429/503 answers followed before the URL counts as failed
    QStringList extraHosts;         // the user's allowed image hosts (setting, --image-host)
    DiskCache::PinnedIds pinnedIds; // papers whose files stay (bookmarks)
    DownloadLimits download;
    DecodeLimits decode;
    // Called on the thread that decodes, before each decode (tests check it is never the GUI).
    std::function<void(QThread*)> decodeObserver;
};

struct ThumbnailResult
{
    enum class Origin { Memory, Disk, Network, Refused, Failed, Cancelled };

    QString paperId;
    QUrl url;
    QSize size;   // as asked (device pixels); empty for a store-only prefetch
    QImage image; // null for failures and store-only prefetches
    Origin origin = Origin::Failed;
    QString error;

    bool ok() const
    {
        return origin == Origin::Memory || origin == Origin::Disk || origin == Origin::Network;
    }
};

} // namespace paperboy::thumbs
