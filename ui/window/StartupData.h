#pragma once

#include "store/cache/CacheReader.h"
#include "store/db/DataPaths.h"
#include "ui/common/ReaderSettings.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <future>

namespace paperboy::ui {

// What the reader window shows first, read from the cache.
struct StartupData
{
    bool cacheExists = false;
    QString error; // why the cache could not be read, empty when it could
    // Set when a damaged cache was moved aside and an empty one begun
    // (store/cache/CacheRecovery.h).
    QString cacheNotice;
    QList<store::DaySummary> days;
    QSet<QString> bookmarks; // those among `items`
    QDate day;               // the day to show first
    QString paperId;         // the paper to select on it if it is still listed, else the first one
    QList<store::PaperListItem> items; // the list of `day` when the cache holds that day
};

// Reads the start-up data with `state` deciding the day: the remembered one, unless it left the
// cache or newer digests arrived since, then the latest cached day (today without a cache).
// Opens and closes its own connections, so it can run on any thread. Never creates the cache,
// but moves a damaged one aside first (store::recoverCache).
StartupData loadStartupData(const store::DataPaths& paths, const ReaderState& state);

// Runs loadStartupData on a worker thread from construction on, so that opening SQLite and the
// first queries overlap with building the window's widgets instead of adding to it; the worker
// first fills the font database, which the first widgets would otherwise wait for. The window
// opens its own reader when it first needs one (connections belong to their thread).
class StartupLoader final
{
public:
    StartupLoader(const store::DataPaths& paths, const ReaderState& state);
    ~StartupLoader(); // waits for the worker if take() was never called

    StartupLoader(const StartupLoader&) = delete;
    StartupLoader& operator=(const StartupLoader&) = delete;

    // Waits for the worker; call it once.
    StartupData take();

private:
    std::future<StartupData> m_result;
};

} // namespace paperboy::ui
