#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace paperboy::store {

// What the last fetch of one (day, source) found; sync uses it for conditional requests
// and to decide what to re-check.
struct FetchRecord
{
    enum class Status { Fetched, Missing, Failed };

    QDate date;
    QString source;
    Status status = Status::Failed;
    QString etag;
    QString lastModified; // HTTP date as sent by the server
    QDateTime checkedAt;  // UTC
    QString error;        // for Failed
};

} // namespace paperboy::store

Q_DECLARE_METATYPE(paperboy::store::FetchRecord)
