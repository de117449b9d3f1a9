#pragma once

#include "store/db/Connection.h"
#include "store/user/UserRecords.h"

#include <optional>

// The user file's rows to and from the records of UserRecords.h, shared by UserStore and its
// snapshot/merge half. Internal to the store.
namespace paperboy::store::userrows {

// The normalised id rows are keyed by, so "arXiv:2401.00001v2" and "2401.00001" agree.
std::optional<QString> normalisedId(const QString& paperId, QString* error);

// "SELECT <bookmarkColumns> FROM bookmarks" reads what bookmarkFrom() takes.
QString bookmarkColumns();
Bookmark bookmarkFrom(const QSqlQuery& query);

// Inserts `bookmark` or replaces the kept metadata of an existing one. With `keepTimes`
// (a merge), both times come from `bookmark`; otherwise an existing bookmark keeps its
// bookmark time, a new one gets `now`, and updated_at is `now`.
bool writeBookmark(Connection& connection, const Bookmark& bookmark, bool keepTimes,
                   const QString& now, QString* error);

// The same for dismissals: "SELECT <dismissalColumns> FROM dismissals" reads what
// dismissalFrom() takes, and writeDismissal() keeps times as writeBookmark() does.
QString dismissalColumns();
Dismissal dismissalFrom(const QSqlQuery& query);
bool writeDismissal(Connection& connection, const Dismissal& dismissal, bool keepTimes,
                    const QString& now, QString* error);

} // namespace paperboy::store::userrows
