#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace paperboy::ui {

// What the reader window remembers between runs (QSettings, organisation and application
// "Paperboy"). Tests isolate it by pointing XDG_CONFIG_HOME at a temporary folder.
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
    int sortMode = 0;
    int searchSort = 0;        // search::Sort of the search pane's results
    bool koreanTitles = false; // the list shows Korean titles where a source has one
    int calendarHeight = 0;    // the room the date pane keeps for its calendar (DateNavigator)
    int navigatorTab = 0;      // the navigator's tab last shown: Days, Bookmarks, Watches

    static ReaderState load();
    void save() const;
};

// When the window syncs by itself (Sync > Settings), kept beside ReaderState.
struct SyncSettings
{
    bool syncOnStart = true;
    int recentDays = 14;      // today and this many days before it, at start and on Sync Now
    int intervalMinutes = 60; // 0: no periodic sync
    // An icon in the system tray that tells of new papers after a sync. The user's choice;
    // the icon shows only where the desktop has a tray (trayAvailable()), so it is off there.
    bool trayIcon = true;

    static constexpr int maxRecentDays = 366;
    static constexpr int maxIntervalMinutes = 24 * 60;

    static bool trayAvailable(); // QSystemTrayIcon::isSystemTrayAvailable()
    static SyncSettings load();
    void save() const;
};

} // namespace paperboy::ui
