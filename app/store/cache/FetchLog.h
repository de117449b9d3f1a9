#pragma once

#include "store/cache/FetchRecord.h"
#include "store/db/Connection.h"

#include <optional>

// The fetches table (002_fetch_log.sql): one row per (day, source), replaced on each fetch.
namespace paperboy::store::fetchlog {

// A message when `fetch` cannot be stored (invalid day, empty source), else empty.
QString validate(const FetchRecord& fetch);
bool store(Connection& connection, const FetchRecord& fetch, QString* error);
// nullopt when there is no record (and `error` stays empty) or on failure.
std::optional<FetchRecord> load(Connection& connection, QDate day, const QString& source,
                                QString* error);

} // namespace paperboy::store::fetchlog
