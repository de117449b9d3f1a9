// File → Export…: the window's twin of `paperboy export`. Bookmarks, the day shown or the
// search results shown, in BibTeX, RIS, Markdown or CSV; the file is written off the GUI
// thread, all or nothing (QSaveFile).
#include "export/ExportEntry.h"
#include "store/CacheReader.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/ExportDialog.h"
#include "ui/library/UserDataThread.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/window/MainWindow.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

// Empty when written, else why not.
QString writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

void MainWindow::showExportDialog()
{
    ExportDialog::Counts counts;
    counts.bookmarks = int(m_bookmarks.size());
    counts.day = m_day;
    counts.dayPapers = m_days.contains(m_day) ? int(m_list->dayPaperIds().size()) : 0;
    counts.searchResults = isSearching() ? int(m_searchPane->model()->hits().size()) : 0;
    const ExportDialog::Scope preferred = isSearching() ? ExportDialog::Scope::SearchResults
                                          : m_bookmarksPane->isVisible()
                                              ? ExportDialog::Scope::Bookmarks
                                              : ExportDialog::Scope::Day;
    auto* dialog = new ExportDialog(counts, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ExportDialog::Scope scope = dialog->scope();
        const exporting::Format format = dialog->format();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto* files = new QFileDialog(this, tr("Export to"), folder);
        files->setObjectName(QStringLiteral("exportFileDialog"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->selectFile(dialog->suggestedFileName());
        connect(files, &QFileDialog::fileSelected, this,
                [this, scope, format](const QString& path) { exportTo(scope, format, path); });
        files->open();
    });
    dialog->open();
}

void MainWindow::exportTo(ExportDialog::Scope scope, exporting::Format format, const QString& path)
{
    if (scope == ExportDialog::Scope::Bookmarks) {
        // The kept metadata is read on the user-data thread; the cache adds what it knows.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(m_user.get(), &UserDataThread::bookmarksLoaded, this,
                    [this, connection, format, path](const QList<store::Bookmark>& all) {
                        disconnect(*connection);
                        exporting::ExportEntries entries;
                        store::CacheReader* cache = reader();
                        for (const store::Bookmark& bookmark : all) {
                            exporting::ExportEntry entry =
                                exporting::ExportEntry::fromBookmark(bookmark);
                            if (const auto paper = cache ? cache->paper(bookmark.id) : std::nullopt)
                                entry.paper = *paper;
                            entries.append(entry);
                        }
                        writeExport(entries, format, path);
                    });
        m_user->loadBookmarks();
        return;
    }
    exporting::ExportEntries entries;
    if (store::CacheReader* cache = reader()) {
        if (scope == ExportDialog::Scope::Day) {
            for (const core::Paper& paper : cache->dayPapers(m_day))
                entries.append(exporting::ExportEntry::fromPaper(paper));
        } else if (isSearching()) {
            for (const search::SearchHit& hit : m_searchPane->model()->hits()) {
                if (const auto paper = cache->paper(hit.id))
                    entries.append(exporting::ExportEntry::fromPaper(*paper));
            }
        }
    }
    writeExport(entries, format, path);
}

void MainWindow::writeExport(const exporting::ExportEntries& entries, exporting::Format format,
                             const QString& path)
{
    if (entries.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to export."), statusMessageMs);
        return;
    }
    const QByteArray bytes = exporting::write(format, entries).toUtf8();
    const int count = int(entries.size());
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Exported %n paper(s) to %1", nullptr, count).arg(path),
                                     statusMessageMs);
            emit exported(path, count);
            return;
        }
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                            tr("Cannot write %1: %2").arg(path, error), QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit exported(QString(), 0);
    });
    watcher->setFuture(QtConcurrent::run(writeWhole, path, bytes));
}

} // namespace paperboy::ui
