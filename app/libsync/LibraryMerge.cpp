// LibrarySync's merge: reading the other devices' logs and applying their records, and the
// compaction of our own log.
#include "libsync/FolderLog.h"
#include "libsync/LibrarySync.h"
#include "libsync/NoteVersions.h"
#include "libsync/Record.h"
#include "libsync/Tables.h"
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace paperboy::libsync {
namespace {

QString prefixHash(const QByteArray& data, qint64 length)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(data).first(length), QCryptographicHash::Sha256)
            .toHex());
}

// A log read from where we left it: from the start again when what we read before changed
// (the device compacted it, or the sync engine replaced it).
struct LogRead
{
    QString name;
    QList<Record> records;
    qint64 end = 0;
    QString hash;
};

std::optional<LogRead> readLog(store::Connection& connection, const QString& path,
                               int* skippedLines, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LogRead{QFileInfo(path).fileName(), {}, 0, prefixHash({}, 0)}; // vanished: later
    const QByteArray data = file.readAll();
    LogRead read{QFileInfo(path).fileName(), {}, 0, {}};
    store::PreparedQuery known(
        connection, QStringLiteral("SELECT offset, prefix_hash FROM libsync_files WHERE name = ?"),
        error);
    if (!known || !known.exec({read.name}, error))
        return std::nullopt;
    qint64 start = 0;
    if (known->next()) {
        const qint64 offset = known->value(0).toLongLong();
        if (offset <= data.size() && prefixHash(data, offset) == known->value(1).toString())
            start = offset;
    }
    const WholeLines whole = wholeLinesFrom(data, start);
    for (const QByteArray& line : whole.lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto record = Record::fromLine(line))
            read.records.append(*std::move(record));
        else
            ++*skippedLines;
    }
    read.end = whole.end;
    read.hash = prefixHash(data, whole.end);
    return read;
}

bool writeFileMark(store::Connection& connection, const LogRead& read, QString* error)
{
    store::PreparedQuery mark(
        connection, QStringLiteral("INSERT OR REPLACE INTO libsync_files VALUES (?, ?, ?)"), error);
    return mark && mark.exec({read.name, read.end, read.hash}, error);
}

} // namespace

std::optional<SyncReport> LibrarySync::sync(QString* error)
{
    SyncReport report;
    report.folder = folder();
    report.at = QDateTime::currentDateTimeUtc();
    FolderLog log(report.folder, m_deviceId);
    report.folderReachable = log.isReachable();
    if (!report.folderReachable)
        return report;
    report.devices.insert(m_deviceId, deviceName());
    // The files are read before the write lock is taken, so the window's writes wait only for
    // the applying.
    QList<LogRead> reads;
    for (const QString& path : log.otherFiles()) {
        // Devices are named by their logs, so one that has written nothing new still counts.
        const QString id = QFileInfo(path).fileName().left(16);
        if (isDeviceId(id) && !report.devices.contains(id))
            report.devices.insert(id, QString());
        auto read = readLog(*m_connection, path, &report.skippedLines, error);
        if (!read)
            return std::nullopt;
        reads.append(*std::move(read));
    }
    store::Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return std::nullopt;
    // Our queued changes go out first, stamped before anything seen now: a change made here
    // never silently replaces one that arrives in the same pass without being compared.
    if (!publish(log, report, error))
        return std::nullopt;
    if (!m_connection->exec(QStringLiteral("INSERT OR IGNORE INTO libsync_muted VALUES (1)"),
                            error))
        return std::nullopt;
    for (const LogRead& read : reads) {
        for (const Record& record : read.records) {
            if (record.clock.device == m_deviceId)
                continue; // a conflict copy of our own log: nothing we do not have
            if (report.devices.value(record.clock.device).isEmpty())
                report.devices.insert(record.clock.device, record.deviceName);
            m_clock->receive(record.clock);
            if (!apply(record, report, error))
                return std::nullopt;
        }
        if (!writeFileMark(*m_connection, read, error))
            return std::nullopt;
    }
    // Names are remembered, so a device with nothing new still shows by its name.
    for (auto it = report.devices.begin(); it != report.devices.end(); ++it) {
        const QString key = QStringLiteral("device:") + it.key();
        if (it.key() == m_deviceId)
            continue;
        if (it.value().isEmpty())
            it.value() = state(key);
        else if (!setState(key, it.value(), error))
            return std::nullopt;
    }
    if (!m_connection->exec(QStringLiteral("DELETE FROM libsync_muted"), error) ||
        !setState(QStringLiteral("clock"), m_clock->last().text(), error) ||
        !transaction.commit(error))
        return std::nullopt;
    // A log of more than 1000 lines, most of them replaced, is rewritten as a snapshot.
    QString compactError;
    if (!compact(1000, &compactError))
        qWarning("paperboy::libsync: compaction failed: %s", qUtf8Printable(compactError));
    return report;
}

// One record, inside a savepoint: a record the user file refuses (hostile or damaged beyond
// what fromLine() checks) is skipped, never the end of the merge.
bool LibrarySync::apply(const Record& record, SyncReport& report, QString* error)
{
    const TableSpec* spec = tableSpec(record.kind);
    // A question is only ever sent whole, under the key its row gives (Tables.h).
    const bool isQuestion = record.kind == QLatin1String("question");
    if (!spec || !keyIsValid(*spec, record.key) ||
        (isQuestion && (!record.row || questionKey(*record.row) != record.key))) {
        ++report.skippedLines;
        return true;
    }
    if (!m_connection->exec(QStringLiteral("SAVEPOINT libsync_record"), error))
        return false;
    QString recordError;
    const bool ok = record.kind == QLatin1String("note") ? applyNote(record, report, &recordError)
                    : isQuestion ? applyQuestion(record, report, &recordError)
                                 : applyLatest(record, report, &recordError);
    if (!ok) {
        qWarning("paperboy::libsync: a record of %s was not applied: %s",
                 qUtf8Printable(record.kind), qUtf8Printable(recordError));
        ++report.skippedLines;
        return m_connection->exec(QStringLiteral("ROLLBACK TO libsync_record"), error) &&
               m_connection->exec(QStringLiteral("RELEASE libsync_record"), error);
    }
    return m_connection->exec(QStringLiteral("RELEASE libsync_record"), error);
}

bool LibrarySync::applyNote(const Record& record, SyncReport& report, QString* error)
{
    store::PreparedQuery keep(
        *m_connection,
        QStringLiteral("INSERT OR IGNORE INTO libsync_notes VALUES (?, ?, ?, ?, ?, ?)"), error);
    const QJsonObject row = record.row.value_or(QJsonObject());
    if (!keep ||
        !keep.exec({record.key, record.clock.text(), record.deviceName,
                    row.value(QStringLiteral("markdown")).toString(QStringLiteral("")),
                    row.value(QStringLiteral("updated_at")).toString(QStringLiteral("")),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.bases))
                                          .toJson(QJsonDocument::Compact))},
                   error))
        return false;
    if (keep->numRowsAffected() == 0)
        return true; // seen before
    keep->finish();
    const auto current = currentNoteVersions(*m_connection, record.key, error);
    if (!current)
        return false;
    int texts = 0;
    const auto noteRow = noteRowOf(*current, &texts);
    const TableSpec* spec = tableSpec(record.kind);
    QString readError;
    if (readRow(*m_connection, *spec, record.key, &readError) == noteRow)
        return true;
    if (!writeRow(*m_connection, *spec, record.key, noteRow, error))
        return false;
    ++report.received[record.kind];
    if (texts > 1)
        ++report.notesKeptBoth;
    return true;
}

// Last writer wins per (kind, key); a watch's seen mark keeps the latest mark of any record.
bool LibrarySync::applyLatest(const Record& record, SyncReport& report, QString* error)
{
    const TableSpec* spec = tableSpec(record.kind);
    store::PreparedQuery field(
        *m_connection,
        QStringLiteral("SELECT clock FROM libsync_fields WHERE kind = ? AND key = ?"), error);
    if (!field || !field.exec({record.kind, record.key}, error))
        return false;
    const QString held = field->next() ? field->value(0).toString() : QString();
    field->finish();
    const bool isWatch = record.kind == QLatin1String("watch");
    const auto before = readRow(*m_connection, *spec, record.key, error);
    std::optional<QJsonObject> after = before;
    if (held.isEmpty() || held < record.clock.text())
        after = record.row;
    if (isWatch && after && before && record.row) {
        const QString seen = QStringLiteral("seen_at");
        const QString latest =
            std::max({after->value(seen).toString(), before->value(seen).toString(),
                      record.row->value(seen).toString()});
        after->insert(seen, latest);
    }
    if (after != before) {
        if (!writeRow(*m_connection, *spec, record.key, after, error))
            return false;
        ++report.received[record.kind];
    }
    if (held.isEmpty() || held < record.clock.text()) {
        store::PreparedQuery mark(
            *m_connection, QStringLiteral("INSERT OR REPLACE INTO libsync_fields VALUES (?, ?, ?)"),
            error);
        return mark && mark.exec({record.kind, record.key, record.clock.text()}, error);
    }
    return true;
}

// A question and its answer never change once asked: one not here yet is added, and one here
// (by its paper, time and text, as `userdata import` matches) is left as it is.
bool LibrarySync::applyQuestion(const Record& record, SyncReport& report, QString* error)
{
    const TableSpec* spec = tableSpec(record.kind);
    const QStringList columns = spec->textColumns + QStringList{spec->integerColumn};
    QVariantList values;
    for (const QString& column : spec->textColumns)
        values.append(store::sql::text(record.row->value(column).toString()));
    values.append(record.row->value(spec->integerColumn).toInt());
    store::PreparedQuery insert(
        *m_connection,
        QStringLiteral("INSERT INTO questions (%1) VALUES (?%2) ON CONFLICT (paper_id, created_at, "
                       "question) DO NOTHING")
            .arg(columns.join(QStringLiteral(", ")),
                 QStringLiteral(", ?").repeated(columns.size() - 1)),
        error);
    if (!insert || !insert.exec(values, error))
        return false;
    if (insert->numRowsAffected() > 0)
        ++report.received[record.kind];
    return true;
}

bool LibrarySync::compact(int minimumLines, QString* error)
{
    FolderLog log(folder(), m_deviceId);
    if (!log.isReachable())
        return true;
    // A flush by another process while we rewrite would be lost by the rename: holding the
    // write lock of the user file keeps every flush of this device out until we are done.
    store::Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    QFile file(log.ownFile());
    if (!file.open(QIODevice::ReadOnly))
        return true; // nothing written yet
    const WholeLines whole = wholeLinesFrom(file.readAll(), 0);
    file.close();
    if (whole.lines.size() <= minimumLines)
        return true;
    // The newest record per key holds everything another device needs from us: an older one
    // is replaced by it under last-writer-wins, and a note's newer version names it as a base.
    std::map<std::pair<QString, QString>, Record> newest;
    for (const QByteArray& line : whole.lines) {
        auto record = Record::fromLine(line);
        if (!record || record->clock.device != m_deviceId)
            continue;
        const auto key = std::make_pair(record->kind, record->key);
        const auto found = newest.find(key);
        if (found == newest.end() || found->second.clock < record->clock)
            newest.insert_or_assign(key, *std::move(record));
    }
    if (qsizetype(newest.size()) * 2 > whole.lines.size())
        return true; // not worth a rewrite yet
    QList<const Record*> ordered;
    for (const auto& entry : newest)
        ordered.append(&entry.second);
    std::sort(ordered.begin(), ordered.end(),
              [](const Record* a, const Record* b) { return a->clock < b->clock; });
    QByteArray content;
    for (const Record* record : ordered)
        content.append(record->toLine());
    if (!log.replaceOwn(content, error) ||
        !setState(QStringLiteral("own_size"), QString::number(log.ownSize()), error))
        return false;
    return transaction.commit(error);
}

} // namespace paperboy::libsync
