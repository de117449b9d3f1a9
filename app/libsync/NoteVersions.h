#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace paperboy::store {
class Connection;
}

namespace paperboy::libsync {

// A note edited on two machines before they met has two current versions: neither replaced the
// other. Every note record seen is kept (libsync_notes); the current versions are the ones no
// other record names among its bases. The note is the newest of them, and under it each other
// one after a line "— from <device>, <date> —", so no text is lost. A function of the set of
// records alone, so every machine with the same records shows the same note, however they came.
struct NoteVersion
{
    QString clock;
    QString deviceName;
    QString markdown;
    QString updatedAt;
};

// The current versions of `paperId`'s note, newest first; `error` set on a failed read.
std::optional<QList<NoteVersion>> currentNoteVersions(store::Connection& connection,
                                                      const QString& paperId, QString* error);
// The notes row those versions make (nullopt: no note), and how many texts it holds.
std::optional<QJsonObject> noteRowOf(const QList<NoteVersion>& versions, int* texts);

} // namespace paperboy::libsync
