#include "ui/common/ReaderSettings.h"

#include "core/Settings.h"

#include <QSystemTrayIcon>

namespace paperboy::ui {
namespace session = core::session;
namespace preference = core::preference;

ReaderState ReaderState::load()
{
    const core::Settings store;
    ReaderState state;
    state.geometry = store.read(session::windowGeometry);
    state.windowState = store.read(session::windowState);
    state.splitterState = store.read(session::splitterState);
    state.day = store.read(session::day);
    state.paperId = store.read(session::paperId);
    state.latestDayAtExit = store.read(session::latestDayAtExit);
    state.sortMode = store.read(session::sortMode);
    state.searchSort = store.read(session::searchSort);
    state.koreanTitles = store.read(session::koreanTitles);
    state.navigatorTab = qBound(0, store.read(session::navigatorTab), 16);
    state.calendarHeight = qBound(0, store.read(session::calendarHeight), 2000);
    return state;
}

void ReaderState::save() const
{
    core::Settings store;
    store.write(session::windowGeometry, geometry);
    store.write(session::windowState, windowState);
    store.write(session::splitterState, splitterState);
    store.write(session::day, day);
    store.write(session::paperId, paperId);
    store.write(session::latestDayAtExit, latestDayAtExit);
    store.write(session::sortMode, sortMode);
    store.write(session::searchSort, searchSort);
    store.write(session::koreanTitles, koreanTitles);
    store.write(session::calendarHeight, calendarHeight);
    store.write(session::navigatorTab, navigatorTab);
}

bool SyncSettings::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

SyncSettings SyncSettings::load()
{
    const core::Settings store;
    SyncSettings sync;
    sync.syncOnStart = store.read(preference::syncOnStart);
    sync.recentDays = qBound(0, store.read(preference::syncRecentDays), maxRecentDays);
    sync.intervalMinutes =
        qBound(0, store.read(preference::syncIntervalMinutes), maxIntervalMinutes);
    sync.trayIcon = store.read(preference::trayIcon);
    return sync;
}

void SyncSettings::save() const
{
    core::Settings store;
    store.write(preference::syncOnStart, syncOnStart);
    store.write(preference::syncRecentDays, recentDays);
    store.write(preference::syncIntervalMinutes, intervalMinutes);
    store.write(preference::trayIcon, trayIcon);
}

} // namespace paperboy::ui
