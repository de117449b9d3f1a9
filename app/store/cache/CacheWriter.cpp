#include "store/cache/CacheWriter.h"

#include "store/cache/DigestImport.h"
#include "store/cache/FetchLog.h"
#include "store/cache/SummaryWrite.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/packed/TextDictionary.h"

namespace paperboy::store {
namespace {

// FTS5 keeps the terms of pending rows in memory and writes them out as an index segment
// when that reaches `hashsize` (1 MB by default) or the transaction ends. With the default a
// batch of imported digests became a dozen segments that then had to be merged, a large part
// of the import (docs/performance.md); up to 32 MB of RAM on the writer thread during a large
// batch is the price. The setting is stored in the index; it is tuning only, so a SQLite that
// does not know it must not stop the cache opening.
void tuneFullTextIndex(Connection& connection)
{
    constexpr int hashBytes = 32 * 1024 * 1024;
    QString ignored;
    const auto current = connection.scalar(
        QStringLiteral("SELECT v FROM paper_fts_config WHERE k = 'hashsize'"), &ignored);
    if (current && current->toInt() == hashBytes)
        return;
    connection.exec(QStringLiteral("INSERT INTO paper_fts (paper_fts, rank) VALUES "
                                   "('hashsize', %1)")
                        .arg(hashBytes),
                    &ignored);
}

} // namespace

std::unique_ptr<CacheWriter> CacheWriter::open(const DataPaths& paths, QString* error)
{
    if (!paths.ensureDirectories(error))
        return nullptr;
    auto connection = openDatabase(paths.cacheFile, SchemaSpec::cache(), false, error);
    if (!connection)
        return nullptr;
    tuneFullTextIndex(*connection);
    return std::unique_ptr<CacheWriter>(new CacheWriter(std::move(connection)));
}

CacheWriter::CacheWriter(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

CacheWriter::~CacheWriter() = default;

bool CacheWriter::writeDigest(const core::Digest& digest, QString* error,
                              const std::optional<FetchRecord>& fetch)
{
    QString message = DigestImport::validateDigest(digest);
    if (message.isEmpty() && fetch)
        message = fetchlog::validate(*fetch);
    if (message.isEmpty()) {
        // Everything or nothing: the transaction rolls back unless commit() is reached.
        Transaction transaction(*m_connection);
        DigestImport import(*m_connection);
        if (transaction.begin(&message) && import.run(digest, &message) &&
            (!fetch || fetchlog::store(*m_connection, *fetch, &message)) &&
            import.finish(&message) && transaction.commit(&message))
            return true;
    }
    if (error)
        *error = message;
    return false;
}

void CacheWriter::writeDigests(const QList<core::Digest>& digests, QStringList* errors)
{
    errors->clear();
    bool valid = true;
    for (const core::Digest& digest : digests)
        valid = valid && DigestImport::validateDigest(digest).isEmpty();
    if (valid && digests.size() > 1) {
        QString message;
        Transaction transaction(*m_connection);
        bool ok = transaction.begin(&message);
        DigestImport import(*m_connection);
        for (qsizetype i = 0; ok && i < digests.size(); ++i)
            ok = import.run(digests.at(i), &message);
        if (ok && import.finish(&message) && transaction.commit(&message)) {
            for (qsizetype i = 0; i < digests.size(); ++i)
                errors->append(QString());
            return;
        }
    } // rolled back: one digest at a time instead
    for (const core::Digest& digest : digests) {
        QString error;
        writeDigest(digest, &error);
        errors->append(error);
    }
}

bool CacheWriter::writeSummary(const core::PaperSummary& summary, QString* error)
{
    QString message = validateSummary(summary);
    if (message.isEmpty()) {
        Transaction transaction(*m_connection);
        if (transaction.begin(&message) && writeSummaryRows(*m_connection, summary, &message) &&
            transaction.commit(&message))
            return true;
    }
    if (error)
        *error = message;
    return false;
}

bool CacheWriter::clearAll(QString* error)
{
    // Entries before what they point at; the index's own command, since it keeps no text.
    static const char* const statements[] = {
        "INSERT INTO paper_fts (paper_fts) VALUES ('delete-all')",
        "DELETE FROM digest_entries",
        "DELETE FROM digests",
        "DELETE FROM days",
        "DELETE FROM sections",
        "DELETE FROM paper_sources",
        "DELETE FROM papers",
        "DELETE FROM fetches",
        "DELETE FROM text_dictionaries", // after every text that could name one
    };
    QString message;
    {
        Transaction transaction(*m_connection);
        bool ok = transaction.begin(&message);
        for (const char* statement : statements)
            ok = ok && m_connection->exec(QString::fromLatin1(statement), &message);
        if (!ok || !transaction.commit(&message)) {
            if (error)
                *error = message;
            return false;
        }
    }
    // Giving the space back is a courtesy: the cache is already empty and consistent if a
    // reader's snapshot keeps VACUUM or the checkpoint from finishing.
    QString ignored;
    m_connection->exec(QStringLiteral("VACUUM"), &ignored);
    m_connection->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &ignored);
    return true;
}

qint64 CacheWriter::usedBytes(QString* error)
{
    const auto pages = m_connection->scalar(QStringLiteral("PRAGMA page_count"), error);
    const auto free = m_connection->scalar(QStringLiteral("PRAGMA freelist_count"), error);
    const auto size = m_connection->scalar(QStringLiteral("PRAGMA page_size"), error);
    if (!pages || !free || !size)
        return -1;
    return (pages->toLongLong() - free->toLongLong()) * size->toLongLong();
}

QList<QDate> CacheWriter::pruneToSize(qint64 maxBytes, QString* error)
{
    QList<QDate> dropped;
    QString message;
    const qint64 used = usedBytes(&message);
    // Each day's share of the cache, estimated by its share of the listed papers: measuring
    // after each day would not do, since FTS5 records deletions as new index segments, so the
    // pages in use only shrink once the index is merged (below).
    QList<std::pair<QString, qint64>> days; // oldest first, with their entries
    qint64 entries = 0;
    if (used > maxBytes) {
        PreparedQuery perDay(*m_connection,
                             QStringLiteral("SELECT d.day, (SELECT count(*) FROM digest_entries e "
                                            "WHERE e.day = d.day) FROM days d ORDER BY d.day"),
                             &message);
        if (perDay && perDay.exec({}, &message)) {
            while (perDay->next()) {
                days.append({perDay->value(0).toString(), perDay->value(1).toLongLong()});
                entries += days.constLast().second;
            }
        }
    }
    qint64 freed = 0;
    for (qsizetype i = 0; i + 1 < days.size() && used - freed > maxBytes; ++i) {
        const QString& dayText = days.at(i).first;
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        QStringList sources;
        {
            PreparedQuery listed(*m_connection,
                                 QStringLiteral("SELECT source FROM digests WHERE day = ?"),
                                 &message);
            if (!listed || !listed.exec({dayText}, &message))
                break;
            while (listed->next())
                sources.append(listed->value(0).toString());
        }
        // An empty digest for each source removes the day's entries and every paper no
        // longer listed on any day, with its index rows, as a re-published digest would.
        Transaction transaction(*m_connection);
        DigestImport import(*m_connection);
        bool ok = transaction.begin(&message);
        for (const QString& source : std::as_const(sources))
            ok = ok && import.run(core::Digest{day, source, {}}, &message);
        for (const char* table : {"digests", "days", "fetches"}) {
            PreparedQuery remove(
                *m_connection,
                QStringLiteral("DELETE FROM %1 WHERE day = ?").arg(QLatin1String(table)), &message);
            ok = ok && remove && remove.exec({dayText}, &message);
        }
        if (!ok || !import.finish(&message) || !transaction.commit(&message))
            break;
        dropped.append(day);
        freed += entries > 0 ? used * days.at(i).second / entries : used;
    }
    if (!dropped.isEmpty()) {
        // Merges the index's deletion segments, so that the freed pages show as free.
        QString ignored;
        m_connection->exec(QStringLiteral("INSERT INTO paper_fts (paper_fts) VALUES ('optimize')"),
                           &ignored);
    }
    if (error)
        *error = message;
    return dropped;
}

long long CacheWriter::packTextsIfDue(QString* error)
{
    // Its own transaction: the imports before it are already safe, and a failure here only
    // leaves the texts as they are, to be tried again later.
    QString message;
    std::optional<long long> packed;
    {
        Transaction transaction(*m_connection);
        if (transaction.begin(&message))
            packed = packed::packStoredText(m_connection->nativeHandle(), &message);
        if (!packed || !transaction.commit(&message)) {
            qWarning("paperboy::store::CacheWriter: packing the cache's texts failed: %s",
                     qUtf8Printable(message));
            if (error)
                *error = message;
            return -1;
        }
    }
    // The packed rows shrank where they lay, leaving their pages half empty; this happens once,
    // when the cache holds a few megabytes, so compacting it then is quick (the real corpus:
    // 2.5 MB given back). A courtesy, like Clear Cache's: nothing depends on it.
    if (*packed > 0) {
        QString ignored;
        m_connection->exec(QStringLiteral("VACUUM"), &ignored);
    }
    return *packed;
}

bool CacheWriter::recordFetch(const FetchRecord& fetch, QString* error)
{
    QString message = fetchlog::validate(fetch);
    if (message.isEmpty() && fetchlog::store(*m_connection, fetch, &message))
        return true;
    if (error)
        *error = message;
    return false;
}

} // namespace paperboy::store
