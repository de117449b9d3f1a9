#pragma once

#include "export/ExportEntry.h"
#include "pdf/PdfDownload.h"
#include "pdf/PdfSettings.h"
#include "store/DataPaths.h"
#include "store/UserRecords.h"
#include "summarize/SummaryRun.h"
#include "thumbs/PinnedPapers.h"
#include "thumbs/ThumbnailSettings.h"
#include "thumbs/ThumbnailTypes.h"
#include "ui/days/CachedDays.h"
#include "ui/library/ExportDialog.h"
#include "ui/sync/SyncController.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QUrl;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace paperboy::store {
struct Bookmark;
class CacheReader;
struct PaperListItem;
class WriterThread;
} // namespace paperboy::store

namespace paperboy::ui {

class Actions;
struct AppearanceSettings;
enum class SettingsPage;
class BookmarksPane;
class UserDataThread;
class DateNavigator;
class DetailView;
class ImportController;
class ImportProgressWidget;
class ImportReportDialog;
struct ReaderState;
class StoragePage;
class SyncLogDialog;
class TrayIcon;
class SyncStatusWidget;
class ThumbnailSource;
class DayPrefetcher;
class UnreadCounter;
class PdfThread;
class SummaryStatusWidget;
class SummaryThread;
class LinkOpener;
class PaperListPane;
class SearchPane;
class SearchService;
struct ImportReport;
struct ReaderState;
struct ExportRequest; // MainWindowExport.cpp

// The reader window: date navigator, paper list and detail pane side by side. It owns the
// data connections and decides what is shown; the panes only display and ask.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const store::DataPaths& paths, QWidget* parent = nullptr);
    // `sync` says whether the window syncs by itself and where its sources are kept.
    MainWindow(const store::DataPaths& paths, const SyncSetup& sync, QWidget* parent = nullptr);
    ~MainWindow() override;

    QDate currentDay() const { return m_day; }
    QString currentPaperId() const;
    // The paper the detail pane shows (or is about to, before its first paint): the one every
    // paper action acts on, whichever pane put it there. Empty with a message.
    QString paperOnScreen() const;
    const CachedDays& cachedDays() const { return m_days; }

    Actions& actions() const { return *m_actions; }
    DateNavigator* dateNavigator() const { return m_navigator; }
    PaperListPane* paperList() const { return m_list; }
    DetailView* detailView() const { return m_detail; }
    LinkOpener* linkOpener() const { return m_links; }
    ImportController& importController() const { return *m_import; }
    SyncController& syncController() const { return *m_sync; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    // Null until the search was first opened.
    SearchPane* searchPane() const { return m_searchPane; }
    bool isSearching() const;

    // Null until enableThumbnails().
    ThumbnailSource* thumbnails() const { return m_thumbnails; }

    // Real thumbnails in the list (off by default, so that a window made by a test or a
    // benchmark never reaches for the internet by itself); `prefetch`: a day synced or
    // imported has its thumbnails fetched in the background. MainWindowThumbnails.cpp.
    void enableThumbnails(thumbs::LoaderOptions options, bool prefetch);
    // Bookmarking downloads the paper's PDF in the background (off by default, like
    // thumbnails: a window made by a test never reaches for the internet). MainWindowPdf.cpp.
    void enablePdfDownloads(pdf::PdfOptions options);
    const QSet<QString>& keptPdfIds() const { return m_keptPdfs; }
    // Hosts given with --image-host: allowed for this run, beside the setting's hosts.
    void setSessionImageHosts(const QStringList& hosts);
    // Settings → Thumbnails changed: hosts, disk limit and prefetch apply at once.
    void applyThumbnailSettings(const thumbs::ThumbnailSettings& settings);

    BookmarksPane* bookmarksPane() const { return m_bookmarksPane; }
    QTabWidget* navigatorTabs() const { return m_navigatorTabs; }
    const QSet<QString>& bookmarkedIds() const { return m_bookmarks; }
    // What the thumbnail disk cache keeps through eviction: the bookmarked papers.
    QSet<QString> pinnedThumbnailIds() const { return m_pinned->snapshot(); }
    const QSet<QString>& readIds() const { return m_readIds; }
    static constexpr int readDelayMs = 2000;
    UserDataThread& userData() const { return *m_user; }
    // The system-tray icon's keeper, made when first needed (MainWindowStorage.cpp).
    TrayIcon* trayIcon();

public slots:
    // Shows the day's papers, or the page that says there is no digest that day.
    void showDay(QDate day);
    // The archive search takes the day list's place (Ctrl+K, /); closing it shows the day.
    void openSearch();
    void closeSearch();
    // The search pane as the week's (or month's) view: its most voted papers.
    void openTop(bool month);
    void importPaths(const QStringList& paths);
    void loadSampleDigests();

signals:
    void dayShown(QDate day);
    // File → Export… wrote `path` (empty when it failed).
    void exported(const QString& path, int papers);
    // File → Export Digest… wrote `path` (empty when it failed): `papers` papers, of which
    // `withoutKorean` had no Korean text.
    void digestExported(const QString& path, int papers, int withoutKorean);
    // The user-data thread answered: the write of a bookmark toggle is done (or failed).
    void bookmarkSaved(const QString& paperId, bool on, bool ok);
    // A summary run ended (MainWindowSummaries.cpp).
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
    void connectActions();
    void connectImport();
    void connectSync();
    // MainWindowUserData.cpp: bookmarks, the Bookmarks tab, Copy BibTeX.
    void connectUserData();
    void connectNotes(); // MainWindowNotes.cpp
    void connectPdfs();  // MainWindowPdf.cpp
    void openPdf();
    void applyPdfSettings(const pdf::PdfSettings& settings);
    void fetchMissingPdfs(); // every bookmark whose PDF is not kept (Settings → PDFs)
    void offerToDeletePdf(const QString& paperId);
    void flushNote();
    void toggleBookmark(const QString& paperId);
    // Puts back the bookmark removed last (Ctrl+Z), with its kept metadata and time.
    void undoBookmarkRemoval();
    void offerUndo(const store::Bookmark& removed);
    void showBookmark(const store::Bookmark& bookmark);
    // The bookmark or search result in the detail pane, in its day's list (Ctrl+Return).
    void showInItsDay();
    void showPaperInItsDay(const QString& paperId);
    // MainWindowRelated.cpp: "More like this" for the paper on show, from a thread of its own.
    void connectRelated();
    void askRelated();
    void copyBibTex();
    // MainWindowSummaries.cpp: Summarize in Korean, for the paper, the day or its papers that
    // no Korean source covers (`days`: these instead of the shown day).
    enum class SummaryScope { Paper, Day, Uncovered };
    void connectSummaries();
    void startSummaries(SummaryScope scope, const QList<QDate>& days = {});
    void cancelSummaries();
    void onSummariesFinished(const summarize::SummaryTotals& totals, const QString& error);
    void summarizeSyncedDays(); // after a sync, when Settings → Summaries says so
    // MainWindowExport.cpp: File → Export… and the writing it starts.
    void showExportDialog();
    void exportTo(const ExportRequest& request);
    void writeExport(const ExportRequest& request);
    // MainWindowDigest.cpp: File → Export Digest… for the day shown, and the writing it starts.
    void exportDigest();
    void writeDigest(QDate day, const QString& path);
    void updateBookmarkAction();
    void bookmarksChanged(); // after m_bookmarks changed: the list, the action, the pins
    void setRead(const QStringList& paperIds, bool read);
    // A paper shown for readDelayMs becomes read, unless the reader has moved on.
    void startReadTimer();
    void onSyncFinished(const sync::SyncSummary& summary);
    void showSyncLog();
    void showBackfillDialog();
    void showSyncSettings();
    // Settings on `page`; changes apply as they are made.
    void showSettings(SettingsPage page);
    void applyAppearance(const AppearanceSettings& appearance);
    void setDetailFontSize(int points); // 0: the desktop's
    // MainWindowStorage.cpp: Clear Cache (the page hears the answer) and the tray icon.
    void clearCache(StoragePage* page);
    void applyTraySetting(const SyncSettings& settings);
    // Settings > Storage's limit: the oldest days leave the cache (not while a sync or an
    // import writes; they call this when they end).
    void enforceCacheLimit();
    void noteWrittenDay(const QDate& day);
    // The window's own reader, opened when first needed; null without a (readable) cache.
    store::CacheReader* reader();
    void reloadCachedDays();
    void setCachedDays(const CachedDays& days);
    void restoreWindowState(const ReaderState& state);
    void showDayKeepingPaper(QDate day, const QString& paperId);
    // Shows `day` with `items`, its list (unused unless the cache holds the day).
    void showDayWith(QDate day, const QString& paperId, const QList<store::PaperListItem>& items);
    void saveWindowState() const;
    void showPaper(const QString& paperId);
    void renderPaper(const QString& paperId);
    void openPaperPage(const QString& paperId);
    void copyCurrentLink();
    void offerToCopyLink(const QUrl& url); // no browser opened it
    void stepDay(bool forward);
    void refreshAfterWrites();
    void onImportFinished(const ImportReport& report);
    void updateDayStatus();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showAbout();
    store::WriterThread& writer();

    store::DataPaths m_paths;
    std::unique_ptr<store::CacheReader> m_reader;
    std::unique_ptr<store::WriterThread> m_writer;
    // Declared after m_writer so that it is destroyed first: it stops handing work to it.
    std::unique_ptr<ImportController> m_import;
    std::unique_ptr<SyncController> m_sync;     // the same: it writes through m_writer
    std::unique_ptr<SummaryThread> m_summaries; // the same; null until the first run
    SummaryStatusWidget* m_summaryStatus = nullptr;
    QAction* m_summarizePaper = nullptr;
    QAction* m_summarizeDay = nullptr;
    QAction* m_summarizeUncovered = nullptr;
    QAction* m_cancelSummaries = nullptr;
    QStringList m_summaryFailures; // of the current run
    QSet<QDate> m_syncedDays;      // written by sync since the last summary run after one
    // The search thread, started when the search is first opened (MainWindowSearch.cpp).
    std::unique_ptr<SearchService> m_searchService;
    // "More like this" has its own, so that a long similarity query never delays a search.
    std::unique_ptr<SearchService> m_relatedService;
    QTimer m_relatedTimer; // a paper shown this long gets its similar papers
    quint64 m_relatedTicket = 0;
    QString m_relatedFor;
    std::unique_ptr<UserDataThread> m_user; // the one writer of the user file
    QSet<QString> m_bookmarks;
    // Shared with the thumbnail disk cache, which reads it on its own thread.
    std::shared_ptr<thumbs::PinnedPapers> m_pinned = std::make_shared<thumbs::PinnedPapers>();
    bool m_userDataOpened = false;
    QHash<QString, bool> m_toggledBeforeOpen; // until the user-data thread has opened the file
    std::optional<store::Bookmark> m_removedBookmark; // what Ctrl+Z would put back
    QTimer m_undoTimer;                               // how long the offer to undo stands
    QToolButton* m_undoButton = nullptr;              // in the status bar while it does
    QSet<QString> m_readIds;
    QHash<QString, bool> m_readBeforeOpen;
    QTimer m_readTimer;
    std::unique_ptr<UnreadCounter> m_unreadCounter; // the calendar's counts, on its thread
    QTimer m_unreadTimer;
    CachedDays m_days;
    QDate m_day;
    QSet<QDate> m_writtenSinceRefresh;
    // Set while an import or sync fills an empty cache and the reader has not gone to another
    // day: the window then keeps to the newest day that has arrived.
    bool m_followLatest = false;
    // The paper selected while the window was being built: its detail is rendered once the
    // window's first frame is out (the detail pane has painted, still empty), so the window
    // appears without waiting for a text layout.
    QString m_detailAfterFirstPaint;
    QString m_detailPaperId; // the paper a Bookmarks-tab choice put in the detail pane
    bool m_detailPainted = false;
    bool m_syncStarted = false; // the automatic sync, once the window has painted
    QTimer m_refreshTimer;

    Actions* m_actions = nullptr;
    DateNavigator* m_navigator = nullptr;
    QTabWidget* m_navigatorTabs = nullptr; // Days (m_navigator) and Bookmarks
    BookmarksPane* m_bookmarksPane = nullptr;
    PaperListPane* m_list = nullptr;
    SearchPane* m_searchPane = nullptr;
    int m_searchSort = 0; // remembered from the last run until the search pane exists
    DetailView* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    LinkOpener* m_links = nullptr;
    ImportProgressWidget* m_progress = nullptr;
    QLabel* m_dayLabel = nullptr;
    QPointer<ImportReportDialog> m_reportDialog;
    QPointer<QMessageBox> m_noBrowserBox;
    SyncStatusWidget* m_syncStatus = nullptr;
    QPointer<SyncLogDialog> m_syncLog;
    ThumbnailSource* m_thumbnails = nullptr;
    DayPrefetcher* m_prefetcher = nullptr; // with m_thumbnails
    QStringList m_sessionImageHosts;
    std::unique_ptr<PdfThread> m_pdf; // null until enablePdfDownloads()
    TrayIcon* m_tray = nullptr;
    QSet<QString> m_keptPdfs;
};

} // namespace paperboy::ui
