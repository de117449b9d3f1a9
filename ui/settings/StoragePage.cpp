#include "ui/settings/StoragePage.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include "ui/style/PlainLabel.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace paperboy::ui {
CacheLimit CacheLimit::load()
{
    return {qBound(0, core::Settings().read(core::preference::cacheLimitMb), maxMegabytes)};
}

void CacheLimit::save() const
{
    core::Settings().write(core::preference::cacheLimitMb, megabytes);
}

StoragePage::StoragePage(const store::DataPaths& paths, QWidget* parent)
    : QWidget(parent), m_paths(paths)
{
    setObjectName(QStringLiteral("storagePage"));
    auto* form = new QFormLayout(this);
    const auto addLocation = [this, form](const QString& title, const QString& file,
                                          const QString& explanation) {
        auto* row = new QVBoxLayout;
        row->addWidget(plainLabel(QFileInfo(file).absoluteFilePath(), this));
        auto* note = plainLabel(explanation, this);
        note->setEnabled(false);
        row->addWidget(note);
        auto* open = new QPushButton(tr("Open Folder"), this);
        const QString folder = QFileInfo(file).absolutePath();
        // A file: URL the app made from its own path, never one from content.
        connect(open, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        row->addWidget(open, 0, Qt::AlignLeft);
        form->addRow(title, row);
    };
    addLocation(tr("Cache:"), paths.cacheFile,
                tr("Digests and thumbnails: everything here can be downloaded again."));
    addLocation(tr("Your data:"), paths.userFile,
                tr("Bookmarks, read state and notes. Sync and pruning never touch it."));
    form->addRow(plainLabel(tr("Start Paperboy with --data-dir DIR (or set $PAPERBOY_DATA_DIR) "
                               "to keep both in another folder."),
                            this));

    m_size = plainLabel(QString(), this);
    m_size->setObjectName(QStringLiteral("cacheSize"));
    form->addRow(tr("Cache size:"), m_size);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("cacheLimit"));
    m_limit->setRange(0, CacheLimit::maxMegabytes);
    m_limit->setSingleStep(50);
    m_limit->setSuffix(tr(" MB"));
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setValue(CacheLimit::load().megabytes);
    m_limit->setToolTip(tr("Over the limit, the oldest days leave the cache after each sync or "
                           "import; the newest day and your bookmarks always stay."));
    form->addRow(tr("Cache size &limit:"), m_limit);
    m_clear = new QPushButton(tr("&Clear Cache\u2026"), this);
    m_clear->setObjectName(QStringLiteral("clearCache"));
    m_status = plainLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("clearCacheStatus"));
    auto* clearRow = new QVBoxLayout;
    clearRow->addWidget(m_clear, 0, Qt::AlignLeft);
    clearRow->addWidget(m_status);
    form->addRow(clearRow);
    auto* thumbnails = new QPushButton(tr("Thumbnail Disk Space and &Prefetch\u2026"), this);
    thumbnails->setObjectName(QStringLiteral("storageThumbnails"));
    auto* thumbnailRow = new QHBoxLayout;
    thumbnailRow->addWidget(thumbnails);
    thumbnailRow->addStretch(1);
    form->addRow(thumbnailRow);

    connect(m_clear, &QPushButton::clicked, this, &StoragePage::confirmClear);
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int megabytes) {
        const CacheLimit limit{megabytes};
        limit.save();
        emit cacheLimitChanged(limit);
    });
    connect(thumbnails, &QPushButton::clicked, this, &StoragePage::thumbnailSettingsRequested);
    showCacheSize();
}

QString StoragePage::status() const
{
    return m_status->text();
}

void StoragePage::showCacheSize()
{
    // Two stat calls: no walk of a folder, nothing that grows with the archive.
    const qint64 bytes = QFileInfo(m_paths.cacheFile).size() +
                         QFileInfo(m_paths.cacheFile + QStringLiteral("-wal")).size();
    m_size->setText(QLocale().formattedDataSize(bytes));
}

void StoragePage::confirmClear()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Clear Cache"),
                                tr("Remove every downloaded digest from the cache?"),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("clearCacheQuestion"));
    // Summaries live in the cache beside the digests, but unlike them they cost requests to a
    // paid endpoint to make again: say so before they go.
    box->setInformativeText(tr("Your bookmarks, notes and read marks are kept. The digests can "
                               "be downloaded again with Sync; the Korean summaries Paperboy "
                               "wrote are removed too and would have to be asked for again."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_clear->setEnabled(false);
        m_status->setText(tr("Clearing the cache\u2026"));
        emit clearRequested();
    });
    box->open();
}

void StoragePage::clearFinished(bool ok, const QString& error)
{
    m_clear->setEnabled(true);
    m_status->setText(ok ? tr("The cache is empty. Sync downloads the recent days again.")
                         : tr("The cache could not be cleared: %1").arg(error));
    showCacheSize();
}

void StoragePage::clearRefused(const QString& reason)
{
    m_clear->setEnabled(true);
    m_status->setText(reason);
}

} // namespace paperboy::ui
