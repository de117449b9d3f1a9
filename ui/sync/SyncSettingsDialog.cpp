#include "ui/sync/SyncSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paperboy::ui {

SyncSettingsDialog::SyncSettingsDialog(const SyncSettings& settings, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync Settings"));
    m_onStart = new QCheckBox(tr("Sync when Paperboy starts"), this);
    m_onStart->setChecked(settings.syncOnStart);
    m_days = new QSpinBox(this);
    m_days->setRange(0, SyncSettings::maxRecentDays);
    m_days->setValue(settings.recentDays);
    m_days->setSuffix(tr(" days before today"));
    m_interval = new QSpinBox(this);
    m_interval->setRange(0, SyncSettings::maxIntervalMinutes);
    m_interval->setValue(settings.intervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Never"));

    auto* form = new QFormLayout;
    form->addRow(m_onStart);
    form->addRow(tr("Sync &Now covers today and:"), m_days);
    form->addRow(tr("Sync again &every:"), m_interval);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SyncSettings SyncSettingsDialog::settings() const
{
    SyncSettings settings;
    settings.syncOnStart = m_onStart->isChecked();
    settings.recentDays = m_days->value();
    settings.intervalMinutes = m_interval->value();
    return settings;
}

} // namespace paperboy::ui
