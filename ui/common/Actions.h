#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QToolBar;
class QWidget;

namespace paperboy::ui {

// Every command of the reader window, each with a menu entry and a shortcut. The window
// connects them; menus, toolbar and empty-state buttons only show them.
class Actions final : public QObject
{
    Q_OBJECT
public:
    // Shortcuts work anywhere in `window`.
    explicit Actions(QWidget* window);

    void fillMenuBar(QMenuBar* menuBar) const;
    void fillToolBar(QToolBar* toolBar) const;

    // File
    QAction* importFiles = nullptr;
    QAction* importFolder = nullptr;
    QAction* loadSamples = nullptr;
    QAction* showImportReport = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* copyLink = nullptr;
    QAction* focusFilter = nullptr;
    QAction* clearFilter = nullptr;
    QAction* settings = nullptr;
    QAction* searchArchive = nullptr; // Ctrl+K and /
    QAction* copyBibTex = nullptr;
    // Bookmarks
    QAction* toggleBookmark = nullptr; // checkable: shows the current paper's state
    QAction* showBookmarks = nullptr;
    QAction* undoRemoveBookmark = nullptr; // Ctrl+Z: the bookmark just removed, back as it was
    QAction* toggleRead = nullptr;         // M
    QAction* markDayRead = nullptr;
    QAction* editNote = nullptr;      // N: the note editor under the paper
    QAction* unreadOnly = nullptr;    // checkable
    QAction* notInterested = nullptr; // X, checkable: the For you ranking's negative mark
    QAction* showForYou = nullptr;    // the navigator's For you tab
    // Go
    QAction* previousDay = nullptr;
    QAction* nextDay = nullptr;
    QAction* today = nullptr;
    QAction* latestDay = nullptr;
    QAction* nearestDay = nullptr;
    QAction* goToDate = nullptr;
    QAction* exportPapers = nullptr;      // File → Export…
    QAction* exportDigest = nullptr;      // File → Export Digest…: the day as a Korean digest
    QAction* exportWatchFeed = nullptr;   // File → Export Watch as Feed…: an Atom document
    QAction* saveSearchAsWatch = nullptr; // Ctrl+Shift+S: the search pane's query, kept
    QAction* showWatches = nullptr;       // Ctrl+Shift+N: the Watches tab, what is new
    QAction* weekTop = nullptr;           // the most voted papers of the day's week
    QAction* monthTop = nullptr;          // and of its month
    QAction* showTrends = nullptr;        // Go → Trends: the Trends page in place of the reader
    QAction* showReader = nullptr;        // Go → Reader: back from it
    QAction* exportChart = nullptr;       // File → Export Chart…: the Trends chart
    QAction* showInDay = nullptr;         // the bookmark's or search result's day, in the day list
    QAction* nextPaper = nullptr;
    QAction* previousPaper = nullptr;
    QAction* openPaper = nullptr;
    QAction* openPdf = nullptr; // P: the kept PDF, else arXiv's
    // Sync
    QAction* sync = nullptr; // Sync Now
    QAction* syncDay = nullptr;
    QAction* backfill = nullptr;
    QAction* cancelSync = nullptr;
    QAction* syncLog = nullptr;
    QAction* syncSources = nullptr;
    QAction* syncSettings = nullptr;
    // View
    QActionGroup* sortGroup = nullptr;
    QAction* sortByDigestOrder = nullptr;
    QAction* sortByVotes = nullptr;
    QAction* sortByTitle = nullptr;
    QAction* sortByForYou = nullptr; // the reader's own ranking (ui/foryou)
    QAction* koreanTitles = nullptr; // checkable: the list shows Korean titles where known
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
};

} // namespace paperboy::ui
