#pragma once

#include "store/cache/CacheReader.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace paperboy::store {

class Connection;

// The statement behind CacheReader::dayList: one statement, so one snapshot, with two kinds of
// rows: the day's digest entries (kind 0: paper, source, pos), which decide the order, and once
// each the source rows of the papers they list (kind 1), which hold what the list shows.
// Joining entries with source rows instead would repeat every source row once per digest
// listing the paper and leave a sort to SQLite. Both halves are index ranges, and the second
// reads only the index paper_sources_list (004, widened by 006), never the wide table rows.
extern const char* const dayListSql;

// The day's papers in digest order, merged over their sources (MergedPapers.h); nullopt with
// an error when the database fails.
std::optional<QList<PaperListItem>> readDayList(Connection& connection, QDate day, QString* error);

} // namespace paperboy::store
