// File → Export…: the window's twin of `paperboy export`. Bookmarks, the day shown or the
// search results shown, in BibTeX, RIS, Markdown or CSV. What is exported is fixed when the
// dialog opens (a sync that moves the window to a newer day does not change it); the papers
// are read and the file written on a worker with its own cache connection, all or nothing
// (QSaveFile), so the GUI thread waits neither for a query per bookmark or result nor for
// the disk.
#include "export/ExportEntry.h"
#include "store/CacheReader.h"
#include "store/UserRecords.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/ExportDialog.h"
#include "ui/library/UserDataThread.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/window/MainWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace paperboy::ui {

// What File → Export… writes, as the dialog offered it (declared in MainWindow.h).
struct ExportRequest
{
    ExportDialog::Scope scope = ExportDialog::Scope::Day;
    exporting::Format format = exporting::Format::BibTex;
    QDate day;                        // Scope::Day
    QStringList searchIds;            // Scope::SearchResults, in the order shown
    QList<store::Bookmark> bookmarks; // Scope::Bookmarks
    QString path;
};

namespace {

constexpr int statusMessageMs = 8000;

struct ExportOutcome
{
    bool cacheFailed = false; // `error` is then the cache's, else the file's
    QString error;
    int papers = 0; // 0 without an error: there was nothing to export
};

exporting::ExportEntries gatherEntries(const store::CacheReader* cache,
                                       const ExportRequest& request)
{
    exporting::ExportEntries entries;
    switch (request.scope) {
    case ExportDialog::Scope::Bookmarks:
        // The kept metadata; the cache adds what it knows.
        for (const store::Bookmark& bookmark : request.bookmarks) {
            exporting::ExportEntry entry = exporting::ExportEntry::fromBookmark(bookmark);
            if (const auto paper = cache ? cache->paper(bookmark.id) : std::nullopt)
                entry.paper = *paper;
            entries.append(entry);
        }
        break;
    case ExportDialog::Scope::Day:
        for (const core::Paper& paper : cache ? cache->dayPapers(request.day) : core::Papers())
            entries.append(exporting::ExportEntry::fromPaper(paper));
        break;
    case ExportDialog::Scope::SearchResults:
        for (const QString& id : request.searchIds) {
            if (const auto paper = cache ? cache->paper(id) : std::nullopt)
                entries.append(exporting::ExportEntry::fromPaper(*paper));
        }
        break;
    }
    return entries;
}

ExportOutcome runExport(const store::DataPaths& paths, const ExportRequest& request)
{
    ExportOutcome outcome;
    std::unique_ptr<store::CacheReader> cache;
    // A cache that does not exist yet is created by the first import, not by an export.
    if (QFileInfo::exists(paths.cacheFile)) {
        cache = store::CacheReader::open(paths, &outcome.error);
        // Bookmarks keep their own metadata: they are exported without the cache.
        if (!cache && request.scope != ExportDialog::Scope::Bookmarks) {
            outcome.cacheFailed = true;
            return outcome;
        }
        outcome.error.clear();
    }
    const exporting::ExportEntries entries = gatherEntries(cache.get(), request);
    if (entries.isEmpty())
        return outcome;
    const QByteArray bytes = exporting::write(request.format, entries).toUtf8();
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        outcome.error = file.errorString();
        return outcome;
    }
    outcome.papers = int(entries.size());
    return outcome;
}

} // namespace

void MainWindow::showExportDialog()
{
    ExportDialog::Counts counts;
    counts.bookmarks = int(m_bookmarks.size());
    counts.day = m_day;
    counts.dayPapers = m_days.contains(m_day) ? int(m_list->dayPaperIds().size()) : 0;
    QStringList searchIds;
    if (isSearching()) {
        for (const search::SearchHit& hit : m_searchPane->model()->hits())
            searchIds.append(hit.id);
    }
    counts.searchResults = int(searchIds.size());
    const ExportDialog::Scope preferred = isSearching() ? ExportDialog::Scope::SearchResults
                                          : m_bookmarksPane->isVisible()
                                              ? ExportDialog::Scope::Bookmarks
                                              : ExportDialog::Scope::Day;
    auto* dialog = new ExportDialog(counts, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The day and results the dialog counted are the ones exported, whatever the window shows
    // by the time a file is chosen.
    connect(dialog, &QDialog::accepted, this, [this, dialog, day = m_day, searchIds] {
        ExportRequest request;
        request.scope = dialog->scope();
        request.format = dialog->format();
        request.day = day;
        request.searchIds = searchIds;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto* files = new QFileDialog(this, tr("Export to"), folder);
        files->setObjectName(QStringLiteral("exportFileDialog"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(dialog->fileSuffix());
        files->selectFile(dialog->suggestedFileName());
        connect(files, &QFileDialog::fileSelected, this, [this, request](const QString& path) {
            ExportRequest chosen = request;
            chosen.path = path;
            exportTo(chosen);
        });
        files->open();
    });
    dialog->open();
}

void MainWindow::exportTo(const ExportRequest& request)
{
    if (request.scope != ExportDialog::Scope::Bookmarks) {
        writeExport(request);
        return;
    }
    // The bookmarks are read on the user-data thread, their papers on the export's worker.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_user.get(), &UserDataThread::bookmarksLoaded, this,
                          [this, connection, request](const QList<store::Bookmark>& all) {
                              disconnect(*connection);
                              ExportRequest withBookmarks = request;
                              withBookmarks.bookmarks = all;
                              writeExport(withBookmarks);
                          });
    m_user->loadBookmarks();
}

void MainWindow::writeExport(const ExportRequest& request)
{
    auto* watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this,
            [this, watcher, path = request.path] {
                watcher->deleteLater();
                const ExportOutcome outcome = watcher->result();
                if (outcome.error.isEmpty() && outcome.papers == 0) {
                    statusBar()->showMessage(tr("Nothing to export."), statusMessageMs);
                    return;
                }
                if (outcome.error.isEmpty()) {
                    statusBar()->showMessage(
                        tr("Exported %n paper(s) to %1", nullptr, outcome.papers).arg(path),
                        statusMessageMs);
                    emit exported(path, outcome.papers);
                    return;
                }
                const QString text = outcome.cacheFailed
                                         ? tr("Cannot read the cache: %1").arg(outcome.error)
                                         : tr("Cannot write %1: %2").arg(path, outcome.error);
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text,
                                            QMessageBox::Ok, this);
                box->setTextFormat(Qt::PlainText);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                emit exported(QString(), 0);
            });
    watcher->setFuture(QtConcurrent::run(runExport, m_paths, request));
}

} // namespace paperboy::ui
