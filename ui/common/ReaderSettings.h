#pragma once

#include "core/SettingsKeys.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace paperboy::ui {

// What the reader window remembers between runs: the session state of core/SettingsKeys.h,
// which has the defaults. Tests isolate it by pointing XDG_CONFIG_HOME at a temporary folder.
struct ReaderState
{
    QByteArray geometry;
    QByteArray windowState;
    QByteArray splitterState;
    QDate day;
    QString paperId;
    // The newest cached day when the window closed: a newer one means fresh digests arrived,
    // and the window then opens on them instead of on the remembered day.
    QDate latestDayAtExit;
    int sortMode = core::session::sortMode.defaultValue;
    int searchSort = core::session::searchSort.defaultValue; // search::Sort of the search pane
    // The list shows Korean titles where a source has one.
    bool koreanTitles = core::session::koreanTitles.defaultValue;
    // The room the date pane keeps for its calendar (DateNavigator).
    int calendarHeight = core::session::calendarHeight.defaultValue;
    // The navigator's tab last shown: Days, Bookmarks, Watches.
    int navigatorTab = core::session::navigatorTab.defaultValue;

    static ReaderState load();
    void save() const;
};

// When the window syncs by itself (Sync > Settings): preferences of core/SettingsKeys.h.
struct SyncSettings
{
    bool syncOnStart = core::preference::syncOnStart.defaultValue;
    // Today and this many days before it, at start and on Sync Now.
    int recentDays = core::preference::syncRecentDays.defaultValue;
    int intervalMinutes = core::preference::syncIntervalMinutes.defaultValue; // 0: no periodic
    // An icon in the system tray that tells of new papers after a sync. The user's choice;
    // the icon shows only where the desktop has a tray (trayAvailable()), so it is off there.
    bool trayIcon = core::preference::trayIcon.defaultValue;

    static constexpr int maxRecentDays = 366;
    static constexpr int maxIntervalMinutes = 24 * 60;

    static bool trayAvailable(); // QSystemTrayIcon::isSystemTrayAvailable()
    static SyncSettings load();
    void save() const;
};

} // namespace paperboy::ui
