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
#include "ui/detail/NotesController.h"
#include "ui/detail/PaperLinksController.h"
#include "ui/detail/RelatedPapers.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/export/ExportController.h"
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
#include "ui/summarize/SummaryController.h"
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
    : QMainWindow(parent)
{
    const ReaderState state = ReaderState::load();
    StartupLoader startup(paths, state); // reads the cache while the widgets are built
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Paperboy"));
    setAcceptDrops(true);
    const WindowPanes panes = buildWindow(state);
    ReaderFocus focus; // asked when a feature acts, so the presenter may come after
    focus.day = [this] { return currentDay(); };
    focus.listPaperId = [this] { return m_list->currentPaperId(); };
    focus.shownPaperId = [this] { return m_detail->shownPaperId(); };
    focus.commandPaperId = [this] { return paperOnScreen(); };
    focus.dayPaperIds = [this] { return m_list->dayPaperIds(); };
    m_features =
        std::make_unique<Features>(paths, *this, sync, *m_actions, panes, state, std::move(focus));
    m_presenter = std::make_unique<PaperPresenter>(*this, panes, *m_actions, *m_features);
    if (const int points = AppearanceSettings::load().detailFontPoints; points > 0)
        m_presenter->setDetailFontSize(points);
    placeFeatureWidgets();
    connectPanes();
    connectFeaturesToPanes();

    const StartupData first = startup.take();
    if (!first.error.isEmpty())
        statusBar()->showMessage(tr("Cannot read the cache: %1").arg(first.error));
    m_features->library().startWith(first.bookmarks);
    restoreWindowState(state);
    m_features->days().start(CachedDays(first.days), first.day, first.paperId, first.items);
    // In the window, not in a dialog: the reader sees it where the papers would be, beside
    // the Sync button that fills the cache again.
    if (!first.cacheNotice.isEmpty()) {
        m_list->showCacheNotice(first.cacheNotice);
        statusBar()->showMessage(tr("The cache was damaged and has been set aside."));
    }
}

MainWindow::~MainWindow()
{
    m_features->notes()
        .flush(); // queued on the user-data thread, which writes it before closing the file
    saveWindowState();
}

WindowPanes MainWindow::buildWindow(const ReaderState& state)
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
    m_detail->addPaperAction(m_actions->toggleBookmark);
    m_detail->addPaperAction(m_actions->openPdf);
    m_detail->addPaperAction(m_actions->notInterested);
    m_list->setRowActions({m_actions->toggleBookmark, m_actions->notInterested});
    return panes;
}

void MainWindow::placeFeatureWidgets()
{
    ReadController& reader = m_features->reader();
    SummaryController& summaries = m_features->summaries();
    m_detail->addPaperAction(reader.readAction());
    addAction(reader.readAction()); // R anywhere in the window
    // Go → Read, beside Open PDF.
    for (QObject* user : m_actions->openPdf->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(user))
            menu->addAction(reader.readAction());
    }

    // Before Help, the last menu.
    const QList<QAction*> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), summaries.menu());
    m_detail->addPaperAction(summaries.summarizePaperAction());
    statusBar()->addPermanentWidget(m_features->sync().statusWidget());
    statusBar()->addPermanentWidget(m_features->import().progressWidget());
    statusBar()->addPermanentWidget(m_features->days().statusLabel());
    statusBar()->addPermanentWidget(m_features->library().undoButton());
    statusBar()->addPermanentWidget(m_features->forYou().undoButton());
    statusBar()->addPermanentWidget(summaries.statusWidget());
    // The library kept in step through a folder: "Library in step 22:05 · 2 machines".
    auto* librarySyncLabel = new QLabel(this);
    librarySyncLabel->setObjectName(QStringLiteral("librarySyncStatus"));
    librarySyncLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(librarySyncLabel);
    connect(&m_features->librarySync(), &LibrarySyncController::statusTextChanged, librarySyncLabel,
            &QLabel::setText);
}

// The panes' own requests and the window's commands that only move between panes.
void MainWindow::connectPanes()
{
    const Actions& a = *m_actions;
    FeatureContext& context = m_features->context();
    SearchController& search = m_features->search();
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
    connect(a.exportChart, &QAction::triggered, &m_features->trends(),
            &TrendsController::exportChart);
    connect(a.exportDigest, &QAction::triggered, this, [this] {
        const QDate day = currentDay();
        m_features->exports().exportDigest(day, cachedDays().contains(day));
    });
    connect(a.saveSearchAsWatch, &QAction::triggered, &search, &SearchController::saveAsWatch);
    connect(a.showInDay, &QAction::triggered, this, [this] {
        // The paper the Bookmarks tab or the search put in the detail pane; the day list's
        // own paper is in its day already.
        QString id;
        if (isSearching())
            id = searchPane()->currentPaperId();
        else if (m_bookmarksPane->isVisible())
            id = m_features->library().chosenBookmarkId();
        if (id.isEmpty())
            m_features->context().showStatus(tr("Choose a bookmark or a search result first."));
        else
            m_presenter->showPaperInItsDay(id);
    });
    connect(a.showWatches, &QAction::triggered, this, [this] {
        m_navigatorTabs->setCurrentWidget(m_watchesPane);
        QListView* view = m_watchesPane->view();
        view->setFocus(Qt::ShortcutFocusReason);
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    });
    connect(a.about, &QAction::triggered, this, [this] {
        const QString cacheFile = m_features->context().paths().cacheFile;
        AboutDialog(QFileInfo(cacheFile).absolutePath(), this).exec();
    });
    connect(a.shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(this).exec(); });

    connect(&context, &FeatureContext::statusShown, statusBar(), &QStatusBar::showMessage);
    connect(m_navigator, &DateNavigator::dayRequested, this, &MainWindow::showDay);
    connect(m_navigator, &DateNavigator::noticeRequested, &context,
            [&context](const QString& text) { context.showStatus(text); });
    // One indexed query when the filter is first used on a day (a row holds 4 authors at most).
    connect(m_list, &PaperListPane::allAuthorsWanted, this, [this, &context](QDate day) {
        if (store::CacheReader* cache = context.reader())
            m_list->setAllAuthors(day, cache->dayAuthors(day));
    });
    connect(m_list, &PaperListPane::paperActivated, &m_features->paperLinks(),
            &PaperLinksController::openPaperPage);
    connect(m_detail, &DetailView::linkActivated, &context.links(), &LinkOpener::open);
    connect(m_detail, &DetailView::linkHovered, this, [this](const QUrl& url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toDisplayString());
    });
    // Esc in the note editor: the keys go back to the pane the paper came from.
    connect(m_detail->noteEditor(), &NoteEditor::leaveRequested, this, [this] {
        if (isSearching())
            searchPane()->view()->setFocus(Qt::ShortcutFocusReason);
        else if (m_bookmarksPane->isVisible())
            m_bookmarksPane->view()->setFocus(Qt::ShortcutFocusReason);
        else
            m_list->view()->setFocus(Qt::ShortcutFocusReason);
    });
}

// Where each feature's answers show; the day and paper chosen go through the PaperPresenter.
void MainWindow::connectFeaturesToPanes()
{
    Features& f = *m_features;
    LibraryController* library = &f.library();
    SearchController* search = &f.search();
    ForYouController* forYou = &f.forYou();
    ReadController* reader = &f.reader();

    connect(&f.days(), &DaysController::daysChanged, m_navigator, &DateNavigator::setCachedDays);
    connect(m_presenter.get(), &PaperPresenter::dayShown, this, &MainWindow::dayShown);

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
    connect(m_list, &PaperListPane::bookmarkClicked, library, &LibraryController::toggleBookmark);
    connect(m_list, &PaperListPane::currentPaperChanged, library,
            &LibraryController::paperSelected);
    connect(m_detail, &DetailView::shownPaperChanged, library,
            &LibraryController::updateBookmarkAction);

    connect(search, &SearchController::highlightChanged, m_detail, &DetailView::setHighlightTerms);
    connect(search, &SearchController::paperActivated, &f.paperLinks(),
            &PaperLinksController::openPaperPage);
    connect(search, &SearchController::closed, this, [this] {
        m_list->view()->setFocus(Qt::OtherFocusReason);
        m_detail->setHighlightTerms({});
        m_presenter->showPaper(m_list->currentPaperId());
    });
    connect(m_detail, &DetailView::paperShown, search, [this, search](const QString& id) {
        const RelatedPapers* related = m_detail->relatedPapers();
        if (related->paperId() != id || !related->hasAnswer())
            search->relatedWanted(RelatedPapers::maxPapers);
    });
    connect(search, &SearchController::relatedFound, m_detail->relatedPapers(),
            &RelatedPapers::setPapers);

    // For you: the day's order and reasons, the tab, the detail pane's Why line.
    connect(forYou, &ForYouController::dayOrdered, m_list, &PaperListPane::setForYouOrder);
    connect(forYou, &ForYouController::paneWanted, this, [this] {
        m_navigatorTabs->setCurrentWidget(m_forYouPane);
        m_forYouPane->view()->setFocus(Qt::ShortcutFocusReason);
    });
    const auto showWhy = [this, forYou] {
        const QString id = m_detail->shownPaperId();
        m_detail->setWhy(id, forYouWhyLine(forYou->whyOf(id)));
    };
    connect(forYou, &ForYouController::scoresChanged, this, showWhy);
    connect(m_detail, &DetailView::shownPaperChanged, this, showWhy);
    connect(m_detail, &DetailView::shownPaperChanged, forYou, &ForYouController::updateAction);

    // The Read view takes the window's place while open; its highlights are listed under the
    // paper's note, and choosing one reads the paper at its page.
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

    // Trends: a point, an author or a term opens its papers in the search pane.
    connect(&f.trends(), &TrendsController::papersWanted, this, [this](const QString& query) {
        showReader();
        openSearch();
        searchPane()->field()->setText(query);
    });
    connect(&f.trends(), &TrendsController::closeRequested, this, &MainWindow::showReader);

    // What the window tells its watchers (tests, the tray) when a feature is done.
    connect(&f.summaries(), &SummaryController::finished, this, &MainWindow::summariesFinished);
    connect(&f.exports(), &ExportController::exported, this, &MainWindow::exported);
    connect(&f.exports(), &ExportController::digestExported, this, &MainWindow::digestExported);
    connect(&f.settings(), &SettingsController::cacheCleared, this, &MainWindow::cacheCleared);
    connect(&f.settings(), &SettingsController::cachePruned, this, &MainWindow::cachePruned);
}

void MainWindow::showTrends()
{
    TrendsView* view = m_features->trends().view();
    if (m_pages->indexOf(view) < 0)
        m_pages->addWidget(view);
    m_features->trends().opened();
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
    return m_presenter->paperOnScreen();
}

void MainWindow::enableThumbnails(thumbs::LoaderOptions options, bool prefetch)
{
    ThumbnailController& thumbnails = m_features->thumbnails();
    if (thumbnails.source())
        return;
    // Bookmarked papers keep their images through eviction, so they show offline.
    options.pinnedIds = [pinned = m_features->library().pinned()] { return pinned->snapshot(); };
    ThumbnailSource* source = thumbnails.enable(std::move(options), prefetch, this);
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
    state.day = currentDay();
    state.paperId = currentPaperId();
    state.latestDayAtExit = cachedDays().latest().value_or(QDate());
    state.sortMode = int(m_list->sortMode());
    state.searchSort = m_features->search().sort();
    state.koreanTitles = m_actions->koreanTitles->isChecked();
    state.calendarHeight = m_navigator->calendarHeight();
    state.navigatorTab = m_navigatorTabs->currentIndex();
    state.save();
}

void MainWindow::showExportDialog()
{
    const QDate day = currentDay();
    ExportDialog::Counts counts;
    counts.bookmarks = int(bookmarkedIds().size());
    counts.day = day;
    counts.dayPapers = cachedDays().contains(day) ? int(m_list->dayPaperIds().size()) : 0;
    QStringList searchIds;
    if (isSearching()) {
        for (const search::SearchHit& hit : searchPane()->model()->hits())
            searchIds.append(hit.id);
    }
    counts.searchResults = int(searchIds.size());
    const ExportDialog::Scope preferred = isSearching() ? ExportDialog::Scope::SearchResults
                                          : m_bookmarksPane->isVisible()
                                              ? ExportDialog::Scope::Bookmarks
                                              : ExportDialog::Scope::Day;
    m_features->exports().showExportDialog(counts, searchIds, preferred);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_features->notes().flush();
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
        QTimer::singleShot(0, &syncController(), &SyncController::startAutomatic);
        // Opening the user file checks and may back it up, work that grows with the user's
        // data: it waits for the first frame too (the first day's stars came with it).
        QTimer::singleShot(0, &m_features->library(), &LibraryController::open);
        QTimer::singleShot(0, &m_features->watches(), &WatchesController::start);
    }
    return QMainWindow::event(event);
}

} // namespace paperboy::ui
