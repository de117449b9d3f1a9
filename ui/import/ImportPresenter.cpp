#include "ui/import/ImportPresenter.h"

#include "store/cache/WriterThread.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportProgressWidget.h"
#include "ui/import/ImportReportDialog.h"
#include "ui/import/SampleDigests.h"

#include <QAction>
#include <QFileDialog>

namespace paperboy::ui {

ImportPresenter::ImportPresenter(FeatureContext& context, const Actions& actions, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions),
      m_import(std::make_unique<ImportController>(
          [&context]() -> store::WriterThread& { return context.writer(); })),
      m_progress(new ImportProgressWidget(context.window()))
{
    m_progress->hide();
    connect(actions.importFiles, &QAction::triggered, this, &ImportPresenter::chooseFiles);
    connect(actions.importFolder, &QAction::triggered, this, &ImportPresenter::chooseFolder);
    connect(actions.loadSamples, &QAction::triggered, this, &ImportPresenter::loadSampleDigests);
    connect(actions.showImportReport, &QAction::triggered, this, [this] {
        if (m_reportDialog) {
            m_reportDialog->show();
            m_reportDialog->raise();
        }
    });
    ImportController& import = *m_import;
    connect(&import, &ImportController::started, this, [this] {
        m_progress->setProgress(0, 0, false);
        m_progress->show();
    });
    connect(&import, &ImportController::progressChanged, this, [this](int done, int total) {
        m_progress->setProgress(done, total, m_import->isCancelling());
    });
    connect(m_progress, &ImportProgressWidget::cancelRequested, &import, &ImportController::cancel);
    connect(&import, &ImportController::finished, this, &ImportPresenter::onFinished);
}

ImportPresenter::~ImportPresenter() = default;

void ImportPresenter::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_import->isRunning())
        m_context.showStatus(tr("Queued after the running import."));
    m_import->start(paths);
}

void ImportPresenter::loadSampleDigests()
{
    importPaths({sampleDigestsPath()});
}

void ImportPresenter::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_context.window(), tr("Import Digests"), QString(),
        tr("Digests (*.md *.json);;Markdown digests (*.md);;Hugging Face days (*.json)"));
    importPaths(files);
}

void ImportPresenter::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(m_context.window(), tr("Import a Folder of Digests"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ImportPresenter::onFinished(const ImportReport& report)
{
    m_progress->hide();
    const QString summary = report.summary();
    m_context.showStatus(
        report.hasProblems() ? summary + tr(" \u2014 see File \u2192 Last Import Report") : summary,
        statusMessageMs * 2);
    if (!m_reportDialog)
        m_reportDialog = new ImportReportDialog(m_context.window());
    m_reportDialog->setReport(report);
    m_actions.showImportReport->setEnabled(true);
    if (report.hasProblems())
        m_reportDialog->show();
}

} // namespace paperboy::ui
