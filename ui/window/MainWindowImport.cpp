// The reader window's side of importing: starting imports (menu, sample digests, dropped
// files), showing their progress and report, and refreshing what is shown as days arrive.
#include "ui/window/MainWindow.h"

#include "store/CacheReader.h"
#include "store/WriterThread.h"
#include "ui/detail/DetailView.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportProgressWidget.h"
#include "ui/import/ImportReportDialog.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/window/Actions.h"
#include "ui/window/SampleDigests.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QStatusBar>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

void MainWindow::connectImport()
{
    ImportController& import = *m_import;
    connect(&import, &ImportController::started, this, [this] {
        m_progress->setProgress(0, 0, false);
        m_progress->show();
    });
    connect(&import, &ImportController::progressChanged, this, [this](int done, int total) {
        m_progress->setProgress(done, total, m_import->isCancelling());
    });
    connect(m_progress, &ImportProgressWidget::cancelRequested, &import, &ImportController::cancel);
    connect(&import, &ImportController::dayWritten, this, &MainWindow::noteWrittenDay);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(800);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshAfterWrites);
    connect(&import, &ImportController::finished, this, &MainWindow::onImportFinished);
}

void MainWindow::noteWrittenDay(const QDate& day)
{
    m_writtenSinceRefresh.insert(day);
    // Throttled: a long import or sync refreshes the calendar now and then, not once per day.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_import->isRunning())
        statusBar()->showMessage(tr("Queued after the running import."), statusMessageMs);
    m_import->start(paths);
}

void MainWindow::loadSampleDigests()
{
    importPaths({sampleDigestsPath()});
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Digests"), QString(),
        tr("Digests (*.md *.json);;Markdown digests (*.md);;Hugging Face days (*.json)"));
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import a Folder of Digests"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::refreshAfterWrites()
{
    store::CacheReader* cache = reader();
    if (!cache)
        return;
    const bool hadNoDays = m_days.isEmpty();
    const QSet<QDate> written = std::exchange(m_writtenSinceRefresh, {});
    reloadCachedDays();
    if (m_days.isEmpty())
        return;
    if (hadNoDays || (m_followLatest && m_days.latest() != m_day)) {
        showDay(*m_days.latest());
        m_followLatest = true;
    } else if (written.contains(m_day) && m_list->model()->day() == m_day &&
               m_days.contains(m_day)) {
        // In place: the reader may be in the middle of this very list.
        m_list->refreshPapers(cache->dayList(m_day), m_bookmarks);
        // The paper on show stays selected, so nothing asks for it again: it may have changed.
        const QString shown = m_detail->shownPaperId();
        if (!shown.isEmpty() && shown == currentPaperId()) {
            if (const std::optional<core::Paper> paper = cache->paper(shown))
                m_detail->refreshPaper(*paper);
        }
        updateDayStatus();
    } else if (written.contains(m_day))
        showDayKeepingPaper(m_day, currentPaperId());
    else
        updateDayStatus();
}

void MainWindow::onImportFinished(const ImportReport& report)
{
    m_refreshTimer.stop();
    refreshAfterWrites();
    m_followLatest = false;
    m_progress->hide();
    enforceCacheLimit();
    const QString summary = report.summary();
    statusBar()->showMessage(
        report.hasProblems() ? summary + tr(" \u2014 see File \u2192 Last Import Report") : summary,
        statusMessageMs * 2);
    if (!m_reportDialog)
        m_reportDialog = new ImportReportDialog(this);
    m_reportDialog->setReport(report);
    m_actions->showImportReport->setEnabled(true);
    if (report.hasProblems())
        m_reportDialog->show();
}

store::WriterThread& MainWindow::writer()
{
    if (!m_writer) {
        QString error;
        if (!m_paths.ensureDirectories(&error))
            statusBar()->showMessage(error, statusMessageMs);
        m_writer = std::make_unique<store::WriterThread>(m_paths);
    }
    return *m_writer;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(files);
}

} // namespace paperboy::ui
