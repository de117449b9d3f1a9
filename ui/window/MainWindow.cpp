#include "ui/window/MainWindow.h"
#include "ui/style/DateText.h"

#include "store/CacheReader.h"
#include "store/WriterThread.h"
#include "ui/days/DateNavigator.h"
#include "ui/days/UnreadCounter.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/LinkOpener.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportProgressWidget.h"
#include "ui/import/ImportReportDialog.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/PdfThread.h"
#include "ui/library/UserDataThread.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchService.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/summarize/SummaryStatusWidget.h"
#include "ui/summarize/SummaryThread.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/window/Actions.h"
#include "ui/window/ReaderSettings.h"
#include "ui/window/StartupData.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

QEvent::Type renderDetailEvent()
{
    static const QEvent::Type type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

MainWindow::MainWindow(const store::DataPaths& paths, QWidget* parent)
    : MainWindow(paths, SyncSetup(), parent)
{}

MainWindow::MainWindow(const store::DataPaths& paths, const SyncSetup& sync, QWidget* parent)
    : QMainWindow(parent), m_paths(paths)
{
    const ReaderState state = ReaderState::load();
    StartupLoader startup(paths, state); // reads the cache while the widgets are built
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Paperboy"));
    setAcceptDrops(true);
    m_import =
        std::make_unique<ImportController>([this]() -> store::WriterThread& { return writer(); });
    m_sync = std::make_unique<SyncController>(
        paths, [this]() -> store::WriterThread& { return writer(); }, sync);
    m_links = new LinkOpener(this);
    buildWindow(state);
    connectActions();
    connectImport();
    connectSync();
    connectUserData();
    connectNotes();
    connectPdfs();
    connectRelated();
    connectSummaries();

    const StartupData first = startup.take();
    if (!first.error.isEmpty())
        statusBar()->showMessage(tr("Cannot read the cache: %1").arg(first.error));
    m_bookmarks = first.bookmarks;
    m_pinned->replace(m_bookmarks);
    setCachedDays(CachedDays(first.days));
    restoreWindowState(state);
    showDayWith(first.day, first.paperId, first.items);
    // In the window, not in a dialog: the reader sees it where the papers would be, beside
    // the Sync button that fills the cache again.
    if (!first.cacheNotice.isEmpty()) {
        m_list->showCacheNotice(first.cacheNotice);
        statusBar()->showMessage(tr("The cache was damaged and has been set aside."));
    }
}

MainWindow::~MainWindow()
{
    flushNote(); // queued on the user-data thread, which writes it before it closes the file
    saveWindowState();
}

QString MainWindow::currentPaperId() const
{
    return m_list->currentPaperId();
}

QString MainWindow::paperOnScreen() const
{
    return m_detailAfterFirstPaint.isEmpty() ? m_detail->shownPaperId() : m_detailAfterFirstPaint;
}

void MainWindow::buildWindow(const ReaderState& state)
{
    m_actions = new Actions(this);
    m_actions->fillMenuBar(menuBar());
    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // Text only: clearer than the style's generic icons, and loading those icons was a
    // noticeable part of the start-up time.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    m_actions->fillToolBar(toolBar);

    m_navigator = new DateNavigator(state.calendarHeight, this);
    m_list = new PaperListPane(*m_actions, this);
    m_detail = new DetailView(this);
    if (const int points = AppearanceSettings::load().detailFontPoints; points > 0)
        setDetailFontSize(points);
    m_detail->browser()->viewport()->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_bookmarksPane = new BookmarksPane(this);
    m_navigatorTabs = new QTabWidget(this);
    m_navigatorTabs->setObjectName(QStringLiteral("navigatorTabs"));
    m_navigatorTabs->setDocumentMode(true);
    // Tabs on top, not down the side: Korean labels turned on their side read badly and were
    // cut short; a tab row costs the calendar only its own height.
    m_navigatorTabs->setTabPosition(QTabWidget::North);
    m_navigatorTabs->addTab(m_navigator, tr("Days"));
    m_navigatorTabs->addTab(m_bookmarksPane, tr("Bookmarks"));
    m_splitter->addWidget(m_navigatorTabs);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);

    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayStatus"));
    m_dayLabel->setTextFormat(Qt::PlainText);
    m_progress = new ImportProgressWidget(this);
    m_progress->hide();
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_dayLabel);
}

void MainWindow::connectActions()
{
    const Actions& a = *m_actions;
    connect(a.importFiles, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    connect(a.importFolder, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    connect(a.loadSamples, &QAction::triggered, this, &MainWindow::loadSampleDigests);
    connect(a.showImportReport, &QAction::triggered, this, [this] {
        if (m_reportDialog) {
            m_reportDialog->show();
            m_reportDialog->raise();
        }
    });
    connect(a.exportDigest, &QAction::triggered, this, &MainWindow::exportDigest);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copyLink, &QAction::triggered, this, &MainWindow::copyCurrentLink);
    connect(a.focusFilter, &QAction::triggered, m_list, &PaperListPane::focusFilter);
    connect(a.searchArchive, &QAction::triggered, this, &MainWindow::openSearch);
    connect(a.weekTop, &QAction::triggered, this, [this] { openTop(false); });
    connect(a.monthTop, &QAction::triggered, this, [this] { openTop(true); });
    connect(a.clearFilter, &QAction::triggered, m_list, &PaperListPane::clearFilter);
    connect(a.previousDay, &QAction::triggered, this, [this] { stepDay(false); });
    connect(a.nextDay, &QAction::triggered, this, [this] { stepDay(true); });
    connect(a.today, &QAction::triggered, this, [this] { showDay(QDate::currentDate()); });
    connect(a.latestDay, &QAction::triggered, this, [this] {
        if (const auto latest = m_days.latest())
            showDay(*latest);
    });
    connect(a.nearestDay, &QAction::triggered, this, [this] {
        if (const auto nearest = m_days.nearest(m_day.isValid() ? m_day : QDate::currentDate()))
            showDay(*nearest);
    });
    connect(a.goToDate, &QAction::triggered, m_navigator, &DateNavigator::focusDateEntry);
    connect(a.nextPaper, &QAction::triggered, this, [this] { m_list->moveSelection(1); });
    connect(a.previousPaper, &QAction::triggered, this, [this] { m_list->moveSelection(-1); });
    connect(a.openPaper, &QAction::triggered, this, [this] { openPaperPage(paperOnScreen()); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(this).exec(); });

    connect(m_navigator, &DateNavigator::dayRequested, this, &MainWindow::showDay);
    connect(m_navigator, &DateNavigator::noticeRequested, this,
            [this](const QString& text) { statusBar()->showMessage(text, statusMessageMs); });
    // One indexed query when the filter is first used on a day (a row holds 4 authors at most).
    connect(m_list, &PaperListPane::allAuthorsWanted, this, [this](QDate day) {
        if (store::CacheReader* cache = reader())
            m_list->setAllAuthors(day, cache->dayAuthors(day));
    });
    connect(m_list, &PaperListPane::currentPaperChanged, this, &MainWindow::showPaper);
    connect(m_list, &PaperListPane::paperActivated, this, &MainWindow::openPaperPage);
    connect(m_detail, &DetailView::linkActivated, m_links, &LinkOpener::open);
    connect(m_detail, &DetailView::linkHovered, this, [this](const QUrl& url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toDisplayString());
    });
    connect(m_links, &LinkOpener::refused, this,
            [this](const QString& message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(m_links, &LinkOpener::noBrowser, this, &MainWindow::offerToCopyLink);
}

store::CacheReader* MainWindow::reader()
{
    // A cache that does not exist yet is created by the first import, not by looking at it.
    if (!m_reader && QFileInfo::exists(m_paths.cacheFile)) {
        QString error;
        m_reader = store::CacheReader::open(m_paths, &error);
        if (!m_reader)
            statusBar()->showMessage(tr("Cannot read the cache: %1").arg(error));
    }
    return m_reader.get();
}

void MainWindow::reloadCachedDays()
{
    store::CacheReader* cache = reader();
    setCachedDays(cache ? CachedDays(cache->days()) : CachedDays());
}

void MainWindow::setCachedDays(const CachedDays& days)
{
    m_days = days;
    m_navigator->setCachedDays(m_days);
    m_unreadTimer.start(); // new days or new papers on a day: their unread counts
}

void MainWindow::restoreWindowState(const ReaderState& state)
{
    if (state.geometry.isEmpty() || !restoreGeometry(state.geometry)) {
        const QSize available = screen()->availableGeometry().size();
        resize(qMin(1440, available.width()), qMin(900, available.height()));
    }
    restoreState(state.windowState);
    if (state.splitterState.isEmpty() || !m_splitter->restoreState(state.splitterState)) {
        // In proportion to the window, so that a 1024-pixel one keeps room for the list's
        // titles and the paper: the calendar needs little more than its minimum width.
        const int width = std::max(this->width(), 800);
        const int navigator = std::clamp(width / 5, 250, 300);
        const int list = std::clamp(width / 3, 300, 460);
        m_splitter->setSizes({navigator, list, width - navigator - list});
    }
    if (state.sortMode >= 0 && state.sortMode <= int(PaperFilterProxy::SortMode::Title))
        m_list->setSortMode(PaperFilterProxy::SortMode(state.sortMode));
    m_actions->koreanTitles->setChecked(state.koreanTitles);
    m_searchSort = state.searchSort; // the search pane is made when first opened
}

void MainWindow::saveWindowState() const
{
    ReaderState state;
    state.geometry = saveGeometry();
    state.windowState = saveState();
    state.splitterState = m_splitter->saveState();
    state.day = m_day;
    state.paperId = currentPaperId();
    state.latestDayAtExit = m_days.latest().value_or(QDate());
    state.sortMode = int(m_list->sortMode());
    state.searchSort = m_searchPane ? int(m_searchPane->sort()) : m_searchSort;
    state.koreanTitles = m_actions->koreanTitles->isChecked();
    state.calendarHeight = m_navigator->calendarHeight();
    state.save();
}

void MainWindow::showDay(QDate day)
{
    showDayKeepingPaper(day, QString());
}

void MainWindow::showDayKeepingPaper(QDate day, const QString& paperId)
{
    store::CacheReader* cache = m_days.contains(day) ? reader() : nullptr;
    showDayWith(day, paperId, cache ? cache->dayList(day) : QList<store::PaperListItem>());
}

void MainWindow::showDayWith(QDate day, const QString& paperId,
                             const QList<store::PaperListItem>& items)
{
    if (!day.isValid())
        return;
    m_followLatest = false; // refreshAfterWrites sets it again when it is the one showing
    m_day = day;
    m_navigator->setCurrentDay(day);
    if (m_days.isEmpty()) {
        m_list->showNoCache();
        m_detail->showMessage(tr("Import digests to start reading."));
    } else if (!m_days.contains(day)) {
        m_list->showNoDigest(day, m_days.nearest(day));
        m_detail->showMessage(
            tr("No digest for %1.").arg(QLocale().toString(day, QLocale::LongFormat)));
    } else {
        m_list->showPapers(day, items, m_bookmarks);
        if ((paperId.isEmpty() || !m_list->selectPaper(paperId)) && !m_list->selectFirstPaper())
            m_detail->showMessage(m_list->proxy()->filterText().isEmpty()
                                      ? tr("The digest of this day lists no papers.")
                                      : tr("No paper matches the filter."));
    }
    updateDayStatus();
    emit dayShown(day);
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
    store::CacheReader* cache = reader();
    if (!cache)
        return;
    if (const std::optional<core::Paper> paper = cache->paper(paperId))
        m_detail->showPaper(*paper);
    else
        m_detail->showMessage(tr("Paper %1 is no longer in the cache.").arg(paperId));
}

void MainWindow::openPaperPage(const QString& paperId)
{
    const std::optional<core::ArxivId> id = core::ArxivId::parse(paperId);
    if (!id) {
        statusBar()->showMessage(tr("Select a paper first."), statusMessageMs);
        return;
    }
    if (m_links->open(id->absUrl()))
        statusBar()->showMessage(tr("Opened %1").arg(id->absUrl().toDisplayString()),
                                 statusMessageMs);
}

void MainWindow::copyCurrentLink()
{
    const std::optional<core::ArxivId> id = core::ArxivId::parse(paperOnScreen());
    if (!id) {
        statusBar()->showMessage(tr("Select a paper first."), statusMessageMs);
        return;
    }
    const QString url = id->absUrl().toString();
    QGuiApplication::clipboard()->setText(url);
    statusBar()->showMessage(tr("Copied %1").arg(url), statusMessageMs);
}

void MainWindow::offerToCopyLink(const QUrl& url)
{
    // A dialog, not only the status bar: a toolbar button's status tip replaces a message the
    // moment the pointer moves, and the reader pressed a key or a button expecting a page.
    if (m_noBrowserBox)
        m_noBrowserBox->close();
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("No web browser"),
        tr("No web browser could be started to open %1.").arg(url.toDisplayString()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("noBrowserBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Copy the link and open it where you can."));
    QPushButton* copy = box->addButton(tr("&Copy Link"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(copy);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    connect(copy, &QPushButton::clicked, this, [this, url] {
        QGuiApplication::clipboard()->setText(url.toString());
        statusBar()->showMessage(tr("Copied %1").arg(url.toString()), statusMessageMs);
    });
    m_noBrowserBox = box;
    box->show();
}

void MainWindow::stepDay(bool forward)
{
    const QDate from = m_day.isValid() ? m_day : QDate::currentDate();
    const std::optional<QDate> target = forward ? m_days.next(from) : m_days.previous(from);
    if (target)
        showDay(*target);
    else
        statusBar()->showMessage(forward ? tr("No later day with a digest.")
                                         : tr("No earlier day with a digest."),
                                 statusMessageMs);
}

void MainWindow::updateDayStatus()
{
    const bool cached = m_days.contains(m_day);
    m_actions->previousDay->setEnabled(m_days.previous(m_day).has_value());
    m_actions->nextDay->setEnabled(m_days.next(m_day).has_value());
    m_actions->nearestDay->setEnabled(!cached && !m_days.isEmpty());
    m_actions->latestDay->setEnabled(!m_days.isEmpty());
    const bool hasPapers = cached && m_list->model()->rowCount() > 0;
    m_actions->openPaper->setEnabled(hasPapers);
    m_actions->copyLink->setEnabled(hasPapers);
    m_actions->nextPaper->setEnabled(hasPapers);
    m_actions->previousPaper->setEnabled(hasPapers);
    if (m_days.isEmpty())
        m_dayLabel->setText(tr("No digests cached"));
    else if (cached)
        m_dayLabel->setText(
            tr("%1 \u00B7 %n paper(s)", nullptr, m_days.paperCount(m_day)).arg(compactDate(m_day)));
    else
        m_dayLabel->setText(tr("%1 \u00B7 no digest").arg(compactDate(m_day)));
}

void MainWindow::showAbout()
{
    AboutDialog(QFileInfo(m_paths.cacheFile).absolutePath(), this).exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    flushNote();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_syncStarted) {
        // After the first frame is out: the first sync loads the network-information backend
        // (blocking D-Bus calls) and opens the cache for writing, neither of which the window
        // waits for. The timer fires after this paint has been flushed to the screen.
        m_syncStarted = true;
        QTimer::singleShot(0, m_sync.get(), &SyncController::startAutomatic);
        // Opening the user file checks and may back it up, work that grows with the user's
        // data: it waits for the first frame too (the first day's stars came with it).
        QTimer::singleShot(0, m_user.get(), &UserDataThread::open);
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
