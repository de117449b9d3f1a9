#include "ui/settings/ThumbnailSettingsPage.h"

#include "thumbs/ImageUrlPolicy.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paperboy::ui {

ThumbnailSettingsPage::ThumbnailSettingsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("thumbnailsPage"));
    const thumbs::ThumbnailSettings current = thumbs::ThumbnailSettings::load();
    m_prefetch = new QCheckBox(tr("Download the thumbnails of synced and imported days, "
                                  "for reading offline"),
                               this);
    m_prefetch->setObjectName(QStringLiteral("thumbnailPrefetch"));
    m_prefetch->setChecked(current.prefetchAfterSync);
    m_diskLimit = new QSpinBox(this);
    m_diskLimit->setObjectName(QStringLiteral("thumbnailDiskLimit"));
    m_diskLimit->setRange(thumbs::ThumbnailSettings::minDiskLimitMb,
                          thumbs::ThumbnailSettings::maxDiskLimitMb);
    m_diskLimit->setSingleStep(64);
    m_diskLimit->setSuffix(tr(" MB"));
    m_diskLimit->setValue(current.diskLimitMb);
    // Editing the number is not a change until it is done: no eviction per keystroke.
    m_diskLimit->setKeyboardTracking(false);

    m_hosts = new QListWidget(this);
    m_hosts->setObjectName(QStringLiteral("thumbnailHosts"));
    m_hosts->addItems(current.allowedHosts);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("thumbnailHostEntry"));
    m_entry->setPlaceholderText(tr("images.example.org"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addThumbnailHost"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeThumbnailHost"));
    m_entryMessage = new QLabel(this);
    m_entryMessage->setObjectName(QStringLiteral("thumbnailHostMessage"));
    m_entryMessage->setTextFormat(Qt::PlainText);
    m_entryMessage->setWordWrap(true);
    auto* note =
        new QLabel(tr("Images are loaded only from cdn-thumbnails.huggingface.co, "
                      "cdn-uploads.huggingface.co and the hosts listed here, so that a digest "
                      "cannot make Paperboy contact a server of its choosing."),
                   this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_add);
    entryRow->addWidget(m_remove);
    auto* hostsColumn = new QVBoxLayout;
    hostsColumn->addWidget(m_hosts);
    hostsColumn->addLayout(entryRow);
    hostsColumn->addWidget(m_entryMessage);
    hostsColumn->addWidget(note);
    auto* form = new QFormLayout(this);
    form->addRow(m_prefetch);
    form->addRow(tr("&Disk space for thumbnails:"), m_diskLimit);
    form->addRow(tr("Also load images &from:"), hostsColumn);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(hostsColumn)))
        label->setBuddy(m_entry);

    connect(m_prefetch, &QCheckBox::toggled, this, &ThumbnailSettingsPage::save);
    connect(m_diskLimit, &QSpinBox::valueChanged, this, &ThumbnailSettingsPage::save);
    connect(m_add, &QPushButton::clicked, this, &ThumbnailSettingsPage::addHostFromEntry);
    connect(m_entry, &QLineEdit::returnPressed, this, &ThumbnailSettingsPage::addHostFromEntry);
    connect(m_entry, &QLineEdit::textChanged, this, [this] {
        m_entryMessage->clear();
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_hosts->currentItem();
        save();
        updateButtons();
    });
    connect(m_hosts, &QListWidget::currentRowChanged, this, &ThumbnailSettingsPage::updateButtons);
    updateButtons();
}

bool ThumbnailSettingsPage::addHostFromEntry()
{
    const QString host = thumbs::ImageUrlPolicy::hostFromUserText(m_entry->text());
    if (host.isEmpty()) {
        m_entryMessage->setText(tr("“%1” is not a host name.").arg(m_entry->text().trimmed()));
        return false;
    }
    const bool listed = !m_hosts->findItems(host, Qt::MatchFixedString).isEmpty() ||
                        thumbs::ImageUrlPolicy::builtInHosts().contains(host);
    if (listed) {
        m_entryMessage->setText(tr("%1 is already allowed.").arg(host));
        return false;
    }
    m_hosts->addItem(host);
    m_entry->clear();
    save();
    return true;
}

void ThumbnailSettingsPage::save()
{
    thumbs::ThumbnailSettings settings;
    settings.prefetchAfterSync = m_prefetch->isChecked();
    settings.diskLimitMb = m_diskLimit->value();
    for (int row = 0; row < m_hosts->count(); ++row)
        settings.allowedHosts.append(m_hosts->item(row)->text());
    settings.save();
    emit changed(settings);
}

void ThumbnailSettingsPage::updateButtons()
{
    m_add->setEnabled(!m_entry->text().trimmed().isEmpty());
    m_remove->setEnabled(m_hosts->currentItem() != nullptr);
}

} // namespace paperboy::ui
