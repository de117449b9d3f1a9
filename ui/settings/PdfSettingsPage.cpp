#include "ui/settings/PdfSettingsPage.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

constexpr int maxSizeLimitMb = 2000;

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

PdfSettingsPage::PdfSettingsPage(const QString& folder, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfsPage"));
    const pdf::PdfSettings current = pdf::PdfSettings::load();
    m_download = new QCheckBox(tr("Download the PDF of a paper when I bookmark it, for reading "
                                  "offline"),
                               this);
    m_download->setObjectName(QStringLiteral("pdfDownloadBookmarked"));
    m_download->setChecked(current.downloadBookmarked);
    m_maxSize = new QSpinBox(this);
    m_maxSize->setObjectName(QStringLiteral("pdfMaxSize"));
    m_maxSize->setRange(1, maxSizeLimitMb);
    m_maxSize->setSingleStep(10);
    m_maxSize->setSuffix(tr(" MB"));
    m_maxSize->setValue(qBound(1, current.maxMb, maxSizeLimitMb));
    m_maxSize->setKeyboardTracking(false);

    auto* fetchMissing = new QPushButton(tr("Download &Missing PDFs Now"), this);
    fetchMissing->setObjectName(QStringLiteral("pdfFetchMissing"));
    fetchMissing->setToolTip(tr("Every bookmarked paper whose PDF is not kept yet, one at a time"));
    auto* openFolder = new QPushButton(tr("Open Folder"), this);
    // A file: URL the app made from its own path, never one from content.
    connect(openFolder, &QPushButton::clicked, this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto* where = new QVBoxLayout;
    where->addWidget(plainLabel(QDir::toNativeSeparators(folder), this));
    auto* note = plainLabel(tr("Part of your data: sync and cache clean-ups never delete them. "
                               "Removing a bookmark asks whether to delete its PDF."),
                            this);
    note->setEnabled(false);
    where->addWidget(note);
    where->addWidget(openFolder, 0, Qt::AlignLeft);

    auto* form = new QFormLayout(this);
    form->addRow(m_download);
    form->addRow(tr("&Largest PDF kept:"), m_maxSize);
    form->addRow(tr("Kept in:"), where);
    form->addRow(fetchMissing);

    connect(m_download, &QCheckBox::toggled, this, &PdfSettingsPage::save);
    connect(m_maxSize, &QSpinBox::valueChanged, this, &PdfSettingsPage::save);
    connect(fetchMissing, &QPushButton::clicked, this, &PdfSettingsPage::fetchMissingRequested);
}

void PdfSettingsPage::save()
{
    pdf::PdfSettings settings = pdf::PdfSettings::load(); // keeps the base URL as it is
    settings.downloadBookmarked = m_download->isChecked();
    settings.maxMb = m_maxSize->value();
    settings.save();
    emit changed(settings);
}

} // namespace paperboy::ui
