// MainWindow::wireFeatures()'s part for the watches, in a file of its own to keep the
// window's file short: what the watches do when the search, an import, a sync or the cache
// limit acts, and where their answers show.
#include "ui/window/MainWindow.h"

#include "ui/common/Actions.h"
#include "ui/import/ImportController.h"
#include "ui/search/SearchPane.h"
#include "ui/watches/WatchesPane.h"

#include <QAction>
#include <QListView>
#include <QTabWidget>

namespace paperboy::ui {

void MainWindow::wireWatches()
{
    WatchesController* watches = m_watches.get();
    SearchController* search = m_search.get();
    SettingsController* settings = m_settings.get();

    // Save as Watch keeps the search's query; a watch opened shows in the search pane.
    connect(m_actions->saveSearchAsWatch, &QAction::triggered, search,
            &SearchController::saveAsWatch);
    connect(search, &SearchController::saveAsWatchRequested, watches,
            &WatchesController::saveSearch);
    connect(watches, &WatchesController::watchOpened, search,
            [search](const QString& name, const QString& query, const search::WatchPage& page) {
                search->showWatch(name, query, page.hits, page.newKeys, page.more);
            });
    connect(search, &SearchController::closed, watches, &WatchesController::searchLeftWatch);
    connect(search, &SearchController::highlightChanged, watches, [this, watches] {
        if (const SearchPane* pane = m_search->pane(); pane && pane->watchName().isEmpty())
            watches->searchLeftWatch();
    });

    connect(m_actions->showWatches, &QAction::triggered, this, [this] {
        m_navigatorTabs->setCurrentWidget(m_watchesPane);
        QListView* view = m_watchesPane->view();
        view->setFocus(Qt::ShortcutFocusReason);
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    });

    // Papers written or dropped change the counts: after a sync or an import the watches that
    // gained are named once (status line, tray); pruned or cleared days leave the counts.
    connect(&m_import->controller(), &ImportController::finished, watches,
            [watches] { watches->recount(true); });
    connect(&m_sync->controller(), &SyncController::finished, watches,
            [watches] { watches->recount(true); });
    connect(watches, &WatchesController::watchesGained, settings, &SettingsController::notify);
    connect(settings, &SettingsController::cachePruned, watches,
            [watches] { watches->recount(false); });
    connect(settings, &SettingsController::cacheCleared, watches,
            [watches] { watches->cacheReplaced(); });
}

} // namespace paperboy::ui
