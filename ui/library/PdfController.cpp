#include "ui/library/PdfController.h"

#include "core/ArxivId.h"
#include "pdf/PdfSettings.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/LinkOpener.h"
#include "ui/library/PdfDownloads.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace paperboy::ui {

PdfController::PdfController(FeatureContext& context, const Actions& actions, QObject* parent)
    : QObject(parent), m_context(context)
{
    connect(actions.openPdf, &QAction::triggered, this, &PdfController::openPdf);
}

PdfController::~PdfController() = default;

void PdfController::enable(pdf::PdfOptions options)
{
    if (m_pdf)
        return;
    m_pdf = std::make_unique<PdfDownloads>(m_context.paths(), std::move(options));
    connect(m_pdf.get(), &PdfDownloads::keptChanged, this,
            [this](const QSet<QString>& ids) { m_kept = ids; });
    connect(m_pdf.get(), &PdfDownloads::started, this, [this](const QString& id) {
        m_context.showStatus(tr("Downloading the PDF of %1…").arg(id));
    });
    connect(m_pdf.get(), &PdfDownloads::finished, this, [this](const pdf::PdfResult& result) {
        using Outcome = pdf::PdfResult::Outcome;
        if (result.outcome == Outcome::Downloaded)
            m_context.showStatus(
                tr("The PDF of %1 is kept for reading offline.").arg(result.paperId));
        else if (result.outcome == Outcome::Failed)
            m_context.showStatus(
                tr("The PDF of %1 was not downloaded: %2").arg(result.paperId, result.error), 0);
    });
}

void PdfController::bookmarkSaved(const QString& paperId, bool on, bool ok)
{
    if (!ok || !m_pdf)
        return;
    if (on && pdf::PdfSettings::load().downloadBookmarked)
        m_pdf->fetch({paperId});
    else if (!on && m_kept.contains(paperId))
        offerToDelete(paperId);
}

void PdfController::applySettings(const pdf::PdfSettings& settings)
{
    // Whether a bookmark downloads is read at each bookmark; the cap applies from the next file.
    if (m_pdf)
        m_pdf->setMaxBytes(qint64(settings.maxMb) * 1024 * 1024);
}

void PdfController::fetchMissing()
{
    if (!m_pdf) {
        m_context.showStatus(tr("This window downloads nothing (it was started without "
                                "automatic sync)."));
        return;
    }
    QStringList missing;
    for (const QString& id : std::as_const(m_bookmarks)) {
        if (!m_kept.contains(id))
            missing.append(id);
    }
    missing.sort(); // a stable order, oldest arXiv ids first
    if (missing.isEmpty()) {
        m_context.showStatus(tr("Every bookmarked paper has its PDF kept."));
        return;
    }
    m_pdf->fetch(missing);
    m_context.showStatus(
        tr("Downloading %n missing PDF(s), one at a time…", nullptr, int(missing.size())));
}

void PdfController::openPdf()
{
    const QString id = m_context.focus().shownPaperId();
    if (id.isEmpty())
        return;
    if (m_pdf && m_kept.contains(id)) {
        m_context.links().openOwnFile(m_pdf->fileFor(id));
        return;
    }
    if (const auto arxiv = core::ArxivId::parse(id))
        m_context.links().open(arxiv->pdfUrl());
}

void PdfController::offerToDelete(const QString& paperId)
{
    // Not modal: the reader may go on; the file stays unless they say so.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete the PDF?"),
                                tr("The bookmark on %1 is gone. Delete the PDF kept for it "
                                   "too?")
                                    .arg(paperId),
                                QMessageBox::NoButton, m_context.window());
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
