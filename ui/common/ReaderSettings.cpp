#include "ui/common/ReaderSettings.h"

#include "ui/common/SettingsFile.h"

#include <QSettings>
#include <QSystemTrayIcon>

namespace paperboy::ui {
ReaderState ReaderState::load()
{
    const QSettings store = settingsFile();
    ReaderState state;
    state.geometry = store.value(QStringLiteral("window/geometry")).toByteArray();
    state.windowState = store.value(QStringLiteral("window/state")).toByteArray();
    state.splitterState = store.value(QStringLiteral("window/splitter")).toByteArray();
    state.day =
        QDate::fromString(store.value(QStringLiteral("reader/day")).toString(), Qt::ISODate);
    state.paperId = store.value(QStringLiteral("reader/paper")).toString();
    state.latestDayAtExit = QDate::fromString(
        store.value(QStringLiteral("reader/latestDayAtExit")).toString(), Qt::ISODate);
    state.sortMode = store.value(QStringLiteral("reader/sortMode"), 0).toInt();
    state.searchSort = store.value(QStringLiteral("search/sort"), 0).toInt();
    state.koreanTitles = store.value(QStringLiteral("reader/koreanTitles"), false).toBool();
    state.navigatorTab =
        qBound(0, store.value(QStringLiteral("window/navigatorTab"), 0).toInt(), 16);
    state.calendarHeight =
        qBound(0, store.value(QStringLiteral("window/calendarHeight"), 0).toInt(), 2000);
    return state;
}

void ReaderState::save() const
{
    QSettings store = settingsFile();
    store.setValue(QStringLiteral("window/geometry"), geometry);
    store.setValue(QStringLiteral("window/state"), windowState);
    store.setValue(QStringLiteral("window/splitter"), splitterState);
    store.setValue(QStringLiteral("reader/day"), day.toString(Qt::ISODate));
    store.setValue(QStringLiteral("reader/paper"), paperId);
    store.setValue(QStringLiteral("reader/latestDayAtExit"), latestDayAtExit.toString(Qt::ISODate));
    store.setValue(QStringLiteral("reader/sortMode"), sortMode);
    store.setValue(QStringLiteral("search/sort"), searchSort);
    store.setValue(QStringLiteral("reader/koreanTitles"), koreanTitles);
    store.setValue(QStringLiteral("window/calendarHeight"), calendarHeight);
    store.setValue(QStringLiteral("window/navigatorTab"), navigatorTab);
    store.sync();
}

bool SyncSettings::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

SyncSettings SyncSettings::load()
{
    const QSettings store = settingsFile();
    SyncSettings sync;
    sync.syncOnStart = store.value(QStringLiteral("sync/onStart"), sync.syncOnStart).toBool();
    sync.recentDays = qBound(
        0, store.value(QStringLiteral("sync/recentDays"), sync.recentDays).toInt(), maxRecentDays);
    sync.intervalMinutes =
        qBound(0, store.value(QStringLiteral("sync/intervalMinutes"), sync.intervalMinutes).toInt(),
               maxIntervalMinutes);
    sync.trayIcon = store.value(QStringLiteral("sync/trayIcon"), sync.trayIcon).toBool();
    return sync;
}

void SyncSettings::save() const
{
    QSettings store = settingsFile();
    store.setValue(QStringLiteral("sync/onStart"), syncOnStart);
    store.setValue(QStringLiteral("sync/recentDays"), recentDays);
    store.setValue(QStringLiteral("sync/intervalMinutes"), intervalMinutes);
    store.setValue(QStringLiteral("sync/trayIcon"), trayIcon);
    store.sync();
}

} // namespace paperboy::ui
