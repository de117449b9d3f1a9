// The window's thumbnails: the list's source of real images and the background prefetch of
// days as they are synced or imported.
#include "ui/detail/DetailView.h"
#include "ui/import/ImportController.h"
#include "ui/list/PaperListPane.h"
#include "ui/sync/SyncController.h"
#include "ui/thumbs/DayPrefetcher.h"
#include "ui/thumbs/ThumbnailSource.h"
#include "ui/window/MainWindow.h"

#include <QStatusBar>

namespace paperboy::ui {
namespace {

constexpr int thumbnailNoticeMs = 10000;

} // namespace

void MainWindow::enableThumbnails(thumbs::LoaderOptions options, bool prefetch)
{
    if (m_thumbnails)
        return;
    options.cacheDirectory = thumbs::DiskCache::directoryFor(m_paths.cacheFile);
    // Bookmarked papers keep their images through eviction, so they show offline.
    options.pinnedIds = [pinned = m_pinned] { return pinned->snapshot(); };
    m_thumbnails = new ThumbnailSource(std::move(options), this);
    m_list->setThumbnails(m_thumbnails);
    m_detail->setThumbnails(m_thumbnails);
    // A child of the source: it uses the source's loader and must go first.
    m_prefetcher = new DayPrefetcher(m_paths, m_thumbnails->loader(), m_thumbnails);
    m_prefetcher->setEnabled(prefetch);
    connect(m_sync.get(), &SyncController::dayUpdated, m_prefetcher, &DayPrefetcher::prefetchDay);
    connect(m_import.get(), &ImportController::dayWritten, m_prefetcher,
            &DayPrefetcher::prefetchDay);
    // Said once per outage (the loader tells only the change), not per image.
    connect(&m_thumbnails->loader(), &thumbs::ThumbnailLoader::offlineChanged, this,
            [this](bool offline) {
                if (offline)
                    statusBar()->showMessage(tr("Images are unavailable offline: the papers show "
                                                "their initials until the network is back."),
                                             thumbnailNoticeMs);
            });
    // The network is back: hosts that did not answer are tried at once.
    connect(m_sync.get(), &SyncController::onlineChanged, this, [this](bool online) {
        if (online && m_thumbnails)
            m_thumbnails->loader().retryUnreachableNow();
    });
}

void MainWindow::setSessionImageHosts(const QStringList& hosts)
{
    m_sessionImageHosts = hosts;
}

void MainWindow::applyThumbnailSettings(const thumbs::ThumbnailSettings& settings)
{
    if (!m_thumbnails)
        return;
    thumbs::ThumbnailLoader& loader = m_thumbnails->loader();
    loader.setExtraHosts(settings.allowedHosts + m_sessionImageHosts);
    loader.setDiskLimitBytes(settings.diskLimitBytes());
    m_prefetcher->setEnabled(settings.prefetchAfterSync);
    // Rows refused before may be allowed now: they ask again when painted.
    m_thumbnails->forgetRefusals();
    if (const QString shown = m_detail->shownPaperId(); !shown.isEmpty())
        renderPaper(shown);
}

} // namespace paperboy::ui
