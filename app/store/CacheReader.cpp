#include "CacheReader.h"

#include "Connection.h"
#include "FetchLog.h"
#include "MergedPapers.h"
#include "Schema.h"
#include "SqlValues.h"

#include <QSet>

#include <algorithm>

namespace paperboy::store {
namespace {

// Reader methods answer "nothing" on a database error; the message still goes to the log.
void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::store::CacheReader::%s failed: %s", what, qUtf8Printable(error));
}

// The few names of authors_head, written by sql::jsonList as ["A","B"]. Names without a
// backslash are read here directly, which is most of what a day switch parses; anything else
// (escapes, other spacing) goes through the JSON parser.
QStringList authorsHead(const QVariant& value)
{
    const QString text = value.toString();
    const qsizetype size = text.size();
    if (size < 2 || text.front() != QLatin1Char('[') || text.back() != QLatin1Char(']') ||
        text.contains(QLatin1Char('\\')))
        return sql::listFrom(value);
    QStringList names;
    qsizetype at = 1;
    while (at < size - 1) {
        if (text.at(at) != QLatin1Char('"'))
            return sql::listFrom(value);
        const qsizetype close = text.indexOf(QLatin1Char('"'), at + 1);
        if (close < 0 || close >= size - 1)
            return sql::listFrom(value);
        names.append(text.mid(at + 1, close - at - 1));
        at = close + 1;
        if (at < size - 1) {
            if (text.at(at) != QLatin1Char(','))
                return sql::listFrom(value);
            ++at;
            if (at == size - 1)
                return sql::listFrom(value); // a trailing comma
        }
    }
    return names;
}

} // namespace

std::unique_ptr<CacheReader> CacheReader::open(const DataPaths& paths, QString* error)
{
    if (!paths.ensureDirectories(error))
        return nullptr;
    auto connection = openDatabase(paths.cacheFile, SchemaSpec::cache(), true, error);
    if (!connection)
        return nullptr;
    return std::unique_ptr<CacheReader>(new CacheReader(std::move(connection)));
}

CacheReader::CacheReader(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

CacheReader::~CacheReader() = default;

QList<DaySummary> CacheReader::days() const
{
    QString error;
    QList<DaySummary> days;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT day, paper_count FROM days ORDER BY day"), &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("days", error);
        return days;
    }
    while (query->next())
        days.append({sql::dayFrom(query->value(0)), query->value(1).toInt()});
    return days;
}

std::optional<QDate> CacheReader::latestDay() const
{
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT MAX(day) FROM days WHERE paper_count > 0"), &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("latestDay", error);
        return std::nullopt;
    }
    if (!query->next() || query->value(0).isNull())
        return std::nullopt;
    return sql::dayFrom(query->value(0));
}

QList<PaperListItem> CacheReader::dayList(QDate day) const
{
    // One statement, so one snapshot, with two kinds of rows: the day's digest entries (kind 0:
    // paper, source, pos), which decide the order, and once each the source rows of the papers
    // they list (kind 1), which hold what the list shows. Joining entries with source rows
    // instead would repeat every source row once per digest listing the paper and leave a sort
    // to SQLite; both halves here are index ranges.
    QString error;
    PreparedQuery query(
        *m_connection,
        QStringLiteral("SELECT 0, e.paper, e.source, e.pos, NULL, NULL, NULL, NULL, NULL, NULL "
                       "FROM digest_entries e WHERE e.day = ? "
                       "UNION ALL "
                       "SELECT 1, s.paper, s.source, s.update_seq, p.id, s.title, s.authors_head, "
                       "s.author_count, s.votes, s.thumbnail "
                       "FROM paper_sources s JOIN papers p ON p.pk = s.paper "
                       "WHERE s.paper IN (SELECT paper FROM digest_entries WHERE day = ?)"),
        &error);
    const QString dayText = sql::dayText(day);
    if (!query || !query.exec({dayText, dayText}, &error)) {
        logFailure("dayList", error);
        return {};
    }
    struct Entry
    {
        qint64 paper;
        QString source;
        int pos;
    };
    QList<Entry> entries;
    QHash<qint64, QList<SourceRecord>> records;
    QHash<qint64, QString> ids;
    while (query->next()) {
        const qint64 key = query->value(1).toLongLong();
        if (query->value(0).toInt() == 0) {
            entries.append({key, query->value(2).toString(), query->value(3).toInt()});
            continue;
        }
        SourceRecord record;
        record.source = query->value(2).toString();
        record.updateSeq = query->value(3).toLongLong();
        record.paper.title = query->value(5).toString();
        record.paper.authors = authorsHead(query->value(6));
        record.authorCount = query->value(7).toInt();
        record.paper.votes = sql::intFrom(query->value(8));
        record.paper.thumbnailUrl = query->value(9).toString();
        records[key].append(std::move(record));
        if (!ids.contains(key))
            ids.insert(key, query->value(4).toString());
    }
    // Digest order: our own digests first, Hugging Face last, then by position; a paper's
    // first entry decides its place.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.source != b.source)
            return sql::sourceOrderLess(a.source, b.source);
        return a.pos < b.pos;
    });
    QList<PaperListItem> items;
    items.reserve(records.size());
    QSet<qint64> listed;
    for (const Entry& entry : std::as_const(entries)) {
        // Skips a paper's later entries; a paper without source rows cannot exist (foreign key).
        const auto found = records.find(entry.paper);
        if (found == records.end() || listed.contains(entry.paper))
            continue;
        listed.insert(entry.paper);
        QList<SourceRecord>& paperRecords = *found;
        std::sort(paperRecords.begin(), paperRecords.end(),
                  [](const SourceRecord& a, const SourceRecord& b) {
                      return sql::sourceOrderLess(a.source, b.source);
                  });
        const core::Paper merged = mergeSources(paperRecords);
        const QString id =
            core::ArxivId::parse(ids.value(entry.paper)).value_or(core::ArxivId()).id();
        items.append({id, merged.title, merged.authors, mergedAuthorCount(paperRecords),
                      merged.votes, int(items.size()), merged.thumbnailUrl});
    }
    return items;
}

core::Papers CacheReader::dayPapers(QDate day) const
{
    QString error;
    const QVariantList values{sql::dayText(day)};
    Transaction snapshot(*m_connection, Transaction::Mode::Read); // one view for all statements
    if (!snapshot.begin(&error)) {
        logFailure("dayPapers", error);
        return {};
    }
    PreparedQuery order(*m_connection,
                        QStringLiteral("SELECT paper FROM digest_entries WHERE day = ? ORDER BY ") +
                            sql::sourceRank(QStringLiteral("source")) +
                            QStringLiteral(", source, pos"),
                        &error);
    QList<qint64> keys;
    if (!order || !order.exec(values, &error)) {
        logFailure("dayPapers", error);
        return {};
    }
    QSet<qint64> seen;
    while (order->next()) {
        const qint64 key = order->value(0).toLongLong();
        if (!seen.contains(key)) {
            seen.insert(key);
            keys.append(key);
        }
    }
    const auto papers = loadMergedPapers(
        *m_connection, QStringLiteral("SELECT paper FROM digest_entries WHERE day = ?"), values,
        &error);
    if (!papers) {
        logFailure("dayPapers", error);
        return {};
    }
    core::Papers result;
    result.reserve(keys.size());
    for (const qint64 key : std::as_const(keys)) {
        if (const auto found = papers->constFind(key); found != papers->constEnd())
            result.append(*found);
    }
    return result;
}

std::optional<core::Paper> CacheReader::paper(const QString& id) const
{
    const auto parsed = core::ArxivId::parse(id);
    if (!parsed)
        return std::nullopt;
    QString error;
    Transaction snapshot(*m_connection, Transaction::Mode::Read); // one view for all statements
    if (!snapshot.begin(&error)) {
        logFailure("paper", error);
        return std::nullopt;
    }
    const auto papers =
        loadMergedPapers(*m_connection, QStringLiteral("SELECT pk FROM papers WHERE id = ?"),
                         {parsed->id()}, &error);
    if (!papers) {
        logFailure("paper", error);
        return std::nullopt;
    }
    if (papers->isEmpty())
        return std::nullopt;
    return papers->cbegin().value();
}

std::optional<FetchRecord> CacheReader::fetchRecord(QDate day, const QString& source) const
{
    QString error;
    auto fetch = fetchlog::load(*m_connection, day, source, &error);
    if (!error.isEmpty())
        logFailure("fetchRecord", error);
    return fetch;
}

int CacheReader::paperCount() const
{
    QString error;
    const auto count = m_connection->scalar(QStringLiteral("SELECT count(*) FROM papers"), &error);
    if (!count)
        logFailure("paperCount", error);
    return count ? count->toInt() : 0;
}

} // namespace paperboy::store
