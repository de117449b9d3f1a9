#include "ui/settings/LibraryPage.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperboy::ui {

LibraryPage::LibraryPage(LibrarySyncThread& sync, QWidget* parent) : QWidget(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("libraryPage"));
    auto* heading = new QLabel(tr("<b>Keep the library in step through a folder</b>"), this);
    auto* explanation = new QLabel(
        tr("Bookmarks, read marks, notes, Not interested marks and watches follow you to your "
           "other machines through a folder that Syncthing, Nextcloud, Dropbox, a network share "
           "or a USB stick already keeps in step. Each machine writes only its own change log "
           "there; a note edited on two machines keeps both texts. Off by default."),
        this);
    explanation->setWordWrap(true);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("libraryFolder"));
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("Off"));
    m_choose = new QPushButton(tr("Choose Folder…"), this);
    m_off = new QPushButton(tr("Turn Off"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    folderRow->addWidget(m_off);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("libraryDeviceName"));
    m_name->setMaxLength(100);
    m_id = new QLabel(this);
    m_id->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("libraryStatus"));
    m_status->setTextFormat(Qt::PlainText); // folder names and errors are not markup
    m_status->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("This machine:"), m_name);
    form->addRow(tr("Device id:"), m_id);
    form->addRow(tr("Status:"), m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &LibraryPage::chooseFolder);
    connect(m_off, &QPushButton::clicked, this, [this] { m_sync.setFolder(QString()); });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->isModified() && !m_name->text().trimmed().isEmpty())
            m_sync.setDeviceName(m_name->text());
        m_name->setModified(false);
    });
    connect(&m_sync, &LibrarySyncThread::statusChanged, this, &LibraryPage::showStatus);
    m_sync.requestStatus();
}

void LibraryPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder to keep the library in step through"), m_folder->text());
    if (!folder.isEmpty())
        m_sync.setFolder(folder);
}

void LibraryPage::showStatus(const LibrarySyncStatus& status)
{
    m_folder->setText(status.folder);
    m_off->setEnabled(!status.folder.isEmpty());
    if (!m_name->hasFocus())
        m_name->setText(status.deviceName);
    m_id->setText(status.deviceId);
    if (status.folder.isEmpty())
        m_status->setText(tr("Off: the library is kept on this machine only."));
    else if (!status.error.isEmpty())
        m_status->setText(tr("Not in step: %1").arg(status.error));
    else if (!status.reachable)
        m_status->setText(
            tr("The folder is not there now; %n change(s) wait for it.", nullptr, status.pending));
    else if (status.lastInStep.isValid())
        m_status->setText(
            tr("In step at %1 with %n machine(s) (this one included).", nullptr, status.machines)
                .arg(QLocale().toString(status.lastInStep.toLocalTime(), QLocale::ShortFormat)));
    else
        m_status->setText(tr("Sending this machine's library…"));
}

} // namespace paperboy::ui
