#pragma once

#include "pdf/PdfDownload.h"
#include "store/db/DataPaths.h"
#include "thumbs/ThumbnailSettings.h"
#include "thumbs/ThumbnailTypes.h"
#include "ui/common/FeatureContext.h"
#include "ui/days/DaysController.h"
#include "ui/foryou/ForYouController.h"
#include "ui/import/ImportPresenter.h"
#include "ui/library/LibraryController.h"
#include "ui/library/PdfController.h"
#include "ui/reader/ReadController.h"
#include "ui/search/SearchController.h"
#include "ui/settings/SettingsController.h"
#include "ui/sync/SyncPresenter.h"
#include "ui/thumbs/ThumbnailController.h"
#include "ui/trends/TrendsController.h"
#include "ui/watches/WatchesController.h"
#include "ui/window/Features.h"
#include "ui/window/PaperPresenter.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace paperboy::ui {

class Actions;
class BookmarksPane;
class DateNavigator;
class DetailView;
class ForYouPane;
class ImportController;
class LinkOpener;
class PaperListPane;
class ReadView;
class SearchPane;
class SyncStatusWidget;
class ThumbnailSource;
class TrayIcon;
class UserDataThread;
class WatchesPane;
struct ReaderState;
struct WindowPanes;

// The reader window: date navigator, paper list and detail pane side by side. It builds the
// panes, makes the features (Features: one controller each, which own their commands and their
// state, and the one place where features meet) and connects the panes to them; the day and
// paper chosen are put on the panes by the PaperPresenter.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const store::DataPaths& paths, QWidget* parent = nullptr);
    // `sync` says whether the window syncs by itself and where its sources are kept.
    MainWindow(const store::DataPaths& paths, const SyncSetup& sync, QWidget* parent = nullptr);
    ~MainWindow() override;

    QDate currentDay() const { return m_features->days().day(); }
    QString currentPaperId() const;
    // The paper the detail pane shows (or is about to, before its first paint): the one every
    // paper action acts on, whichever pane put it there. Empty with a message.
    QString paperOnScreen() const;
    const CachedDays& cachedDays() const { return m_features->days().days(); }

    Actions& actions() const { return *m_actions; }
    DateNavigator* dateNavigator() const { return m_navigator; }
    PaperListPane* paperList() const { return m_list; }
    DetailView* detailView() const { return m_detail; }
    LinkOpener* linkOpener() const { return &m_features->context().links(); }
    ImportController& importController() const { return m_features->import().controller(); }
    SyncController& syncController() const { return m_features->sync().controller(); }
    SyncStatusWidget* syncStatus() const { return m_features->sync().statusWidget(); }
    // Null until the search was first opened.
    SearchPane* searchPane() const { return m_features->search().pane(); }
    bool isSearching() const { return m_features->search().isSearching(); }

    // Null until enableThumbnails().
    ThumbnailSource* thumbnails() const { return m_features->thumbnails().source(); }
    // Real thumbnails in the list (off by default, so that a window made by a test or a
    // benchmark never reaches for the internet by itself); `prefetch`: a day synced or
    // imported has its thumbnails fetched in the background.
    void enableThumbnails(thumbs::LoaderOptions options, bool prefetch);
    // Bookmarking downloads the paper's PDF in the background (off by default, like
    // thumbnails: a window made by a test never reaches for the internet).
    void enablePdfDownloads(pdf::PdfOptions options)
    {
        m_features->reader().enableDownloads(options);
        m_features->pdfs().enable(std::move(options));
    }
    ReadController* readController() const { return &m_features->reader(); }
    ReadView* readView() const { return m_readView; }
    const QSet<QString>& keptPdfIds() const { return m_features->pdfs().keptIds(); }
    // Hosts given with --image-host: allowed for this run, beside the setting's hosts.
    void setSessionImageHosts(const QStringList& hosts)
    {
        m_features->thumbnails().setSessionHosts(hosts);
    }

    BookmarksPane* bookmarksPane() const { return m_bookmarksPane; }
    ForYouPane* forYouPane() const { return m_forYouPane; }
    ForYouController& forYou() const { return m_features->forYou(); }
    WatchesPane* watchesPane() const { return m_watchesPane; }
    WatchesController& watches() const { return m_features->watches(); }
    QTabWidget* navigatorTabs() const { return m_navigatorTabs; }
    const QSet<QString>& bookmarkedIds() const { return m_features->library().bookmarks(); }
    // What the thumbnail disk cache keeps through eviction: the bookmarked papers.
    QSet<QString> pinnedThumbnailIds() const { return m_features->library().pinned()->snapshot(); }
    const QSet<QString>& readIds() const { return m_features->library().readIds(); }
    static constexpr int readDelayMs = LibraryController::readDelayMs;
    UserDataThread& userData() const { return m_features->context().userData(); }
    // The system-tray icon's keeper, made when first needed.
    TrayIcon* trayIcon() { return m_features->settings().trayIcon(); }

public slots:
    // Shows the day's papers, or the page that says there is no digest that day.
    void showDay(QDate day) { m_features->days().showDay(day); }
    // The archive search takes the day list's place (Ctrl+K, /); closing it shows the day.
    void openSearch() { m_features->search().open(); }
    void closeSearch() { m_features->search().close(); }
    // The search pane as the week's (or month's) view: its most voted papers.
    void openTop(bool month) { m_features->search().openTop(month); }
    TrendsController& trends() const { return m_features->trends(); }
    void importPaths(const QStringList& paths) { m_features->import().importPaths(paths); }
    void loadSampleDigests() { m_features->import().loadSampleDigests(); }

signals:
    void dayShown(QDate day);
    // File → Export… wrote `path` (empty when it failed).
    void exported(const QString& path, int papers);
    // File → Export Digest… wrote `path` (empty when it failed): `papers` papers, of which
    // `withoutKorean` had no Korean text.
    void digestExported(const QString& path, int papers, int withoutKorean);
    // The user-data thread answered: the write of a bookmark toggle is done (or failed).
    void bookmarkSaved(const QString& paperId, bool on, bool ok);
    // A summary run ended.
    void summariesFinished(int summarized, int failed);
    // Settings > Storage > Clear Cache ended; the window shows the empty cache.
    void cacheCleared(bool ok);
    // The cache size limit dropped these days (oldest first).
    void cachePruned(const QList<QDate>& days);

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    WindowPanes buildWindow(const ReaderState& state);
    // The features' own widgets: menus, paper actions, the status bar's permanent widgets.
    void placeFeatureWidgets();
    // The panes show what the features decide and ask them for what the reader does: the
    // window's half of the wiring (Features::wire() is the features' half).
    void connectPanes();
    void connectFeaturesToPanes();
    void restoreWindowState(const ReaderState& state);
    void saveWindowState() const;
    void showExportDialog();
    void showTrends();
    void showReader();

    std::unique_ptr<Features> m_features;
    std::unique_ptr<PaperPresenter> m_presenter; // destroyed first: it uses the features

    Actions* m_actions = nullptr;
    DateNavigator* m_navigator = nullptr;
    QTabWidget* m_navigatorTabs = nullptr; // Days (m_navigator), Bookmarks, For you, Watches
    BookmarksPane* m_bookmarksPane = nullptr;
    ForYouPane* m_forYouPane = nullptr;
    WatchesPane* m_watchesPane = nullptr;
    PaperListPane* m_list = nullptr;
    DetailView* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_pages = nullptr; // the reader (m_splitter), Trends or the Read view
    ReadView* m_readView = nullptr;    // the Read view, in place of the panes
    bool m_started = false; // the automatic sync and the user file, once the window has painted
};

} // namespace paperboy::ui
