#pragma once

#include "pdf/PdfSettings.h"
#include "store/db/DataPaths.h"
#include "thumbs/ThumbnailSettings.h"
#include "ui/common/ReaderSettings.h"
#include "ui/settings/AppearanceSettings.h"

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace paperboy::ui {

enum class SettingsPage {
    Sources,
    Sync,
    Storage,
    Thumbnails,
    Language,
    Appearance,
    Pdfs,
    Summaries,
    ForYou,
    Library
};

// Settings (Ctrl+,): one page per concern. Every change is saved and applied at once (the
// window listens to the signals); Close only closes. The language applies at the next start,
// since the window's texts are made once.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    using Page = SettingsPage;

    SettingsDialog(const SyncSettings& sync, const store::DataPaths& paths,
                   const QString& sourcesFile, QWidget* parent);

    void showPage(Page page);
    // The Library page (LibraryPage.h) needs the window's library-sync thread, which only the
    // controller has; it adds the page after making the dialog.
    void addLibraryPage(QWidget* page);
    Page currentPage() const;
    // The page widget, for the window to add to (e.g. sources) and tests to drive.
    QWidget* page(Page page) const;

signals:
    void syncSettingsChanged(const paperboy::ui::SyncSettings& settings);
    void appearanceChanged(const paperboy::ui::AppearanceSettings& appearance);
    void languageChanged(const QString& choice);
    void thumbnailSettingsChanged(const paperboy::thumbs::ThumbnailSettings& settings);
    void pdfSettingsChanged(const paperboy::pdf::PdfSettings& settings);
    void fetchMissingPdfsRequested();
    void sourcesChanged();      // Sources: the list file was saved
    void clearCacheRequested(); // Storage: the user confirmed Clear Cache

private:
    void addPage(Page page, const QString& title, QWidget* widget);
    QWidget* makeSyncPage(const SyncSettings& sync);
    QWidget* makeLanguagePage();
    QWidget* makeAppearancePage();

    QListWidget* m_pages = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page> m_order;
};

} // namespace paperboy::ui
