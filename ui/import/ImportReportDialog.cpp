#include "ui/import/ImportReportDialog.h"

#include "ui/import/ImportReport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace paperboy::ui {

ImportReportDialog::ImportReportDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import Report"));
    setModal(false);
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
}

void ImportReportDialog::setReport(const ImportReport& report)
{
    m_summary->setText(report.summary());
    m_details->setPlainText(report.details());
}

QString ImportReportDialog::text() const
{
    return m_details->toPlainText();
}

} // namespace paperboy::ui
