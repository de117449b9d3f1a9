#include "store/cache/FetchLog.h"

#include "store/db/SqlValues.h"

#include <QCoreApplication>

namespace paperboy::store::fetchlog {
namespace {

// The status column's words.
QString statusText(FetchRecord::Status status)
{
    switch (status) {
    case FetchRecord::Status::Fetched:
        return QStringLiteral("fetched");
    case FetchRecord::Status::Missing:
        return QStringLiteral("missing");
    case FetchRecord::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

std::optional<FetchRecord::Status> statusFrom(const QString& text)
{
    for (const auto status : {FetchRecord::Status::Fetched, FetchRecord::Status::Missing,
                              FetchRecord::Status::Failed}) {
        if (statusText(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace

QString validate(const FetchRecord& fetch)
{
    if (!fetch.date.isValid() || fetch.date.year() < 1000 || fetch.date.year() > 9999)
        return QCoreApplication::translate("paperboy::store", "The fetch record has no valid day");
    if (fetch.source.trimmed().isEmpty())
        return QCoreApplication::translate("paperboy::store", "The fetch record has no source");
    return {};
}

bool store(Connection& connection, const FetchRecord& fetch, QString* error)
{
    PreparedQuery query(connection,
                        QStringLiteral("INSERT OR REPLACE INTO fetches "
                                       "(day, source, status, etag, last_modified, checked_at, "
                                       "error) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        error);
    return query && query.exec({sql::dayText(fetch.date), fetch.source, statusText(fetch.status),
                                sql::text(fetch.etag), sql::text(fetch.lastModified),
                                sql::timeValue(fetch.checkedAt), sql::text(fetch.error)},
                               error);
}

std::optional<FetchRecord> load(Connection& connection, QDate day, const QString& source,
                                QString* error)
{
    PreparedQuery query(connection,
                        QStringLiteral("SELECT status, etag, last_modified, checked_at, error "
                                       "FROM fetches WHERE day = ? AND source = ?"),
                        error);
    if (!query || !query.exec({sql::dayText(day), source}, error) || !query->next())
        return std::nullopt;
    FetchRecord fetch;
    fetch.date = day;
    fetch.source = source;
    fetch.status = statusFrom(query->value(0).toString()).value_or(FetchRecord::Status::Failed);
    fetch.etag = query->value(1).toString();
    fetch.lastModified = query->value(2).toString();
    fetch.checkedAt = sql::timeFrom(query->value(3));
    fetch.error = query->value(4).toString();
    return fetch;
}

} // namespace paperboy::store::fetchlog
