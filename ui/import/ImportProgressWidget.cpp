#include "ui/import/ImportProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace paperboy::ui {

ImportProgressWidget::ImportProgressWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setToolTip(tr("Stop the import; digests already written stay in the cache"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressWidget::cancelRequested);
}

void ImportProgressWidget::setProgress(int done, int total, bool cancelling)
{
    if (cancelling)
        m_label->setText(tr("Cancelling import\u2026"));
    else if (total == 0)
        m_label->setText(tr("Looking for digest files\u2026"));
    else
        m_label->setText(tr("Importing %1/%2\u2026").arg(done).arg(total));
    // A busy indicator until the number of files is known.
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_cancel->setEnabled(!cancelling);
}

QString ImportProgressWidget::text() const
{
    return m_label->text();
}

} // namespace paperboy::ui
