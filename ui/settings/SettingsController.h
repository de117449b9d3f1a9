#pragma once

#include "ui/common/ForYouModelState.h"
#include "ui/common/ReaderSettings.h"
#include "ui/settings/SettingsDialog.h"

#include <QDate>
#include <QObject>

#include <functional>

namespace paperboy::ui {

class Actions;
class FeatureContext;
class StoragePage;
class TrayIcon;

// Settings (the dialog, whose changes apply as they are made), what the Storage page asks of
// the cache (Clear Cache, the size limit) and the tray icon that tells of new papers. The
// changes that belong to other features leave as signals, for the window to hand on.
class SettingsController final : public QObject
{
    Q_OBJECT
public:
    // `sync`: the settings the window started with; `sourcesFile`: where sync's sources are.
    SettingsController(FeatureContext& context, const Actions& actions, const SyncSettings& sync,
                       const QString& sourcesFile, QObject* parent = nullptr);
    ~SettingsController() override;

    // True while a sync or an import writes to the cache: clearing or pruning then waits.
    void setCacheBusy(std::function<bool()> busy) { m_cacheBusy = std::move(busy); }

    void showSettings(SettingsPage page);
    // The oldest days leave the cache while it is over Settings > Storage's limit (not while
    // a sync or an import writes: their ends call this again).
    void enforceCacheLimit();
    // The system-tray icon's keeper, made when first needed.
    TrayIcon* trayIcon();
    void notifyNewPapers(int count);
    // Settings > For you shows this (now, if the dialog is open, and when it next opens).
    void setForYouState(const ForYouModelState& state);
    void notify(const QString& message); // by the tray icon, when the setting shows one

signals:
    void syncSettingsChanged(const paperboy::ui::SyncSettings& settings);
    void sourcesChanged();
    void thumbnailSettingsChanged(const paperboy::thumbs::ThumbnailSettings& settings);
    void pdfSettingsChanged(const paperboy::pdf::PdfSettings& settings);
    void fetchMissingPdfsRequested();
    // 0: the desktop's size.
    void detailFontChanged(int points);
    // Clear Cache is about to run: nothing may show a paper of the old cache.
    void cacheClearing();
    void cacheCleared(bool ok);
    // The cache size limit dropped these days (oldest first).
    void cachePruned(const QList<QDate>& days);
    // Settings > For you: the reader confirmed Reset.
    void forYouResetRequested();

private:
    void clearCache(StoragePage* page);
    void applyTraySetting(const SyncSettings& settings);

    FeatureContext& m_context;
    SyncSettings m_sync;
    QString m_sourcesFile;
    std::function<bool()> m_cacheBusy = [] { return false; };
    TrayIcon* m_tray = nullptr; // a child, made when first wanted
    ForYouModelState m_forYouState;
};

} // namespace paperboy::ui
