// The window's thumbnails: the list's source of real images and the background prefetch of
// days as they are synced or imported.
#include "ui/detail/DetailView.h"
#include "ui/import/ImportController.h"
#include "ui/list/PaperListPane.h"
#include "ui/sync/SyncController.h"
#include "ui/thumbs/DayPrefetcher.h"
#include "ui/thumbs/ThumbnailSource.h"
#include "ui/window/MainWindow.h"

namespace paperboy::ui {

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
    if (!prefetch)
        return;
    // A child of the source: it uses the source's loader and must go first.
    auto* prefetcher = new DayPrefetcher(m_paths, m_thumbnails->loader(), m_thumbnails);
    connect(m_sync.get(), &SyncController::dayUpdated, prefetcher, &DayPrefetcher::prefetchDay);
    connect(m_import.get(), &ImportController::dayWritten, prefetcher, &DayPrefetcher::prefetchDay);
}

} // namespace paperboy::ui
