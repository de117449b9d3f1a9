#include "ui/window/Features.h"

#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/ReaderSettings.h"
#include "ui/common/UserDataThread.h"
#include "ui/days/DaysController.h"
#include "ui/detail/AskController.h"
#include "ui/detail/NotesController.h"
#include "ui/detail/PaperLinksController.h"
#include "ui/export/ExportController.h"
#include "ui/foryou/ForYouController.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportPresenter.h"
#include "ui/library/LibraryController.h"
#include "ui/library/LibrarySyncController.h"
#include "ui/library/PdfController.h"
#include "ui/list/PaperListPane.h"
#include "ui/reader/ReadController.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPane.h"
#include "ui/settings/SettingsController.h"
#include "ui/summarize/SummaryController.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPresenter.h"
#include "ui/thumbs/ThumbnailController.h"
#include "ui/trends/TrendsController.h"
#include "ui/watches/WatchesController.h"
#include "ui/window/WindowPanes.h"

namespace paperboy::ui {

Features::Features(const store::DataPaths& paths, QWidget& window, const SyncSetup& sync,
                   Actions& actions, const WindowPanes& panes, const ReaderState& state,
                   ReaderFocus focus)
    : m_context(std::make_unique<FeatureContext>(paths, &window))
{
    FeatureContext& context = *m_context;
    context.setFocus(std::move(focus));
    m_days = std::make_unique<DaysController>(context, actions);
    m_library = std::make_unique<LibraryController>(context, actions, panes.bookmarks);
    m_librarySync = std::make_unique<LibrarySyncController>(context);
    m_notes = std::make_unique<NotesController>(context, actions, *panes.detail);
    m_ask = std::make_unique<AskController>(context, *panes.detail);
    m_paperLinks = std::make_unique<PaperLinksController>(context, actions);
    m_pdfs = std::make_unique<PdfController>(context, actions);
    m_summaries = std::make_unique<SummaryController>(context);
    m_search =
        std::make_unique<SearchController>(context, *panes.splitter, *panes.list, state.searchSort);
    m_exports = std::make_unique<ExportController>(context);
    m_import = std::make_unique<ImportPresenter>(context, actions);
    m_sync = std::make_unique<SyncPresenter>(context, actions, sync);
    m_settings = std::make_unique<SettingsController>(
        context, actions, m_sync->controller().settings(), sync.sourcesFile);
    m_thumbnails = std::make_unique<ThumbnailController>(context);
    m_forYou = std::make_unique<ForYouController>(context, actions, panes.forYou);
    m_watches = std::make_unique<WatchesController>(context, actions, *panes.watches);
    m_trends = std::make_unique<TrendsController>(context);
    m_reader = std::make_unique<ReadController>(context, *panes.read);
    wire();
}

Features::~Features() = default;

// What one feature does when another acts. No controller knows another; they meet here.
void Features::wire()
{
    wireLibrary();
    wireWrites();
    wireSettings();

    // A day change: the calendar's unread counts, Unread Only, "More like this".
    DaysController* days = m_days.get();
    SearchController* search = m_search.get();
    QObject::connect(days, &DaysController::daysChanged, m_library.get(),
                     &LibraryController::countUnreadSoon);
    QObject::connect(days, &DaysController::dayShown, m_library.get(),
                     &LibraryController::dayShown);
    QObject::connect(days, &DaysController::daysChanged, search,
                     [search](const CachedDays& all) { search->setArchiveEmpty(all.isEmpty()); });

    // An answer's [p. N] citation opens the Read view at that page.
    QObject::connect(m_ask.get(), &AskController::pageLinkActivated, m_reader.get(),
                     &ReadController::showPage);

    // Save as Watch keeps the search's query; a watch opened shows in the search pane, and
    // leaving it (closing the search or searching anew) ends its "New" marks.
    WatchesController* watches = m_watches.get();
    QObject::connect(search, &SearchController::saveAsWatchRequested, watches,
                     &WatchesController::saveSearch);
    QObject::connect(
        watches, &WatchesController::watchOpened, search,
        [search](const QString& name, const QString& query, const search::WatchPage& page) {
            search->showWatch(name, query, page.hits, page.newKeys, page.more);
        });
    QObject::connect(search, &SearchController::closed, watches,
                     &WatchesController::searchLeftWatch);
    QObject::connect(search, &SearchController::highlightChanged, watches, [search, watches] {
        if (const SearchPane* pane = search->pane(); pane && pane->watchName().isEmpty())
            watches->searchLeftWatch();
    });
}

// The reader's marks: bookmarks fetch their PDFs and teach For you; other machines' changes
// are read again.
void Features::wireLibrary()
{
    LibraryController* library = m_library.get();
    PdfController* pdfs = m_pdfs.get();
    ForYouController* forYou = m_forYou.get();

    QObject::connect(m_librarySync.get(), &LibrarySyncController::libraryChanged, library, [this] {
        m_context->userData().reload();
        m_context->userData().loadBookmarks();
        m_notes->reloadShownNote();
    });

    // A bookmark saved downloads its PDF; one removed offers to delete it.
    QObject::connect(library, &LibraryController::bookmarksChanged, pdfs,
                     &PdfController::setBookmarks);
    QObject::connect(library, &LibraryController::bookmarkSaved, pdfs,
                     &PdfController::bookmarkSaved);

    // For you learns from the bookmarks: a written one retrains it (debounced); the marks are
    // read once the library has opened the user file; the day shown gets its For you order.
    QObject::connect(library, &LibraryController::bookmarksChanged, forYou, [forYou, library] {
        forYou->setBookmarks(library->bookmarks());
        if (library->isOpened())
            forYou->start();
    });
    QObject::connect(library, &LibraryController::bookmarkSaved, forYou,
                     [forYou](const QString&, bool, bool ok) {
                         if (ok)
                             forYou->labelsChanged();
                     });
    QObject::connect(m_days.get(), &DaysController::daysChanged, forYou,
                     [forYou](const CachedDays& all) { forYou->setCachedDays(all.sorted()); });
    QObject::connect(m_days.get(), &DaysController::dayRefreshed, forYou,
                     &ForYouController::dayShown);
}

// Imports and syncs write days: the days refresh as they come and their thumbnails are
// fetched; at the end the cache limit applies, and after a sync, its summaries. The watches
// and Trends count again.
void Features::wireWrites()
{
    DaysController* days = m_days.get();
    SummaryController* summaries = m_summaries.get();
    SettingsController* settings = m_settings.get();
    ThumbnailController* thumbnails = m_thumbnails.get();
    WatchesController* watches = m_watches.get();
    TrendsController* trends = m_trends.get();
    ImportController& import = m_import->controller();
    SyncController& sync = m_sync->controller();

    QObject::connect(&import, &ImportController::dayWritten, days, &DaysController::noteWrittenDay);
    QObject::connect(&import, &ImportController::dayWritten, thumbnails,
                     &ThumbnailController::prefetchDay);
    QObject::connect(&sync, &SyncController::dayUpdated, days, &DaysController::noteWrittenDay);
    QObject::connect(&sync, &SyncController::dayUpdated, thumbnails,
                     &ThumbnailController::prefetchDay);
    QObject::connect(&sync, &SyncController::onlineChanged, thumbnails, [thumbnails](bool online) {
        if (online)
            thumbnails->networkBack();
    });
    QObject::connect(&sync, &SyncController::dayUpdated, summaries,
                     &SummaryController::noteSyncedDay);
    QObject::connect(&import, &ImportController::finished, days, [days, settings] {
        days->refreshAfterWrites();
        days->writesEnded();
        settings->enforceCacheLimit();
    });
    QObject::connect(&sync, &SyncController::finished, days,
                     [days, summaries, settings](const sync::SyncSummary& summary) {
                         days->writesEnded();
                         summaries->summarizeSyncedDays(); // only when the setting says so
                         if (summary.reachedNoServer())
                             return; // offline: nothing new, and the sync tries again by itself
                         settings->notifyNewPapers(summary.newPapers);
                         settings->enforceCacheLimit();
                     });

    // After a sync or an import the watches that gained are named once (status line, tray).
    QObject::connect(&import, &ImportController::finished, watches,
                     [watches] { watches->recount(true); });
    QObject::connect(&sync, &SyncController::finished, watches,
                     [watches] { watches->recount(true); });
    QObject::connect(watches, &WatchesController::watchesGained, settings,
                     &SettingsController::notify);
    QObject::connect(&import, &ImportController::finished, trends, &TrendsController::cacheChanged);
    QObject::connect(&sync, &SyncController::finished, trends, &TrendsController::cacheChanged);
}

// Settings reach the features they change; the cache waits for its writers, and pruned or
// cleared days leave every count.
void Features::wireSettings()
{
    SettingsController* settings = m_settings.get();
    DaysController* days = m_days.get();
    WatchesController* watches = m_watches.get();
    TrendsController* trends = m_trends.get();
    ForYouController* forYou = m_forYou.get();
    ImportController& import = m_import->controller();
    SyncController& sync = m_sync->controller();

    settings->setCacheBusy([&sync, &import] { return sync.isRunning() || import.isRunning(); });
    QObject::connect(settings, &SettingsController::syncSettingsChanged, &sync,
                     &SyncController::applySettings);
    QObject::connect(settings, &SettingsController::sourcesChanged, &sync,
                     &SyncController::reloadSources);
    QObject::connect(settings, &SettingsController::thumbnailSettingsChanged, m_thumbnails.get(),
                     &ThumbnailController::applySettings);
    QObject::connect(settings, &SettingsController::pdfSettingsChanged, m_pdfs.get(),
                     &PdfController::applySettings);
    QObject::connect(settings, &SettingsController::fetchMissingPdfsRequested, m_pdfs.get(),
                     &PdfController::fetchMissing);
    QObject::connect(m_summaries.get(), &SummaryController::settingsWanted, settings,
                     [settings] { settings->showSettings(SettingsPage::Summaries); });
    QObject::connect(settings, &SettingsController::forYouResetRequested, forYou,
                     &ForYouController::resetModel);
    QObject::connect(forYou, &ForYouController::stateChanged, settings,
                     &SettingsController::setForYouState);

    QObject::connect(settings, &SettingsController::cacheClearing, m_search.get(),
                     &SearchController::close);
    QObject::connect(settings, &SettingsController::cacheCleared, days,
                     &DaysController::cacheCleared);
    QObject::connect(settings, &SettingsController::cachePruned, days,
                     &DaysController::daysRemoved);
    QObject::connect(settings, &SettingsController::cachePruned, watches,
                     [watches] { watches->recount(false); });
    QObject::connect(settings, &SettingsController::cacheCleared, watches,
                     [watches] { watches->cacheReplaced(); });
    QObject::connect(settings, &SettingsController::cacheCleared, trends,
                     &TrendsController::cacheChanged);
    QObject::connect(settings, &SettingsController::cachePruned, trends,
                     &TrendsController::cacheChanged);
}

} // namespace paperboy::ui
