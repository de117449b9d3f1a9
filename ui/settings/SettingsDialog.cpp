#include "ui/settings/SettingsDialog.h"

#include "i18n/Language.h"
#include "pdf/PdfFiles.h"
#include "ui/settings/ForYouSettingsPage.h"
#include "ui/settings/PdfSettingsPage.h"
#include "ui/settings/SourcesPage.h"
#include "ui/settings/StoragePage.h"
#include "ui/settings/SummarySettingsPage.h"
#include "ui/settings/ThumbnailSettingsPage.h"
#include "ui/style/PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace paperboy::ui {
SettingsDialog::SettingsDialog(const SyncSettings& sync, const store::DataPaths& paths,
                               const QString& sourcesFile, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setMaximumWidth(180);
    m_stack = new QStackedWidget(this);
    auto* sources = new SourcesPage(sourcesFile, this);
    connect(sources, &SourcesPage::changed, this, &SettingsDialog::sourcesChanged);
    addPage(Page::Sources, tr("Sources"), sources);
    addPage(Page::Sync, tr("Sync"), makeSyncPage(sync));
    auto* storage = new StoragePage(paths, this);
    connect(storage, &StoragePage::clearRequested, this, &SettingsDialog::clearCacheRequested);
    connect(storage, &StoragePage::thumbnailSettingsRequested, this,
            [this] { showPage(Page::Thumbnails); });
    addPage(Page::Storage, tr("Storage"), storage);
    auto* thumbnails = new ThumbnailSettingsPage(this);
    connect(thumbnails, &ThumbnailSettingsPage::changed, this,
            &SettingsDialog::thumbnailSettingsChanged);
    addPage(Page::Thumbnails, tr("Thumbnails"), thumbnails);
    auto* pdfs = new PdfSettingsPage(pdf::PdfFiles(paths.userFile).directory(), this);
    connect(pdfs, &PdfSettingsPage::changed, this, &SettingsDialog::pdfSettingsChanged);
    connect(pdfs, &PdfSettingsPage::fetchMissingRequested, this,
            &SettingsDialog::fetchMissingPdfsRequested);
    addPage(Page::Pdfs, tr("PDFs"), pdfs);
    addPage(Page::Summaries, tr("Summaries"), new SummarySettingsPage(this));
    addPage(Page::ForYou, tr("For you"), new ForYouSettingsPage(this));
    addPage(Page::Language, tr("Language"), makeLanguagePage());
    addPage(Page::Appearance, tr("Appearance"), makeAppearancePage());
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pages->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_pages);
    columns->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 600); // room for the Sources list with its editor and test below it
}

void SettingsDialog::addPage(Page page, const QString& title, QWidget* widget)
{
    m_order.append(page);
    m_pages->addItem(title);
    m_stack->addWidget(widget);
}

void SettingsDialog::addLibraryPage(QWidget* page)
{
    addPage(Page::Library, tr("Library"), page);
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentRow(int(m_order.indexOf(page)));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return m_order.value(m_pages->currentRow(), Page::Sync);
}

QWidget* SettingsDialog::page(Page page) const
{
    return m_stack->widget(int(m_order.indexOf(page)));
}

QWidget* SettingsDialog::makeSyncPage(const SyncSettings& sync)
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("syncPage"));
    auto* onStart = new QCheckBox(tr("Sync when Paperboy starts"), page);
    onStart->setObjectName(QStringLiteral("syncOnStart"));
    onStart->setChecked(sync.syncOnStart);
    auto* days = new QSpinBox(page);
    days->setObjectName(QStringLiteral("syncRecentDays"));
    days->setRange(0, SyncSettings::maxRecentDays);
    days->setValue(sync.recentDays);
    days->setSuffix(tr(" days before today"));
    auto* interval = new QSpinBox(page);
    interval->setObjectName(QStringLiteral("syncInterval"));
    interval->setRange(0, SyncSettings::maxIntervalMinutes);
    interval->setValue(sync.intervalMinutes);
    interval->setSuffix(tr(" min"));
    interval->setSpecialValueText(tr("Never"));
    auto* tray = new QCheckBox(tr("Show an icon in the system &tray, and say there when a sync "
                                  "brings new papers"),
                               page);
    tray->setObjectName(QStringLiteral("trayIcon"));
    tray->setChecked(sync.trayIcon);
    if (!SyncSettings::trayAvailable()) {
        tray->setEnabled(false);
        tray->setToolTip(tr("This desktop has no system tray."));
    }
    auto* form = new QFormLayout(page);
    form->addRow(onStart);
    form->addRow(tr("Sync &Now covers today and:"), days);
    form->addRow(tr("Sync again &every:"), interval);
    form->addRow(tray);

    const auto changed = [this, onStart, days, interval, tray] {
        SyncSettings settings;
        settings.syncOnStart = onStart->isChecked();
        settings.recentDays = days->value();
        settings.intervalMinutes = interval->value();
        settings.trayIcon = tray->isChecked();
        settings.save();
        emit syncSettingsChanged(settings);
    };
    connect(tray, &QCheckBox::toggled, this, changed);
    connect(onStart, &QCheckBox::toggled, this, changed);
    connect(days, &QSpinBox::valueChanged, this, changed);
    connect(interval, &QSpinBox::valueChanged, this, changed);
    return page;
}

QWidget* SettingsDialog::makeLanguagePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("languagePage"));
    auto* choice = new QComboBox(page);
    choice->setObjectName(QStringLiteral("language"));
    choice->addItem(tr("The system's language"), QStringLiteral("system"));
    // Each language in its own name, so that a reader who cannot read the current one finds it.
    choice->addItem(QStringLiteral("English"), QStringLiteral("en"));
    choice->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    const int saved = choice->findData(i18n::savedLanguageChoice());
    choice->setCurrentIndex(saved < 0 ? 0 : saved);
    auto* note = plainLabel(tr("The new language shows when Paperboy starts again."), page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), choice);
    form->addRow(note);
    connect(choice, &QComboBox::currentIndexChanged, this, [this, choice] {
        const QString value = choice->currentData().toString();
        i18n::saveLanguageChoice(value);
        emit languageChanged(value);
    });
    return page;
}

QWidget* SettingsDialog::makeAppearancePage()
{
    const AppearanceSettings current = AppearanceSettings::load();
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("appearancePage"));
    auto* theme = new QComboBox(page);
    theme->setObjectName(QStringLiteral("theme"));
    theme->addItem(tr("As the desktop"), themeKey(Theme::System));
    theme->addItem(tr("Light"), themeKey(Theme::Light));
    theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    theme->setCurrentIndex(theme->findData(themeKey(current.theme)));
    auto* fontSize = new QSpinBox(page);
    fontSize->setObjectName(QStringLiteral("detailFontSize"));
    fontSize->setRange(AppearanceSettings::minFontPoints - 1, AppearanceSettings::maxFontPoints);
    fontSize->setSpecialValueText(tr("As the desktop"));
    fontSize->setSuffix(tr(" pt"));
    fontSize->setValue(current.detailFontPoints == 0 ? fontSize->minimum()
                                                     : current.detailFontPoints);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Colours:"), theme);
    form->addRow(tr("&Text size of the paper pane:"), fontSize);

    const auto changed = [this, theme, fontSize] {
        AppearanceSettings appearance;
        appearance.theme = themeFromKey(theme->currentData().toString());
        appearance.detailFontPoints =
            fontSize->value() == fontSize->minimum() ? 0 : fontSize->value();
        appearance.save();
        emit appearanceChanged(appearance);
    };
    connect(theme, &QComboBox::currentIndexChanged, this, changed);
    connect(fontSize, &QSpinBox::valueChanged, this, changed);
    return page;
}

} // namespace paperboy::ui
