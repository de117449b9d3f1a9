#include "ui/sync/SyncStatusWidget.h"

#include "ui/style/PlainToolTip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace paperboy::ui {

SyncStatusWidget::SyncStatusWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_offline = new QLabel(tr("Offline \u2014 showing cached papers"), this);
    m_offline->setObjectName(QStringLiteral("offlineLabel"));
    m_offline->setTextFormat(Qt::PlainText);
    m_offline->setToolTip(tr("Sync resumes by itself when the network is back."));
    m_offline->hide();

    m_failures = new QToolButton(this);
    m_failures->setObjectName(QStringLiteral("syncFailures"));
    m_failures->setAutoRaise(true);
    m_failures->hide();
    connect(m_failures, &QToolButton::clicked, this, &SyncStatusWidget::logRequested);

    m_progress = new QWidget(this);
    auto* progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(m_progress);
    m_label->setObjectName(QStringLiteral("syncProgressText"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(m_progress);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), m_progress);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setToolTip(tr("Stop the sync; days already downloaded stay in the cache"));
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_cancel, &QPushButton::clicked, this, &SyncStatusWidget::cancelRequested);
    progressLayout->addWidget(m_label);
    progressLayout->addWidget(m_bar);
    progressLayout->addWidget(m_cancel);
    m_progress->hide();
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    layout->addWidget(m_offline);
    layout->addWidget(m_failures);
    layout->addWidget(m_progress);
}

void SyncStatusWidget::setRunning(int done, int total, bool cancelling)
{
    if (cancelling)
        m_label->setText(tr("Cancelling sync\u2026"));
    else if (total <= 0)
        m_label->setText(tr("Syncing\u2026"));
    else
        m_label->setText(tr("Syncing %1/%2\u2026").arg(done).arg(total));
    m_label->setToolTip(tr("Digests (days \u00D7 sources) checked so far"));
    m_bar->setRange(0, qMax(0, total)); // busy until the plan is known
    m_bar->setValue(qMax(0, done));
    m_cancel->setEnabled(!cancelling);
    m_progress->show();
    // One truth at a time: a sync that is fetching shows that the network answers, whatever
    // the reachability backend last said; "Offline" comes back when the sync ends.
    m_offline->hide();
}

void SyncStatusWidget::setIdle()
{
    m_progress->hide();
    m_offline->setVisible(m_offlineReported);
}

void SyncStatusWidget::setOffline(bool offline)
{
    m_offlineReported = offline;
    m_offline->setVisible(offline && m_progress->isHidden());
}

void SyncStatusWidget::setFailures(int failed, const QString& details)
{
    m_failures->setVisible(failed > 0);
    m_failures->setText(tr("Sync: %n digest(s) failed", nullptr, failed));
    m_failures->setToolTip(
        plainToolTip(details + QLatin1Char('\n') + tr("Click to open the Sync Log.")));
}

bool SyncStatusWidget::isRunning() const
{
    return !m_progress->isHidden();
}

QString SyncStatusWidget::progressText() const
{
    return m_label->text();
}

QString SyncStatusWidget::failureText() const
{
    return m_failures->isHidden() ? QString() : m_failures->text();
}

bool SyncStatusWidget::isOfflineShown() const
{
    return !m_offline->isHidden();
}

} // namespace paperboy::ui
