// The window's offline PDFs: a bookmark fetches its paper's PDF in the background (setting),
// Open PDF shows the kept file (else arXiv's), and removing a bookmark offers to delete it.
#include "core/ArxivId.h"
#include "pdf/PdfSettings.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/LinkOpener.h"
#include "ui/library/PdfThread.h"
#include "ui/window/Actions.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;

} // namespace

void MainWindow::connectPdfs()
{
    m_detail->addPaperAction(m_actions->openPdf);
    connect(m_actions->openPdf, &QAction::triggered, this, &MainWindow::openPdf);
    connect(this, &MainWindow::bookmarkSaved, this, [this](const QString& id, bool on, bool ok) {
        if (!ok || !m_pdf)
            return;
        if (on && pdf::PdfSettings::load().downloadBookmarked)
            m_pdf->fetch({id});
        else if (!on && m_keptPdfs.contains(id))
            offerToDeletePdf(id);
    });
}

void MainWindow::enablePdfDownloads(pdf::PdfOptions options)
{
    if (m_pdf)
        return;
    m_pdf = std::make_unique<PdfThread>(m_paths, std::move(options));
    connect(m_pdf.get(), &PdfThread::keptChanged, this,
            [this](const QSet<QString>& ids) { m_keptPdfs = ids; });
    connect(m_pdf.get(), &PdfThread::started, this, [this](const QString& id) {
        statusBar()->showMessage(tr("Downloading the PDF of %1…").arg(id), statusMessageMs);
    });
    connect(m_pdf.get(), &PdfThread::finished, this, [this](const pdf::PdfResult& result) {
        using Outcome = pdf::PdfResult::Outcome;
        if (result.outcome == Outcome::Downloaded)
            statusBar()->showMessage(
                tr("The PDF of %1 is kept for reading offline.").arg(result.paperId),
                statusMessageMs);
        else if (result.outcome == Outcome::Failed)
            statusBar()->showMessage(
                tr("The PDF of %1 was not downloaded: %2").arg(result.paperId, result.error));
    });
}

void MainWindow::applyPdfSettings(const pdf::PdfSettings& settings)
{
    // Whether a bookmark downloads is read at each bookmark; the cap applies from the next file.
    if (m_pdf)
        m_pdf->setMaxBytes(qint64(settings.maxMb) * 1024 * 1024);
}

void MainWindow::fetchMissingPdfs()
{
    if (!m_pdf) {
        statusBar()->showMessage(tr("This window downloads nothing (it was started without "
                                    "automatic sync)."),
                                 statusMessageMs);
        return;
    }
    QStringList missing;
    for (const QString& id : std::as_const(m_bookmarks)) {
        if (!m_keptPdfs.contains(id))
            missing.append(id);
    }
    missing.sort(); // a stable order, oldest arXiv ids first
    if (missing.isEmpty()) {
        statusBar()->showMessage(tr("Every bookmarked paper has its PDF kept."), statusMessageMs);
        return;
    }
    m_pdf->fetch(missing);
    statusBar()->showMessage(
        tr("Downloading %n missing PDF(s), one at a time…", nullptr, int(missing.size())),
        statusMessageMs);
}

void MainWindow::openPdf()
{
    const QString id = m_detail->shownPaperId();
    if (id.isEmpty())
        return;
    if (m_pdf && m_keptPdfs.contains(id)) {
        m_links->openOwnFile(m_pdf->fileFor(id));
        return;
    }
    if (const auto arxiv = core::ArxivId::parse(id))
        m_links->open(arxiv->pdfUrl());
}

void MainWindow::offerToDeletePdf(const QString& paperId)
{
    // Not modal: the reader may go on; the file stays unless they say so.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete the PDF?"),
                                tr("The bookmark on %1 is gone. Delete the PDF kept for it "
                                   "too?")
                                    .arg(paperId),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deletePdfQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* remove = box->addButton(tr("Delete PDF"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep PDF"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    connect(remove, &QPushButton::clicked, this, [this, paperId] {
        if (m_pdf)
            m_pdf->remove(paperId);
    });
    box->show();
}

} // namespace paperboy::ui
