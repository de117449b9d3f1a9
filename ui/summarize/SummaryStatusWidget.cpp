#include "ui/summarize/SummaryStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace paperboy::ui {

SummaryStatusWidget::SummaryStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryStatus"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("summaryProgress"));
    m_bar->setMaximumWidth(140);
    m_bar->setFormat(tr("Summaries %v/%m"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("summaryCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop asking for summaries; those already written are kept"));
    connect(m_cancel, &QToolButton::clicked, this, &SummaryStatusWidget::cancelRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_cancel);
    setIdle();
}

void SummaryStatusWidget::setRunning(int done, int total)
{
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(qMin(done, qMax(total, 1)));
    m_cancel->setEnabled(true);
    show();
}

void SummaryStatusWidget::setCounts(const summarize::SummaryCounts& counts)
{
    const QLocale locale;
    m_counts->setText(tr("%n request(s), %1 tokens", nullptr, counts.requests)
                          .arg(locale.toString(counts.promptTokens + counts.completionTokens)));
}

void SummaryStatusWidget::setCancelling()
{
    m_cancel->setEnabled(false);
    m_bar->setFormat(tr("Cancelling…"));
}

void SummaryStatusWidget::setIdle()
{
    m_bar->setFormat(tr("Summaries %v/%m"));
    m_counts->clear();
    hide();
}

QString SummaryStatusWidget::countsText() const
{
    return m_counts->text();
}

} // namespace paperboy::ui
