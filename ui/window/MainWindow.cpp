#include "ui/window/MainWindow.h"

#include "store/cache/CacheReader.h"
#include "ui/common/Actions.h"
#include "ui/common/LinkOpener.h"
#include "ui/common/ReaderSettings.h"
#include "ui/common/UserDataThread.h"
#include "ui/days/DateNavigator.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/HighlightList.h"
#include "ui/detail/NoteEditor.h"
#include "ui/detail/RelatedPapers.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/foryou/ForYouPane.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportProgressWidget.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/LibrarySyncController.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/reader/ReadView.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/style/ForYouText.h"
#include "ui/summarize/SummaryStatusWidget.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/trends/TrendsView.h"
#include "ui/watches/WatchesPane.h"
#include "ui/window/StartupData.h"
#include "ui/window/WindowPanes.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace paperboy::ui {
namespace {

QEvent::Type renderDetailEvent()
{
    static const QEvent::Type type = QEvent::Type(QEvent::registerEventType());
    return type;
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MainWindow::MainWindow(const store::DataPaths& paths, QWidget* parent)
    : MainWindow(paths, SyncSetup(), parent)
{}

MainWindow::MainWindow(const store::DataPaths& paths, const SyncSetup& sync, QWidget* parent)
    : QMainWindow(parent), m_context(std::make_unique<FeatureContext>(paths, this))
{
    const ReaderState state = ReaderState::load();
    StartupLoader startup(paths, state); // reads the cache while the widgets are built
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Paperboy"));
    setAcceptDrops(true);
    connect(m_context.get(), &FeatureContext::statusShown, statusBar(), &QStatusBar::showMessage);
    buildWindow(state);
    makeFeatures(sync, state);
    connectPanes();
    connectFeaturesToPanes();
    wireFeatures();

    const StartupData first = startup.take();
    if (!first.error.isEmpty())
        statusBar()->showMessage(tr("Cannot read the cache: %1").arg(first.error));
    m_library->startWith(first.bookmarks);
    restoreWindowState(state);
    m_days->start(CachedDays(first.days), first.day, first.paperId, first.items);
    // In the window, not in a dialog: the reader sees it where the papers would be, beside
    // the Sync button that fills the cache again.
    if (!first.cacheNotice.isEmpty()) {
        m_list->showCacheNotice(first.cacheNotice);
        statusBar()->showMessage(tr("The cache was damaged and has been set aside."));
    }
}

MainWindow::~MainWindow()
{
    m_notes->flush(); // queued on the user-data thread, which writes it before closing the file
    saveWindowState();
}

void MainWindow::buildWindow(const ReaderState& state)
{
    m_actions = new Actions(this);
    const WindowPanes panes = WindowPanes::build(*this, *m_actions, state.calendarHeight);
    m_navigator = panes.navigator;
    m_navigatorTabs = panes.navigatorTabs;
    m_bookmarksPane = panes.bookmarks;
    m_list = panes.list;
    m_detail = panes.detail;
    m_splitter = panes.splitter;
    m_forYouPane = panes.forYou;
    m_watchesPane = panes.watches;
    m_pages = panes.pages;
    m_readView = panes.read;
    if (const int points = AppearanceSettings::load().detailFontPoints; points > 0)
        setDetailFontSize(points);
    m_detail->browser()->viewport()->installEventFilter(this);
    m_detail->addPaperAction(m_actions->toggleBookmark);
    m_detail->addPaperAction(m_actions->openPdf);
    m_detail->addPaperAction(m_actions->notInterested);
    m_list->setRowActions({m_actions->toggleBookmark, m_actions->notInterested});
}

void MainWindow::makeFeatures(const SyncSetup& sync, const ReaderState& state)
{
    FeatureContext& context = *m_context;
    ReaderFocus focus;
    focus.day = [this] { return m_days->day(); };
    focus.listPaperId = [this] { return m_list->currentPaperId(); };
    focus.shownPaperId = [this] { return m_detail->shownPaperId(); };
    focus.commandPaperId = [this] { return paperOnScreen(); };
    focus.dayPaperIds = [this] { return m_list->dayPaperIds(); };
    context.setFocus(std::move(focus));

    m_days = std::make_unique<DaysController>(context, *m_actions);
    m_library = std::make_unique<LibraryController>(context, *m_actions, m_bookmarksPane);
    m_notes = std::make_unique<NotesController>(context, *m_actions, *m_detail);
    m_ask = std::make_unique<AskController>(context, *m_detail);
    m_paperLinks = std::make_unique<PaperLinksController>(context, *m_actions);
    m_pdfs = std::make_unique<PdfController>(context, *m_actions);
    m_summaries = std::make_unique<SummaryController>(context);
    m_search = std::make_unique<SearchController>(context, *m_splitter, *m_list, state.searchSort);
    m_exports = std::make_unique<ExportController>(context);
    m_import = std::make_unique<ImportPresenter>(context, *m_actions);
    m_sync = std::make_unique<SyncPresenter>(context, *m_actions, sync);
    m_settings = std::make_unique<SettingsController>(
        context, *m_actions, m_sync->controller().settings(), sync.sourcesFile);
    m_thumbnails = std::make_unique<ThumbnailController>(context);
    m_forYou = std::make_unique<ForYouController>(context, *m_actions, m_forYouPane);
    m_watches = std::make_unique<WatchesController>(context, *m_actions, *m_watchesPane);
    m_trends = std::make_unique<TrendsController>(context);
    m_reader = std::make_unique<ReadController>(context, *m_readView);
    m_detail->addPaperAction(m_reader->readAction());
    addAction(m_reader->readAction()); // R anywhere in the window
    // Go → Read, beside Open PDF.
    for (QObject* user : m_actions->openPdf->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(user))
            menu->addAction(m_reader->readAction());
    }

    // Before Help, the last menu.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_summaries->menu());
    m_detail->addPaperAction(m_summaries->summarizePaperAction());
    statusBar()->addPermanentWidget(m_sync->statusWidget());
    statusBar()->addPermanentWidget(m_import->progressWidget());
    statusBar()->addPermanentWidget(m_days->statusLabel());
    statusBar()->addPermanentWidget(m_library->undoButton());
    statusBar()->addPermanentWidget(m_forYou->undoButton());
    statusBar()->addPermanentWidget(m_summaries->statusWidget());
}

// The panes' own requests and the window's commands that only move between panes.
void MainWindow::connectPanes()
{
    const Actions& a = *m_actions;
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.focusFilter, &QAction::triggered, m_list, &PaperListPane::focusFilter);
    connect(a.clearFilter, &QAction::triggered, m_list, &PaperListPane::clearFilter);
    connect(a.searchArchive, &QAction::triggered, this, &MainWindow::openSearch);
    connect(a.weekTop, &QAction::triggered, this, [this] { openTop(false); });
    connect(a.monthTop, &QAction::triggered, this, [this] { openTop(true); });
    connect(a.goToDate, &QAction::triggered, m_navigator, &DateNavigator::focusDateEntry);
    connect(a.nextPaper, &QAction::triggered, this, [this] { m_list->moveSelection(1); });
    connect(a.previousPaper, &QAction::triggered, this, [this] { m_list->moveSelection(-1); });
    connect(a.exportPapers, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(a.showTrends, &QAction::triggered, this, &MainWindow::showTrends);
    connect(a.showReader, &QAction::triggered, this, &MainWindow::showReader);
    connect(a.exportChart, &QAction::triggered, m_trends.get(), &TrendsController::exportChart);
    connect(a.exportDigest, &QAction::triggered, this, [this] {
        m_exports->exportDigest(m_days->day(), m_days->days().contains(m_days->day()));
    });
    connect(a.showInDay, &QAction::triggered, this, [this] {
        // The paper the Bookmarks tab or the search put in the detail pane; the day list's
        // own paper is in its day already.
        QString id;
        if (isSearching())
            id = m_search->pane()->currentPaperId();
        else if (m_bookmarksPane->isVisible())
            id = m_library->chosenBookmarkId();
        if (id.isEmpty())
            m_context->showStatus(tr("Choose a bookmark or a search result first."));
        else
            showPaperInItsDay(id);
    });
    connect(a.about, &QAction::triggered, this, [this] {
        AboutDialog(QFileInfo(m_context->paths().cacheFile).absolutePath(), this).exec();
    });
    connect(a.shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(this).exec(); });

    connect(m_navigator, &DateNavigator::dayRequested, this, &MainWindow::showDay);
    connect(m_navigator, &DateNavigator::noticeRequested, m_context.get(),
            [this](const QString& text) { m_context->showStatus(text); });
    // One indexed query when the filter is first used on a day (a row holds 4 authors at most).
    connect(m_list, &PaperListPane::allAuthorsWanted, this, [this](QDate day) {
        if (store::CacheReader* cache = m_context->reader())
            m_list->setAllAuthors(day, cache->dayAuthors(day));
    });
    connect(m_list, &PaperListPane::currentPaperChanged, this, &MainWindow::showPaper);
    connect(m_list, &PaperListPane::paperActivated, m_paperLinks.get(),
            &PaperLinksController::openPaperPage);
    connect(m_detail, &DetailView::linkActivated, &m_context->links(), &LinkOpener::open);
    connect(m_detail, &DetailView::linkHovered, this, [this](const QUrl& url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toDisplayString());
    });
    // Esc in the note editor: the keys go back to the pane the paper came from.
    connect(m_detail->noteEditor(), &NoteEditor::leaveRequested, this, [this] {
        if (isSearching())
            m_search->pane()->view()->setFocus(Qt::ShortcutFocusReason);
        else if (m_bookmarksPane->isVisible())
            m_bookmarksPane->view()->setFocus(Qt::ShortcutFocusReason);
        else
            m_list->view()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::connectFeaturesToPanes()
{
    DaysController* days = m_days.get();
    LibraryController* library = m_library.get();
    SearchController* search = m_search.get();

    connect(days, &DaysController::daysChanged, m_navigator, &DateNavigator::setCachedDays);
    connect(days, &DaysController::dayShown, this, &MainWindow::applyDayPage);
    connect(days, &DaysController::dayRefreshed, this,
            [this](QDate, const QList<store::PaperListItem>& items) {
                m_list->refreshPapers(items, m_library->bookmarks());
                // The paper on show stays selected, so nothing asks for it again: it may have
                // changed.
                const QString shown = m_detail->shownPaperId();
                store::CacheReader* cache = m_context->reader();
                if (cache && !shown.isEmpty() && shown == m_list->currentPaperId()) {
                    if (const std::optional<core::Paper> paper = cache->paper(shown))
                        m_detail->refreshPaper(*paper);
                }
            });
    connect(days, &DaysController::dayStatusChanged, this,
            [this](const QString&, bool cached) { updatePaperActions(cached); });

    connect(library, &LibraryController::bookmarksChanged, m_list, &PaperListPane::setBookmarks);
    connect(library, &LibraryController::readIdsChanged, m_list, &PaperListPane::setReadIds);
    connect(library, &LibraryController::unreadCounted, m_navigator,
            &DateNavigator::setUnreadCounts);
    connect(library, &LibraryController::hiddenChanged, this,
            [this](const QSet<QString>& ids) { m_list->proxy()->setHiddenIds(ids); });
    connect(library, &LibraryController::bookmarkSaved, this, &MainWindow::bookmarkSaved);
    connect(library, &LibraryController::paperChosen, m_detail, &DetailView::showPaper);
    connect(library, &LibraryController::paneWanted, this, [this] {
        m_navigatorTabs->setCurrentWidget(m_bookmarksPane);
        m_bookmarksPane->filterEdit()->setFocus();
    });
    connect(library, &LibraryController::dayWanted, this, &MainWindow::showPaperInItsDay);
    connect(m_list, &PaperListPane::bookmarkClicked, library, &LibraryController::toggleBookmark);
    connect(m_list, &PaperListPane::currentPaperChanged, library,
            &LibraryController::paperSelected);
    connect(m_detail, &DetailView::shownPaperChanged, library,
            &LibraryController::updateBookmarkAction);

    connect(search, &SearchController::paperChosen, this,
            [this](const QString& id, const QStringList& terms) {
                m_detail->setHighlightTerms(terms);
                showPaper(id);
            });
    connect(search, &SearchController::highlightChanged, m_detail, &DetailView::setHighlightTerms);
    connect(search, &SearchController::paperActivated, m_paperLinks.get(),
            &PaperLinksController::openPaperPage);
    connect(search, &SearchController::closed, this, [this] {
        m_list->view()->setFocus(Qt::OtherFocusReason);
        m_detail->setHighlightTerms({});
        showPaper(m_list->currentPaperId());
    });
    connect(m_detail, &DetailView::paperShown, search, [this](const QString& id) {
        const RelatedPapers* related = m_detail->relatedPapers();
        if (related->paperId() != id || !related->hasAnswer())
            m_search->relatedWanted(RelatedPapers::maxPapers);
    });
    connect(search, &SearchController::relatedFound, m_detail->relatedPapers(),
            &RelatedPapers::setPapers);
    connect(m_detail->relatedPapers(), &RelatedPapers::paperChosen, this,
            [this](const QString& id) { showPaperInItsDay(id); });

    // For you: the day's order and reasons, the tab's choices, the detail pane's Why line.
    ForYouController* forYou = m_forYou.get();
    connect(forYou, &ForYouController::dayOrdered, m_list, &PaperListPane::setForYouOrder);
    connect(forYou, &ForYouController::paperChosen, this, &MainWindow::showPaper);
    connect(forYou, &ForYouController::paneWanted, this, [this] {
        m_navigatorTabs->setCurrentWidget(m_forYouPane);
        m_forYouPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(forYou, &ForYouController::dayWanted, this,
            [this](const QString& id, QDate day) { showPaperInItsDay(id, day); });
    const auto showWhy = [this, forYou] {
        const QString id = m_detail->shownPaperId();
        m_detail->setWhy(id, forYouWhyLine(forYou->whyOf(id)));
    };
    connect(forYou, &ForYouController::scoresChanged, this, showWhy);
    connect(m_detail, &DetailView::shownPaperChanged, this, showWhy);
    connect(m_detail, &DetailView::shownPaperChanged, forYou, &ForYouController::updateAction);

    // The paper on show is built again when what it shows changed: its summary, the font,
    // the images allowed.
    connect(m_summaries.get(), &SummaryController::paperSummarized, this,
            [this](const QString& id) {
                if (id == m_detail->shownPaperId())
                    renderPaper(id);
            });
    connect(m_settings.get(), &SettingsController::detailFontChanged, this,
            &MainWindow::setDetailFontSize);
    connect(m_thumbnails.get(), &ThumbnailController::refusalsForgotten, this, [this] {
        if (!m_detail->shownPaperId().isEmpty())
            renderPaper(m_detail->shownPaperId());
    });
    connect(m_summaries.get(), &SummaryController::finished, this, &MainWindow::summariesFinished);
    connect(m_exports.get(), &ExportController::exported, this, &MainWindow::exported);
    connect(m_exports.get(), &ExportController::digestExported, this, &MainWindow::digestExported);
}

void MainWindow::wireFeatures()
{
    DaysController* days = m_days.get();
    LibraryController* library = m_library.get();
    PdfController* pdfs = m_pdfs.get();
    SummaryController* summaries = m_summaries.get();
    SettingsController* settings = m_settings.get();
    ThumbnailController* thumbnails = m_thumbnails.get();
    ImportController& import = m_import->controller();
    SyncController& sync = m_sync->controller();

    // The library kept in step through a folder (issue 34): its line in the status bar, and
    // what other machines changed reread into the window. A child of the context, so it goes
    // with the threads it asks.
    auto* librarySync = new LibrarySyncController(*m_context, m_context.get());
    auto* librarySyncLabel = new QLabel(this);
    librarySyncLabel->setObjectName(QStringLiteral("librarySyncStatus"));
    librarySyncLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(librarySyncLabel);
    connect(librarySync, &LibrarySyncController::statusTextChanged, librarySyncLabel,
            &QLabel::setText);
    connect(librarySync, &LibrarySyncController::libraryChanged, this, [this] {
        m_context->userData().reload();
        m_context->userData().loadBookmarks();
        m_notes->reloadShownNote();
    });

    // A day change: the calendar's unread counts, Unread Only, "More like this".
    connect(days, &DaysController::daysChanged, library, &LibraryController::countUnreadSoon);
    connect(days, &DaysController::dayShown, library, &LibraryController::dayShown);
    connect(days, &DaysController::daysChanged, m_search.get(),
            [this](const CachedDays& all) { m_search->setArchiveEmpty(all.isEmpty()); });

    // The Read view takes the window's place while open; its highlights are listed under the
    // paper's note, and choosing one reads the paper at its page.
    ReadController* reader = m_reader.get();
    connect(reader, &ReadController::opened, this,
            [this] { m_pages->setCurrentWidget(m_readView); });
    connect(reader, &ReadController::closed, this, [this] {
        m_pages->setCurrentWidget(m_splitter);
        m_detail->browser()->setFocus();
    });
    connect(m_detail, &DetailView::paperShown, reader, &ReadController::loadHighlightsFor);
    connect(reader, &ReadController::paperHighlightsLoaded, m_detail->highlightList(),
            &HighlightList::setHighlights);
    connect(reader, &ReadController::highlightsChanged, reader, [this, reader](const QString& id) {
        if (id == m_detail->shownPaperId())
            reader->loadHighlightsFor(id);
    });
    connect(m_detail->highlightList(), &HighlightList::pageRequested, reader,
            &ReadController::showPage);

    // A bookmark saved downloads its PDF; one removed offers to delete it.
    connect(library, &LibraryController::bookmarksChanged, pdfs, &PdfController::setBookmarks);
    connect(library, &LibraryController::bookmarkSaved, pdfs, &PdfController::bookmarkSaved);

    // For you learns from the bookmarks: a written one retrains it (debounced); the marks are
    // read once the library has opened the user file; the day shown gets its For you order.
    ForYouController* forYou = m_forYou.get();
    connect(library, &LibraryController::bookmarksChanged, forYou, [forYou, library] {
        forYou->setBookmarks(library->bookmarks());
        if (library->isOpened())
            forYou->start();
    });
    connect(library, &LibraryController::bookmarkSaved, forYou,
            [forYou](const QString&, bool, bool ok) {
                if (ok)
                    forYou->labelsChanged();
            });
    connect(days, &DaysController::daysChanged, forYou,
            [forYou](const CachedDays& all) { forYou->setCachedDays(all.sorted()); });
    connect(days, &DaysController::dayRefreshed, forYou, &ForYouController::dayShown);
    connect(settings, &SettingsController::forYouResetRequested, forYou,
            &ForYouController::resetModel);
    connect(forYou, &ForYouController::stateChanged, settings, &SettingsController::setForYouState);

    // Imports and syncs write days: the days refresh as they come and their thumbnails are
    // fetched; at the end the cache limit applies, and after a sync, its summaries.
    connect(&import, &ImportController::dayWritten, days, &DaysController::noteWrittenDay);
    connect(&import, &ImportController::dayWritten, thumbnails, &ThumbnailController::prefetchDay);
    connect(&sync, &SyncController::dayUpdated, days, &DaysController::noteWrittenDay);
    connect(&sync, &SyncController::dayUpdated, thumbnails, &ThumbnailController::prefetchDay);
    connect(&sync, &SyncController::onlineChanged, thumbnails, [thumbnails](bool online) {
        if (online)
            thumbnails->networkBack();
    });
    connect(&sync, &SyncController::dayUpdated, summaries, &SummaryController::noteSyncedDay);
    connect(&import, &ImportController::finished, days, [days, settings] {
        days->refreshAfterWrites();
        days->writesEnded();
        settings->enforceCacheLimit();
    });
    connect(&sync, &SyncController::finished, days,
            [days, summaries, settings](const sync::SyncSummary& summary) {
                days->writesEnded();
                summaries->summarizeSyncedDays(); // only when the setting says so
                if (summary.reachedNoServer())
                    return; // offline: nothing new, and the sync tries again by itself
                settings->notifyNewPapers(summary.newPapers);
                settings->enforceCacheLimit();
            });

    // Settings reach the features they change; the cache waits for its writers.
    settings->setCacheBusy([&sync, &import] { return sync.isRunning() || import.isRunning(); });
    connect(settings, &SettingsController::syncSettingsChanged, &sync,
            &SyncController::applySettings);
    connect(settings, &SettingsController::sourcesChanged, &sync, &SyncController::reloadSources);
    connect(settings, &SettingsController::thumbnailSettingsChanged, thumbnails,
            &ThumbnailController::applySettings);
    connect(settings, &SettingsController::pdfSettingsChanged, pdfs, &PdfController::applySettings);
    connect(settings, &SettingsController::fetchMissingPdfsRequested, pdfs,
            &PdfController::fetchMissing);
    connect(summaries, &SummaryController::settingsWanted, settings,
            [settings] { settings->showSettings(SettingsPage::Summaries); });
    connect(settings, &SettingsController::cacheClearing, m_search.get(), &SearchController::close);
    connect(settings, &SettingsController::cacheCleared, this, [this, days](bool ok) {
        days->cacheCleared();
        emit cacheCleared(ok);
    });
    connect(settings, &SettingsController::cachePruned, this,
            [this, days](const QList<QDate>& pruned) {
                days->daysRemoved();
                emit cachePruned(pruned);
            });

    // An answer's [p. N] citation opens the Read view at that page.
    connect(m_ask.get(), &AskController::pageLinkActivated, m_reader.get(),
            &ReadController::showPage);
    wireWatches();
    // Trends: a point, an author or a term opens its papers in the search pane; what the
    // writers change is counted again.
    TrendsController* trends = m_trends.get();
    connect(trends, &TrendsController::papersWanted, this, [this](const QString& query) {
        showReader();
        m_search->open();
        m_search->pane()->field()->setText(query);
    });
    connect(trends, &TrendsController::closeRequested, this, &MainWindow::showReader);
    connect(&import, &ImportController::finished, trends, &TrendsController::cacheChanged);
    connect(&sync, &SyncController::finished, trends, &TrendsController::cacheChanged);
    connect(settings, &SettingsController::cacheCleared, trends, &TrendsController::cacheChanged);
    connect(settings, &SettingsController::cachePruned, trends, &TrendsController::cacheChanged);
}

void MainWindow::showTrends()
{
    TrendsView* view = m_trends->view();
    if (m_pages->indexOf(view) < 0)
        m_pages->addWidget(view);
    m_trends->opened();
    m_pages->setCurrentWidget(view);
    if (QWidget* field = view->queryField(0))
        field->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showReader()
{
    m_pages->setCurrentWidget(m_splitter);
    m_list->setFocus(Qt::ShortcutFocusReason);
}

QString MainWindow::currentPaperId() const
{
    return m_list->currentPaperId();
}

QString MainWindow::paperOnScreen() const
{
    return m_detailAfterFirstPaint.isEmpty() ? m_detail->shownPaperId() : m_detailAfterFirstPaint;
}

void MainWindow::enableThumbnails(thumbs::LoaderOptions options, bool prefetch)
{
    if (m_thumbnails->source())
        return;
    // Bookmarked papers keep their images through eviction, so they show offline.
    options.pinnedIds = [pinned = m_library->pinned()] { return pinned->snapshot(); };
    ThumbnailSource* source = m_thumbnails->enable(std::move(options), prefetch, this);
    m_list->setThumbnails(source);
    m_detail->setThumbnails(source);
}

void MainWindow::restoreWindowState(const ReaderState& state)
{
    if (state.geometry.isEmpty() || !restoreGeometry(state.geometry)) {
        const QSize available = screen()->availableGeometry().size();
        resize(qMin(1440, available.width()), qMin(900, available.height()));
    }
    restoreState(state.windowState);
    WindowPanes::restoreSizes(*m_splitter, state.splitterState, width());
    if (state.sortMode >= 0 && state.sortMode <= int(PaperFilterProxy::SortMode::ForYou))
        m_list->setSortMode(PaperFilterProxy::SortMode(state.sortMode));
    m_actions->koreanTitles->setChecked(state.koreanTitles);
    if (state.navigatorTab < m_navigatorTabs->count())
        m_navigatorTabs->setCurrentIndex(state.navigatorTab);
}

void MainWindow::saveWindowState() const
{
    ReaderState state;
    state.geometry = saveGeometry();
    state.windowState = saveState();
    state.splitterState = m_splitter->saveState();
    state.day = m_days->day();
    state.paperId = currentPaperId();
    state.latestDayAtExit = m_days->days().latest().value_or(QDate());
    state.sortMode = int(m_list->sortMode());
    state.searchSort = m_search->sort();
    state.koreanTitles = m_actions->koreanTitles->isChecked();
    state.calendarHeight = m_navigator->calendarHeight();
    state.navigatorTab = m_navigatorTabs->currentIndex();
    state.save();
}

void MainWindow::applyDayPage(const DayPage& page)
{
    m_navigator->setCurrentDay(page.day);
    const CachedDays& days = m_days->days();
    if (!page.cached)
        m_forYou->dayShown(page.day, {});
    if (days.isEmpty()) {
        m_list->showNoCache();
        m_detail->showMessage(tr("Import digests to start reading."));
    } else if (!page.cached) {
        m_list->showNoDigest(page.day, days.nearest(page.day));
        m_detail->showMessage(
            tr("No digest for %1.").arg(QLocale().toString(page.day, QLocale::LongFormat)));
    } else {
        const QString paperId = page.keepSelection ? m_list->currentPaperId() : page.paperId;
        // The For you order first, so that the list selects the first paper of that order.
        m_forYou->dayShown(page.day, page.items);
        m_list->showPapers(page.day, page.items, m_library->bookmarks());
        if ((paperId.isEmpty() || !m_list->selectPaper(paperId)) && !m_list->selectFirstPaper())
            m_detail->showMessage(m_list->proxy()->filterText().isEmpty()
                                      ? tr("The digest of this day lists no papers.")
                                      : tr("No paper matches the filter."));
    }
    emit dayShown(page.day);
}

void MainWindow::updatePaperActions(bool cached)
{
    const bool hasPapers = cached && m_list->model()->rowCount() > 0;
    m_actions->openPaper->setEnabled(hasPapers);
    m_actions->copyLink->setEnabled(hasPapers);
    m_actions->nextPaper->setEnabled(hasPapers);
    m_actions->previousPaper->setEnabled(hasPapers);
}

void MainWindow::showPaper(const QString& paperId)
{
    if (!m_detailPainted && !isVisible() && !paperId.isEmpty()) {
        m_detailAfterFirstPaint = paperId;
        return;
    }
    m_detailAfterFirstPaint.clear();
    renderPaper(paperId);
}

void MainWindow::renderPaper(const QString& paperId)
{
    if (paperId.isEmpty()) {
        if (m_list->page() == PaperListPane::Page::NoMatch)
            m_detail->showMessage(tr("No paper matches the filter."));
        else if (m_list->page() != PaperListPane::Page::Papers || m_list->proxy()->rowCount() == 0)
            m_detail->showMessage(tr("No paper selected."));
        return;
    }
    store::CacheReader* cache = m_context->reader();
    if (!cache)
        return;
    if (const std::optional<core::Paper> paper = cache->paper(paperId))
        m_detail->showPaper(*paper);
    else
        m_detail->showMessage(tr("Paper %1 is no longer in the cache.").arg(paperId));
}

void MainWindow::showPaperInItsDay(const QString& id, QDate knownDay)
{
    store::CacheReader* cache = m_context->reader();
    const std::optional<core::Paper> cached = cache ? cache->paper(id) : std::nullopt;
    QDate day = cached ? cached->date : knownDay;
    if (!day.isValid()) {
        for (const store::Bookmark& bookmark : m_bookmarksPane->bookmarks()) {
            if (bookmark.id == id)
                day = bookmark.date;
        }
    }
    if (!day.isValid()) {
        m_context->showStatus(tr("The day of %1 is not known.").arg(id));
        return;
    }
    closeSearch();
    m_navigatorTabs->setCurrentWidget(m_navigator);
    m_days->showDayKeepingPaper(day, id);
    m_list->view()->setFocus(Qt::OtherFocusReason);
    if (!m_days->days().contains(day))
        m_context->showStatus(
            tr("%1 is not cached: sync or import that day to read it in its list.")
                .arg(QLocale().toString(day, QLocale::LongFormat)));
}

void MainWindow::showExportDialog()
{
    const QDate day = m_days->day();
    ExportDialog::Counts counts;
    counts.bookmarks = int(m_library->bookmarks().size());
    counts.day = day;
    counts.dayPapers = m_days->days().contains(day) ? int(m_list->dayPaperIds().size()) : 0;
    QStringList searchIds;
    if (isSearching()) {
        for (const search::SearchHit& hit : m_search->pane()->model()->hits())
            searchIds.append(hit.id);
    }
    counts.searchResults = int(searchIds.size());
    const ExportDialog::Scope preferred = isSearching() ? ExportDialog::Scope::SearchResults
                                          : m_bookmarksPane->isVisible()
                                              ? ExportDialog::Scope::Bookmarks
                                              : ExportDialog::Scope::Day;
    m_exports->showExportDialog(counts, searchIds, preferred);
}

void MainWindow::setDetailFontSize(int points)
{
    QFont font = QApplication::font();
    if (points > 0)
        font.setPointSize(points);
    if (m_detail->browser()->font() == font)
        return;
    m_detail->browser()->setFont(font);
    // Headings are sized from the font when the paper is built: build it again.
    renderPaper(m_detail->shownPaperId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_notes->flush();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(files);
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_started) {
        // After the first frame is out: the first sync loads the network-information backend
        // (blocking D-Bus calls) and opens the cache for writing, neither of which the window
        // waits for. The timer fires after this paint has been flushed to the screen.
        m_started = true;
        QTimer::singleShot(0, &m_sync->controller(), &SyncController::startAutomatic);
        // Opening the user file checks and may back it up, work that grows with the user's
        // data: it waits for the first frame too (the first day's stars came with it).
        QTimer::singleShot(0, m_library.get(), &LibraryController::open);
        QTimer::singleShot(0, m_watches.get(), &WatchesController::start);
    }
    if (event->type() == renderDetailEvent()) {
        if (!m_detailAfterFirstPaint.isEmpty())
            renderPaper(std::exchange(m_detailAfterFirstPaint, QString()));
        return true;
    }
    return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Watches the detail pane until its first paint. The paper is rendered after that frame is
    // out and whatever else was waiting (other parts of the frame, the user's first input) has
    // been handled: hence an event of low priority rather than a zero timer.
    if (event->type() == QEvent::Paint && !m_detailPainted &&
        watched == m_detail->browser()->viewport()) {
        m_detailPainted = true;
        watched->removeEventFilter(this);
        QCoreApplication::postEvent(this, new QEvent(renderDetailEvent()), Qt::LowEventPriority);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace paperboy::ui
