#pragma once

#include "rank/ForYou.h"
#include "store/cache/CacheReader.h"
#include "store/db/DataPaths.h"
#include "store/user/UserStore.h"

#include <QDate>
#include <QJsonArray>

#include <utility>

// The For you ranking as `paperboy foryou` computes and prints it, shared with the MCP tool
// for_you so that both answer the same papers in the same order (ForYouCommands.cpp).
namespace paperboy::cli {

// The newest 7 cached days (both invalid without a cache or a day).
std::pair<QDate, QDate> newestForYouDays(const store::CacheReader* cache);

// The papers of `period` ranked for the reader: the saved model, retrained when the labels
// changed; with too few bookmarks, by votes (the list says so). `error` is set when training
// failed (the order then falls back to votes as well).
rank::ForYouList rankForYou(const store::DataPaths& paths, const store::CacheReader* cache,
                            const store::UserStore& user, std::pair<QDate, QDate> period,
                            QString* error);

// `foryou --json`: the first `limit` papers as {id, date, title, score, why, dismissed}.
QJsonArray forYouJson(const rank::ForYouList& list, int limit);

} // namespace paperboy::cli
