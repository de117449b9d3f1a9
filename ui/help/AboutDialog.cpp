#include "ui/help/AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

// Our own fixed text, so rich text is safe here; nothing in it comes from content.
QLabel* richLabel(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

QStringList AboutDialog::sourceCredits()
{
    return {
        tr("Hugging Face Daily Papers (huggingface.co/papers): Hugging Face's terms of service"),
        tr("daily_papers_ko by l-yohai: Korean digests, CC BY-NC-ND 4.0"),
        tr("hf-daily-paper-korean-autoflow by jeongiin: Korean briefs, Apache-2.0"),
        tr("arXiv: paper pages and PDFs, under each paper's own licence"),
    };
}

AboutDialog::AboutDialog(const QString& dataFolder, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Paperboy"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        richLabel(QStringLiteral("<h2>Paperboy %1</h2><p>%2</p>")
                      .arg(QStringLiteral(PAPERBOY_VERSION).toHtmlEscaped(),
                           tr("An offline reader for daily AI-paper digests.").toHtmlEscaped()),
                  this));
    QString credits = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Sources").toHtmlEscaped());
    for (const QString& credit : sourceCredits())
        credits += QStringLiteral("<li>%1</li>").arg(credit.toHtmlEscaped());
    credits += QStringLiteral("</ul><p>%1</p>")
                   .arg(tr("The digests stay their publishers' work: Paperboy shows them as "
                           "published, and keeps the source of every section.")
                            .toHtmlEscaped());
    layout->addWidget(richLabel(credits, this));
    layout->addWidget(richLabel(
        QStringLiteral("<p>%1</p>")
            .arg(tr("Paperboy is free software under the GNU General Public License, version 3 "
                    "or (at your option) any later version (GPL-3.0-or-later). It comes with no "
                    "warranty.")
                     .toHtmlEscaped()),
        this));
    // The folder path is the user's, not ours: shown as plain text.
    auto* folder = new QLabel(tr("Data folder: %1").arg(dataFolder), this);
    folder->setTextFormat(Qt::PlainText);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(folder);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace paperboy::ui
