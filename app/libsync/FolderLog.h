#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace paperboy::libsync {

// The shared folder as this device sees it: its own append-only log `<device id>.jsonl`, which
// only this device writes, and the logs of the others (conflict copies included), which it
// only reads. Never a SQLite file: a sync engine copies whole files and cannot merge those.
class FolderLog final
{
public:
    FolderLog(QString folder, QString deviceId);

    // An existing folder; a missing one (an unmounted share, a USB stick away) is not an error
    // to the caller, only a reason to keep changes waiting in the outbox.
    bool isReachable() const;
    QString ownFile() const;
    qint64 ownSize() const; // -1 when the file is not there
    // The last whole lines of our log (its last 64 KiB), to find the newest stamp written.
    QByteArray ownTail() const;
    // Appends whole lines and fsyncs. A line cut by an earlier crash is closed first, so a new
    // record never continues a broken one.
    bool append(const QByteArray& lines, QString* error);
    // Replaces the own log (compaction): a temporary file, fsynced, renamed over it.
    bool replaceOwn(const QByteArray& content, QString* error);
    // Every *.jsonl but our own, by name: other devices' logs and conflict copies of them
    // (name.sync-conflict-….jsonl, name (conflicted copy ….).jsonl).
    QStringList otherFiles() const;

private:
    QString m_folder;
    QString m_deviceId;
};

// The complete lines of `data` from `offset` on: a line counts once its '\n' is there, and
// reading stops at the first NUL byte, where a file being delivered has not been filled yet.
struct WholeLines
{
    QList<QByteArray> lines;
    qint64 end = 0; // the offset after the last whole line: where to come back to
};
WholeLines wholeLinesFrom(const QByteArray& data, qint64 offset);

} // namespace paperboy::libsync
