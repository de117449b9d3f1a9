#pragma once

#include "search/WatchSearch.h"
#include "store/db/DataPaths.h"
#include "store/user/Watch.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

// What `paperboy watch list|show --json` print, shared with the MCP tools list_watches and
// watch_results so that both answer the same objects (WatchCommands.cpp, McpWatchTools.cpp).
namespace paperboy::cli {

// The cache's watch search, or null without a cache (reading never creates one); null with
// `error` set when the cache exists but cannot be opened.
std::unique_ptr<search::WatchSearch> openWatchSearch(const store::DataPaths& paths, QString* error);
// One object per watch: name, query, position, created, seen, total, new. `search` null: an
// empty library (every count 0).
QJsonArray watchListJson(const store::Watches& watches, const search::WatchSearch* search);
// The matches as `search --json` prints them, each with "new": true or false.
QJsonArray watchHitsJson(const search::WatchPage& page);

} // namespace paperboy::cli
