#include "ui/common/Actions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace paperboy::ui {
namespace {

QAction* makeAction(QWidget* window, const QString& text, const QList<QKeySequence>& shortcuts,
                    const QString& objectName)
{
    auto* action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!shortcuts.isEmpty())
        action->setToolTip(QCoreApplication::translate("paperboy::ui::Actions", "%1 (%2)")
                               .arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                    shortcuts.constFirst().toString(QKeySequence::NativeText)));
    // Added to the window so that the shortcut works even if no menu shows the action.
    window->addAction(action);
    return action;
}

} // namespace

Actions::Actions(QWidget* window) : QObject(window)
{
    importFiles = makeAction(window, tr("&Import Digests\u2026"), {QKeySequence::Open},
                             QStringLiteral("importFiles"));
    exportPapers = makeAction(window, tr("&Export\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                              QStringLiteral("exportPapers"));
    exportPapers->setStatusTip(
        tr("Saves bookmarks, the day or the search results as BibTeX, RIS, Markdown or CSV"));
    exportDigest = makeAction(window, tr("Export &Digest\u2026"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                              QStringLiteral("exportDigest"));
    exportDigest->setStatusTip(tr("Saves the day shown as a Korean digest in the daily_papers_ko "
                                  "format, with the best Korean text of each paper"));
    importFolder = makeAction(window, tr("Import Digest &Folder\u2026"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                              QStringLiteral("importFolder"));
    loadSamples =
        makeAction(window, tr("Load &Sample Digests"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, QStringLiteral("loadSamples"));
    sync = makeAction(window, tr("Sync &Now"), {QKeySequence(Qt::Key_F5)}, QStringLiteral("sync"));
    sync->setIconText(tr("Sync"));
    sync->setStatusTip(tr("Downloads the digests of today and the last days"));
    syncDay = makeAction(window, tr("Sync &This Day"), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                         QStringLiteral("syncDay"));
    backfill = makeAction(window, tr("&Backfill\u2026"), {}, QStringLiteral("backfill"));
    cancelSync = makeAction(window, tr("&Cancel Sync"), {}, QStringLiteral("cancelSync"));
    cancelSync->setEnabled(false);
    syncLog = makeAction(window, tr("Sync &Log\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
                         QStringLiteral("syncLog"));
    syncSources = makeAction(window, tr("&Sources\u2026"), {}, QStringLiteral("syncSources"));
    syncSettings =
        makeAction(window, tr("Sync Se&ttings\u2026"), {}, QStringLiteral("syncSettings"));
    showImportReport = makeAction(window, tr("Last Import &Report"),
                                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                                  QStringLiteral("showImportReport"));
    showImportReport->setEnabled(false);
    quit = makeAction(window, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)},
                      QStringLiteral("quit"));
    quit->setMenuRole(QAction::QuitRole);

    copyLink =
        makeAction(window, tr("&Copy Link"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                   QStringLiteral("copyLink"));
    focusFilter = makeAction(window, tr("&Filter Papers"), {QKeySequence(Qt::CTRL | Qt::Key_F)},
                             QStringLiteral("focusFilter"));
    clearFilter =
        makeAction(window, tr("C&lear Filter"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                   QStringLiteral("clearFilter"));
    searchArchive = makeAction(window, tr("&Search All Papers"),
                               {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash)},
                               QStringLiteral("searchArchive"));

    settings = makeAction(window, tr("Se&ttings\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                          QStringLiteral("settings"));
    settings->setMenuRole(QAction::PreferencesRole);

    copyBibTex = makeAction(window, tr("Copy &BibTeX"), {QKeySequence(Qt::CTRL | Qt::Key_B)},
                            QStringLiteral("copyBibTex"));
    toggleBookmark = makeAction(window, tr("&Bookmark"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                                QStringLiteral("toggleBookmark"));
    toggleBookmark->setCheckable(true);
    toggleBookmark->setEnabled(false); // until a paper is shown
    undoRemoveBookmark = makeAction(window, tr("&Undo Bookmark Removal"), {QKeySequence::Undo},
                                    QStringLiteral("undoRemoveBookmark"));
    undoRemoveBookmark->setEnabled(false);
    showBookmarks =
        makeAction(window, tr("Show &Bookmarks"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
                   QStringLiteral("showBookmarks"));

    toggleRead = makeAction(window, tr("Toggle &Read"), {QKeySequence(Qt::Key_M)},
                            QStringLiteral("toggleRead"));
    markDayRead = makeAction(window, tr("Mark &Day as Read"), {}, QStringLiteral("markDayRead"));
    editNote =
        makeAction(window, tr("Edit &Note"), {QKeySequence(Qt::Key_N)}, QStringLiteral("editNote"));
    unreadOnly = makeAction(window, tr("&Unread Only"), {}, QStringLiteral("unreadOnly"));
    unreadOnly->setCheckable(true);
    notInterested = makeAction(window, tr("Not &Interested"), {QKeySequence(Qt::Key_X)},
                               QStringLiteral("notInterested"));
    notInterested->setCheckable(true);
    notInterested->setEnabled(false); // until a paper is shown
    showForYou =
        makeAction(window, tr("Show &For You"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
                   QStringLiteral("showForYou"));

    previousDay = makeAction(window, tr("&Previous Day"), {QKeySequence(Qt::ALT | Qt::Key_Left)},
                             QStringLiteral("previousDay"));
    nextDay = makeAction(window, tr("&Next Day"), {QKeySequence(Qt::ALT | Qt::Key_Right)},
                         QStringLiteral("nextDay"));
    today = makeAction(window, tr("&Today"),
                       {QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence(Qt::Key_Home)},
                       QStringLiteral("today"));
    latestDay = makeAction(window, tr("&Latest Day"), {QKeySequence(Qt::ALT | Qt::Key_End)},
                           QStringLiteral("latestDay"));
    nearestDay =
        makeAction(window, tr("Nearest Day with a &Digest"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)}, QStringLiteral("nearestDay"));
    goToDate = makeAction(window, tr("&Go to Date\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_G)},
                          QStringLiteral("goToDate"));
    weekTop =
        makeAction(window, tr("Top of the &Week"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
                   QStringLiteral("weekTop"));
    weekTop->setStatusTip(tr("The most voted papers of the week of the day shown"));
    monthTop =
        makeAction(window, tr("Top of the &Month"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, QStringLiteral("monthTop"));
    monthTop->setStatusTip(tr("The most voted papers of the month of the day shown"));
    showTrends = makeAction(window, tr("T&rends"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                            QStringLiteral("showTrends"));
    showTrends->setStatusTip(tr("Charts of topics over time, rising terms and frequent authors"));
    showReader = makeAction(window, tr("&Reader"), {}, QStringLiteral("showReader"));
    exportChart = makeAction(window, tr("Export &Chart\u2026"), {}, QStringLiteral("exportChart"));
    showInDay = makeAction(window, tr("Show in Its &Day"),
                           {QKeySequence(Qt::CTRL | Qt::Key_Return)}, QStringLiteral("showInDay"));
    showInDay->setStatusTip(
        tr("Shows the bookmark or search result in the list of the day it was listed"));
    nextPaper = makeAction(window, tr("Ne&xt Paper"), {QKeySequence(Qt::Key_J)},
                           QStringLiteral("nextPaper"));
    previousPaper = makeAction(window, tr("Pre&vious Paper"), {QKeySequence(Qt::Key_K)},
                               QStringLiteral("previousPaper"));
    openPaper = makeAction(window, tr("&Open Paper in Browser"), {QKeySequence(Qt::Key_O)},
                           QStringLiteral("openPaper"));
    openPaper->setIconText(tr("Open in Browser"));
    openPdf =
        makeAction(window, tr("Open P&DF"), {QKeySequence(Qt::Key_P)}, QStringLiteral("openPdf"));
    openPdf->setStatusTip(tr("Opens the PDF kept for reading offline, or arXiv's PDF"));
    openPaper->setStatusTip(tr("Opens the arXiv page (also Enter or a double-click on a row)"));

    sortGroup = new QActionGroup(this);
    sortByDigestOrder =
        makeAction(window, tr("Sort by &Digest Order"), {QKeySequence(Qt::CTRL | Qt::Key_1)},
                   QStringLiteral("sortByDigestOrder"));
    sortByVotes = makeAction(window, tr("Sort by &Votes"), {QKeySequence(Qt::CTRL | Qt::Key_2)},
                             QStringLiteral("sortByVotes"));
    sortByTitle = makeAction(window, tr("Sort by T&itle"), {QKeySequence(Qt::CTRL | Qt::Key_3)},
                             QStringLiteral("sortByTitle"));
    sortByForYou = makeAction(window, tr("Sort &For You"), {QKeySequence(Qt::CTRL | Qt::Key_4)},
                              QStringLiteral("sortByForYou"));
    for (QAction* sort : {sortByDigestOrder, sortByVotes, sortByTitle, sortByForYou}) {
        sort->setCheckable(true);
        sortGroup->addAction(sort);
    }
    sortByDigestOrder->setChecked(true);
    koreanTitles =
        makeAction(window, tr("&Korean Titles in the List"), {}, QStringLiteral("koreanTitles"));
    koreanTitles->setCheckable(true);

    exportWatchFeed = makeAction(window, tr("Export &Watch as Feed\u2026"), {},
                                 QStringLiteral("exportWatchFeed"));
    saveSearchAsWatch =
        makeAction(window, tr("Save Search as &Watch\u2026"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, QStringLiteral("saveAsWatch"));
    showWatches =
        makeAction(window, tr("Show W&atches"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                   QStringLiteral("showWatches"));

    shortcuts = makeAction(window, tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1)},
                           QStringLiteral("shortcuts"));
    about = makeAction(window, tr("&About Paperboy"), {}, QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

void Actions::fillMenuBar(QMenuBar* menuBar) const
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->addActions({importFiles, importFolder, loadSamples});
    file->addSeparator();
    file->addActions({exportPapers, exportDigest, exportWatchFeed, exportChart});
    file->addSeparator();
    file->addAction(showImportReport);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = menuBar->addMenu(tr("&Edit"));
    edit->addActions({copyLink, copyBibTex, focusFilter, clearFilter, searchArchive,
                      saveSearchAsWatch, showWatches});
    edit->addSeparator();
    edit->addAction(settings);

    QMenu* bookmarks = menuBar->addMenu(tr("&Bookmarks"));
    bookmarks->addActions(
        {toggleBookmark, undoRemoveBookmark, showBookmarks, notInterested, showForYou});
    bookmarks->addSeparator();
    bookmarks->addActions({toggleRead, markDayRead});
    bookmarks->addSeparator();
    bookmarks->addAction(editNote);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->addActions(sortGroup->actions());
    view->addSeparator();
    view->addAction(koreanTitles);
    view->addAction(unreadOnly);

    QMenu* go = menuBar->addMenu(tr("&Go"));
    go->addActions({previousDay, nextDay, today, latestDay, nearestDay, goToDate, showInDay});
    go->addSeparator();
    go->addActions({weekTop, monthTop});
    go->addSeparator();
    go->addActions({showTrends, showReader});
    go->addSeparator();
    go->addActions({nextPaper, previousPaper, openPaper, openPdf});

    QMenu* syncMenu = menuBar->addMenu(tr("&Sync"));
    syncMenu->addActions({sync, syncDay, backfill, cancelSync});
    syncMenu->addSeparator();
    syncMenu->addActions({syncLog, syncSources, syncSettings});

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addActions({shortcuts, about});
}

void Actions::fillToolBar(QToolBar* toolBar) const
{
    toolBar->addActions({importFiles, sync});
    toolBar->addSeparator();
    toolBar->addActions({previousDay, today, nextDay, goToDate});
    toolBar->addSeparator();
    toolBar->addActions({openPaper, copyLink, toggleBookmark});
}

} // namespace paperboy::ui
