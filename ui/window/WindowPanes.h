#pragma once

#include <QByteArray>

class QMainWindow;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace paperboy::ui {

class Actions;
class BookmarksPane;
class DateNavigator;
class DetailView;
class ForYouPane;
class PaperListPane;
class ReadView;
class WatchesPane;

// The reader window's panes, built in one place: the menu and tool bars from the commands, then
// side by side in one splitter the navigator's tabs (the date navigator, Bookmarks, For you and
// Watches), the paper list and the detail pane; the splitter is one page of the central stack,
// beside the Trends page that Go → Trends adds. The window owns them (they are its children) and
// hands them to the feature controllers; this only builds and lays them out.
struct WindowPanes final
{
    DateNavigator* navigator = nullptr;
    QTabWidget* navigatorTabs = nullptr; // Days (navigator), Bookmarks, For you, Watches
    BookmarksPane* bookmarks = nullptr;
    ForYouPane* forYou = nullptr;
    WatchesPane* watches = nullptr;
    PaperListPane* list = nullptr;
    DetailView* detail = nullptr;
    QSplitter* splitter = nullptr;
    QStackedWidget* pages = nullptr; // the reader (splitter), the Read view or the Trends page
    ReadView* read = nullptr;

    // `calendarHeight`: the room the calendar took at the last run (DateNavigator).
    static WindowPanes build(QMainWindow& window, Actions& actions, int calendarHeight);

    // The panes' splitter as it was saved, or in proportion to `windowWidth` when there is no
    // saved state (a first run) or it cannot be restored.
    static void restoreSizes(QSplitter& splitter, const QByteArray& savedState, int windowWidth);
};

} // namespace paperboy::ui
