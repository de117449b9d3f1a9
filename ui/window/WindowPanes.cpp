#include "ui/window/WindowPanes.h"

#include "ui/common/Actions.h"
#include "ui/days/DateNavigator.h"
#include "ui/detail/DetailView.h"
#include "ui/foryou/ForYouPane.h"
#include "ui/library/BookmarksPane.h"
#include "ui/list/PaperListPane.h"
#include "ui/reader/ReadView.h"
#include "ui/watches/WatchesPane.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace paperboy::ui {
namespace {

// The window's own words (its translations' context; QT_TRANSLATE_NOOP lets lupdate see them).
QString windowText(const char* source)
{
    return QCoreApplication::translate("paperboy::ui::MainWindow", source);
}

} // namespace

WindowPanes WindowPanes::build(QMainWindow& window, Actions& actions, int calendarHeight)
{
    actions.fillMenuBar(window.menuBar());
    QToolBar* toolBar =
        window.addToolBar(windowText(QT_TRANSLATE_NOOP("paperboy::ui::MainWindow", "Main")));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // Text only: clearer than the style's generic icons, and loading those icons was a
    // noticeable part of the start-up time.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    actions.fillToolBar(toolBar);

    WindowPanes panes;
    panes.navigator = new DateNavigator(calendarHeight, &window);
    panes.list = new PaperListPane(actions, &window);
    panes.detail = new DetailView(&window);
    panes.splitter = new QSplitter(Qt::Horizontal, &window);
    panes.splitter->setObjectName(QStringLiteral("mainSplitter"));
    panes.splitter->setChildrenCollapsible(false);
    panes.bookmarks = new BookmarksPane(&window);
    panes.navigatorTabs = new QTabWidget(&window);
    panes.navigatorTabs->setObjectName(QStringLiteral("navigatorTabs"));
    panes.navigatorTabs->setDocumentMode(true);
    // Tabs on top, not down the side: Korean labels turned on their side read badly and were
    // cut short; a tab row costs the calendar only its own height.
    panes.navigatorTabs->setTabPosition(QTabWidget::North);
    panes.navigatorTabs->addTab(panes.navigator,
                                windowText(QT_TRANSLATE_NOOP("paperboy::ui::MainWindow", "Days")));
    panes.navigatorTabs->addTab(
        panes.bookmarks, windowText(QT_TRANSLATE_NOOP("paperboy::ui::MainWindow", "Bookmarks")));
    panes.forYou = new ForYouPane(&window);
    panes.navigatorTabs->addTab(
        panes.forYou, windowText(QT_TRANSLATE_NOOP("paperboy::ui::MainWindow", "For you")));
    panes.watches = new WatchesPane(&window);
    panes.navigatorTabs->addTab(
        panes.watches, windowText(QT_TRANSLATE_NOOP("paperboy::ui::MainWindow", "Watches")));
    for (int tab = 0; tab < panes.navigatorTabs->count(); ++tab)
        panes.navigatorTabs->setTabToolTip(tab, panes.navigatorTabs->tabText(tab));
    panes.splitter->addWidget(panes.navigatorTabs);
    panes.splitter->addWidget(panes.list);
    panes.splitter->addWidget(panes.detail);
    panes.splitter->setStretchFactor(0, 0);
    panes.splitter->setStretchFactor(1, 2);
    panes.splitter->setStretchFactor(2, 3);
    // The reader or the Trends page (Go → Trends), one at a time.
    panes.pages = new QStackedWidget(&window);
    panes.pages->addWidget(panes.splitter);
    // Reading takes the whole window: at 1024×700 a PDF beside the panes would be unreadable.
    panes.read = new ReadView(&window);
    panes.pages->addWidget(panes.read);
    window.setCentralWidget(panes.pages);
    return panes;
}

void WindowPanes::restoreSizes(QSplitter& splitter, const QByteArray& savedState, int windowWidth)
{
    if (!savedState.isEmpty() && splitter.restoreState(savedState))
        return;
    // In proportion to the window, so that a 1024-pixel one keeps room for the list's titles
    // and the paper: the calendar needs little more than its minimum width.
    const int width = std::max(windowWidth, 800);
    const int navigatorWidth = std::clamp(width / 5, 250, 300);
    const int listWidth = std::clamp(width / 3, 300, 460);
    splitter.setSizes({navigatorWidth, listWidth, width - navigatorWidth - listWidth});
}

} // namespace paperboy::ui
