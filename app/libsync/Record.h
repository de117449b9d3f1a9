#pragma once

#include "libsync/Hlc.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace paperboy::libsync {

// One change of user data as a line of a device's log (docs/library-sync.md): the state of one
// (kind, key) after the change, stamped with the clock. `row` holds the columns of the user
// file's row for that key (Tables.h), or is absent when the row is gone (bookmark removed,
// marked unread, ...). A note also names the versions it replaced (`bases`), so that edits made
// on two machines before they met are both kept.
struct Record
{
    QString kind; // bookmark, read, note, dismiss, watch, highlight, reading, question
    QString key;  // normalised arXiv id, a watch's name, a highlight's uid, or questionKey()
    Hlc clock;
    QString deviceName; // shown above a note text kept from this device
    std::optional<QJsonObject> row;
    QStringList bases; // notes only: Hlc::text() of the versions this edit replaced

    QByteArray toLine() const; // one line of JSON, ending in '\n'
    // nullopt for a line that is not a record of a kind we know (it is skipped, not fatal).
    static std::optional<Record> fromLine(const QByteArray& line);
};

} // namespace paperboy::libsync
