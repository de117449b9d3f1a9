#pragma once

#include "pdf/PdfDownload.h"
#include "store/db/DataPaths.h"
#include "thumbs/ThumbnailSettings.h"
#include "thumbs/ThumbnailTypes.h"
#include "ui/common/FeatureContext.h"
#include "ui/days/DaysController.h"
#include "ui/detail/AskController.h"
#include "ui/detail/NotesController.h"
#include "ui/detail/PaperLinksController.h"
#include "ui/export/ExportController.h"
#include "ui/foryou/ForYouController.h"
#include "ui/import/ImportPresenter.h"
#include "ui/library/LibraryController.h"
#include "ui/library/PdfController.h"
#include "ui/reader/ReadController.h"
#include "ui/search/SearchController.h"
#include "ui/settings/SettingsController.h"
#include "ui/summarize/SummaryController.h"
#include "ui/sync/SyncPresenter.h"
#include "ui/thumbs/ThumbnailController.h"
#include "ui/trends/TrendsController.h"
#include "ui/watches/WatchesController.h"

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

// The reader window: date navigator, paper list and detail pane side by side. It builds the
// panes and hands them to the feature controllers, which own their commands and their state;
// what one feature does when another acts is wired in one place, wireFeatures().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const store::DataPaths& paths, QWidget* parent = nullptr);
    // `sync` says whether the window syncs by itself and where its sources are kept.
    MainWindow(const store::DataPaths& paths, const SyncSetup& sync, QWidget* parent = nullptr);
    ~MainWindow() override;

    QDate currentDay() const { return m_days->day(); }
    QString currentPaperId() const;
    // The paper the detail pane shows (or is about to, before its first paint): the one every
    // paper action acts on, whichever pane put it there. Empty with a message.
    QString paperOnScreen() const;
    const CachedDays& cachedDays() const { return m_days->days(); }

    Actions& actions() const { return *m_actions; }
    DateNavigator* dateNavigator() const { return m_navigator; }
    PaperListPane* paperList() const { return m_list; }
    DetailView* detailView() const { return m_detail; }
    LinkOpener* linkOpener() const { return &m_context->links(); }
    ImportController& importController() const { return m_import->controller(); }
    SyncController& syncController() const { return m_sync->controller(); }
    SyncStatusWidget* syncStatus() const { return m_sync->statusWidget(); }
    // Null until the search was first opened.
    SearchPane* searchPane() const { return m_search->pane(); }
    bool isSearching() const { return m_search->isSearching(); }

    // Null until enableThumbnails().
    ThumbnailSource* thumbnails() const { return m_thumbnails->source(); }
    // Real thumbnails in the list (off by default, so that a window made by a test or a
    // benchmark never reaches for the internet by itself); `prefetch`: a day synced or
    // imported has its thumbnails fetched in the background.
    void enableThumbnails(thumbs::LoaderOptions options, bool prefetch);
    // Bookmarking downloads the paper's PDF in the background (off by default, like
    // thumbnails: a window made by a test never reaches for the internet).
    void enablePdfDownloads(pdf::PdfOptions options)
    {
        m_reader->enableDownloads(options);
        m_pdfs->enable(std::move(options));
    }
    ReadController* readController() const { return m_reader.get(); }
    ReadView* readView() const { return m_readView; }
    const QSet<QString>& keptPdfIds() const { return m_pdfs->keptIds(); }
    // Hosts given with --image-host: allowed for this run, beside the setting's hosts.
    void setSessionImageHosts(const QStringList& hosts) { m_thumbnails->setSessionHosts(hosts); }

    BookmarksPane* bookmarksPane() const { return m_bookmarksPane; }
    ForYouPane* forYouPane() const { return m_forYouPane; }
    ForYouController& forYou() const { return *m_forYou; }
    WatchesPane* watchesPane() const { return m_watchesPane; }
    WatchesController& watches() const { return *m_watches; }
    QTabWidget* navigatorTabs() const { return m_navigatorTabs; }
    const QSet<QString>& bookmarkedIds() const { return m_library->bookmarks(); }
    // What the thumbnail disk cache keeps through eviction: the bookmarked papers.
    QSet<QString> pinnedThumbnailIds() const { return m_library->pinned()->snapshot(); }
    const QSet<QString>& readIds() const { return m_library->readIds(); }
    static constexpr int readDelayMs = LibraryController::readDelayMs;
    UserDataThread& userData() const { return m_context->userData(); }
    // The system-tray icon's keeper, made when first needed.
    TrayIcon* trayIcon() { return m_settings->trayIcon(); }

public slots:
    // Shows the day's papers, or the page that says there is no digest that day.
    void showDay(QDate day) { m_days->showDay(day); }
    // The archive search takes the day list's place (Ctrl+K, /); closing it shows the day.
    void openSearch() { m_search->open(); }
    void closeSearch() { m_search->close(); }
    // The search pane as the week's (or month's) view: its most voted papers.
    void openTop(bool month) { m_search->openTop(month); }
    TrendsController& trends() const { return *m_trends; }
    void importPaths(const QStringList& paths) { m_import->importPaths(paths); }
    void loadSampleDigests() { m_import->loadSampleDigests(); }

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
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildWindow(const ReaderState& state);
    void makeFeatures(const SyncSetup& sync, const ReaderState& state);
    // The panes show what the features decide and ask them for what the reader does.
    void connectPanes();
    void connectFeaturesToPanes();
    // What one feature does when another acts: the only place features meet.
    void wireFeatures();
    // wireFeatures()'s part for the watches (MainWindowWatches.cpp).
    void wireWatches();
    void restoreWindowState(const ReaderState& state);
    void saveWindowState() const;
    void applyDayPage(const DayPage& page);
    void updatePaperActions(bool cached);
    void showPaper(const QString& paperId);
    void renderPaper(const QString& paperId);
    void showPaperInItsDay(const QString& paperId, QDate knownDay = {});
    void showExportDialog();
    void showTrends();
    void showReader();
    void setDetailFontSize(int points); // 0: the desktop's

    // The context first: it outlives the controllers, which use its threads.
    std::unique_ptr<FeatureContext> m_context;
    std::unique_ptr<DaysController> m_days;
    std::unique_ptr<LibraryController> m_library;
    std::unique_ptr<NotesController> m_notes;
    std::unique_ptr<AskController> m_ask;
    std::unique_ptr<PaperLinksController> m_paperLinks;
    std::unique_ptr<PdfController> m_pdfs;
    std::unique_ptr<SummaryController> m_summaries;
    std::unique_ptr<SearchController> m_search;
    std::unique_ptr<ExportController> m_exports;
    std::unique_ptr<ImportPresenter> m_import;
    std::unique_ptr<SyncPresenter> m_sync;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<ThumbnailController> m_thumbnails;
    std::unique_ptr<ForYouController> m_forYou;
    std::unique_ptr<WatchesController> m_watches;
    std::unique_ptr<TrendsController> m_trends;
    std::unique_ptr<ReadController> m_reader;

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

    // The paper selected while the window was being built: its detail is rendered once the
    // window's first frame is out (the detail pane has painted, still empty), so the window
    // appears without waiting for a text layout.
    QString m_detailAfterFirstPaint;
    bool m_detailPainted = false;
    bool m_started = false; // the automatic sync and the user file, once the window has painted
};

} // namespace paperboy::ui
