#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace paperboy::store {

// A saved search that counts what is new (user 004_watches.sql). `seenMark` is the arrival
// time (cache paper_arrivals.arrived_at, ISO 8601 UTC with ms) of the newest paper cached when
// the reader last opened it: papers that match and arrived later are new.
struct Watch
{
    QString name;
    QString query; // as the reader wrote it; searched as plain words if it does not parse
    int position = 0;
    QDateTime createdAt; // UTC
    QString seenMark;
    QDateTime updatedAt; // UTC; name, query or order last changed (import merges by it)

    friend bool operator==(const Watch& a, const Watch& b)
    {
        return a.name == b.name && a.query == b.query && a.position == b.position &&
               a.createdAt == b.createdAt && a.seenMark == b.seenMark && a.updatedAt == b.updatedAt;
    }
};

using Watches = QList<Watch>;

// What the user file accepts as a watch's name: 1 to 200 characters after trimming, no line
// break or other control character (it is shown in one line of the navigator and in a
// status line). The query may be up to 10 000 characters. Both nullopt-free: an empty string
// says the text is acceptable, otherwise why not.
QString watchNameProblem(const QString& name);
QString watchQueryProblem(const QString& query);

} // namespace paperboy::store
