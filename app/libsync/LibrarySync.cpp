#include "libsync/LibrarySync.h"

#include "libsync/FolderLog.h"
#include "libsync/NoteVersions.h"
#include "libsync/Record.h"
#include "libsync/Tables.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace paperboy::libsync {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::libsync", text);
}

const QString deviceIdState = QStringLiteral("device_id");
const QString deviceNameState = QStringLiteral("device_name");
const QString folderState = QStringLiteral("folder");
const QString clockState = QStringLiteral("clock");
const QString ownSizeState = QStringLiteral("own_size");

// The messages of the member functions below, here so that lupdate files them under the
// context they are translated with.
QString noDeviceIdMessage()
{
    return tr("the user file holds no valid device id");
}

QString notAFolderMessage(const QString& folder)
{
    return tr("%1 is not a folder").arg(folder);
}

} // namespace

int SyncReport::receivedTotal() const
{
    int total = 0;
    for (const int count : received)
        total += count;
    return total;
}

std::unique_ptr<LibrarySync> LibrarySync::open(const store::DataPaths& paths, QString* error,
                                               HybridClock::WallClock wall)
{
    if (!paths.ensureDirectories(error))
        return nullptr;
    auto connection = store::openDatabase(paths.userFile, store::SchemaSpec::user(), false, error);
    if (!connection)
        return nullptr;
    if (!wall)
        wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
    std::unique_ptr<LibrarySync> sync(new LibrarySync(std::move(connection), std::move(wall)));
    if (!sync->loadState(error))
        return nullptr;
    return sync;
}

LibrarySync::LibrarySync(std::unique_ptr<store::Connection> connection, HybridClock::WallClock wall)
    : m_connection(std::move(connection)), m_wall(std::move(wall))
{}

LibrarySync::~LibrarySync() = default;

bool LibrarySync::loadState(QString* error)
{
    // The id is made once, on first use; two processes starting together agree on the first.
    if (!m_connection->exec(QStringLiteral("INSERT OR IGNORE INTO libsync_state VALUES "
                                           "('device_id', '%1')")
                                .arg(newDeviceId()),
                            error))
        return false;
    m_deviceId = state(deviceIdState);
    if (!isDeviceId(m_deviceId)) {
        if (error)
            *error = noDeviceIdMessage();
        return false;
    }
    m_clock = std::make_unique<HybridClock>(m_deviceId, m_wall);
    if (const auto last = Hlc::parse(state(clockState)))
        m_clock->restore(*last);
    return true;
}

QString LibrarySync::state(const QString& name) const
{
    QString error;
    store::PreparedQuery query(
        *m_connection, QStringLiteral("SELECT value FROM libsync_state WHERE name = ?"), &error);
    if (!query || !query.exec({name}, &error) || !query->next())
        return {};
    return query->value(0).toString();
}

bool LibrarySync::setState(const QString& name, const QString& value, QString* error)
{
    store::PreparedQuery query(
        *m_connection, QStringLiteral("INSERT OR REPLACE INTO libsync_state VALUES (?, ?)"), error);
    return query && query.exec({name, value}, error);
}

QString LibrarySync::folder() const
{
    return state(folderState);
}

QString LibrarySync::deviceName() const
{
    const QString name = state(deviceNameState);
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

bool LibrarySync::setDeviceName(const QString& name, QString* error)
{
    return setState(deviceNameState, name.simplified().left(100), error);
}

int LibrarySync::pendingChanges() const
{
    QString error;
    const auto count =
        m_connection->scalar(QStringLiteral("SELECT count(*) FROM libsync_outbox"), &error);
    return count ? count->toInt() : 0;
}

bool LibrarySync::queueEverything(QString* error)
{
    for (const TableSpec& spec : tableSpecs()) {
        if (!m_connection->exec(QStringLiteral("INSERT OR IGNORE INTO libsync_outbox SELECT "
                                               "'%1', %2 FROM %3")
                                    .arg(spec.kind, spec.keyColumn, spec.table),
                                error))
            return false;
    }
    return true;
}

bool LibrarySync::setFolder(const QString& chosen, QString* error)
{
    QString absolute;
    if (!chosen.isEmpty()) {
        const QFileInfo info(chosen);
        if (!info.isDir()) {
            if (error)
                *error = notAFolderMessage(chosen);
            return false;
        }
        absolute = QDir::cleanPath(info.absoluteFilePath());
    }
    store::Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    if (absolute == folder())
        return true;
    // Another folder is another set of logs: read them from the start, and tell it everything.
    if (!m_connection->exec(QStringLiteral("DELETE FROM libsync_files"), error) ||
        !setState(ownSizeState, QStringLiteral("0"), error) || !queueEverything(error))
        return false;
    if (absolute.isEmpty()) {
        if (!m_connection->exec(QStringLiteral("DELETE FROM libsync_state WHERE name = 'folder'"),
                                error))
            return false;
    } else if (!setState(folderState, absolute, error)) {
        return false;
    }
    return transaction.commit(error);
}

// Inside the caller's transaction: one record per queued key, the key's state now.
bool LibrarySync::publish(FolderLog& log, SyncReport& report, QString* error)
{
    // Our log shorter than we wrote it (deleted, or replaced by an old or half copy): begin it
    // again and tell it everything, rather than append to what may end in a zero-filled tail.
    if (log.ownSize() < state(ownSizeState).toLongLong() &&
        (!log.replaceOwn({}, error) || !queueEverything(error)))
        return false;
    store::PreparedQuery queued(
        *m_connection, QStringLiteral("SELECT kind, key FROM libsync_outbox ORDER BY kind, key"),
        error);
    if (!queued || !queued.exec({}, error))
        return false;
    QList<std::pair<QString, QString>> keys;
    while (queued->next())
        keys.append({queued->value(0).toString(), queued->value(1).toString()});
    queued->finish();
    if (keys.isEmpty())
        return true;
    // The saved clock rolls back with a transaction that failed after its lines were written;
    // the log keeps them, and no stamp of ours may be made twice.
    for (const QByteArray& line : wholeLinesFrom(log.ownTail(), 0).lines) {
        if (const auto record = Record::fromLine(line);
            record && record->clock.device == m_deviceId)
            m_clock->receive(record->clock);
    }
    QByteArray lines;
    const QString name = deviceName();
    for (const auto& [kind, key] : keys) {
        const TableSpec* spec = tableSpec(kind);
        if (!spec)
            continue;
        Record record{kind, key, m_clock->now(), name, {}, {}};
        QString readError;
        record.row = readRow(*m_connection, *spec, key, &readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return false;
        }
        // A question travels only as an addition, under the key every machine gives it.
        if (kind == QLatin1String("question")) {
            if (!record.row)
                continue;
            record.key = questionKey(*record.row);
        }
        if (kind == QLatin1String("note")) {
            const auto current = currentNoteVersions(*m_connection, key, error);
            if (!current)
                return false;
            for (const NoteVersion& version : *current)
                record.bases.append(version.clock);
            store::PreparedQuery keep(
                *m_connection,
                QStringLiteral("INSERT OR IGNORE INTO libsync_notes VALUES (?, ?, ?, ?, ?, ?)"),
                error);
            const QJsonObject row = record.row.value_or(QJsonObject());
            if (!keep ||
                !keep.exec(
                    {key, record.clock.text(), name,
                     row.value(QStringLiteral("markdown")).toString(QStringLiteral("")),
                     row.value(QStringLiteral("updated_at")).toString(QStringLiteral("")),
                     QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.bases))
                                           .toJson(QJsonDocument::Compact))},
                    error))
                return false;
        }
        store::PreparedQuery field(
            *m_connection, QStringLiteral("INSERT OR REPLACE INTO libsync_fields VALUES (?, ?, ?)"),
            error);
        if (!field || !field.exec({kind, record.key, record.clock.text()}, error))
            return false;
        lines.append(record.toLine());
        ++report.published;
    }
    // The log first, fsynced; only then are the keys taken out of the outbox. A crash between
    // the two writes the same states again later, which a merge takes as the no-op it is.
    if (!log.append(lines, error) ||
        !setState(ownSizeState, QString::number(log.ownSize()), error) ||
        !setState(clockState, m_clock->last().text(), error) ||
        !m_connection->exec(QStringLiteral("DELETE FROM libsync_outbox"), error))
        return false;
    return true;
}

std::optional<SyncReport> LibrarySync::flush(QString* error)
{
    SyncReport report;
    report.folder = folder();
    report.at = QDateTime::currentDateTimeUtc();
    FolderLog log(report.folder, m_deviceId);
    report.folderReachable = log.isReachable();
    if (!report.folderReachable)
        return report;
    store::Transaction transaction(*m_connection);
    if (!transaction.begin(error) || !publish(log, report, error) || !transaction.commit(error))
        return std::nullopt;
    return report;
}

} // namespace paperboy::libsync
