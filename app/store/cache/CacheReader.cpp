#include "store/cache/CacheReader.h"

#include "store/cache/DayListQuery.h"
#include "store/cache/FetchLog.h"
#include "store/cache/MergedPapers.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/db/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace paperboy::store {
namespace {

// Reader methods answer "nothing" on a database error; the message still goes to the log.
void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::store::CacheReader::%s failed: %s", what, qUtf8Printable(error));
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
    PreparedQuery query(
        *m_connection,
        QStringLiteral("SELECT day, paper_count FROM days WHERE paper_count > 0 ORDER BY day"),
        &error);
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
    QString error;
    std::optional<QList<PaperListItem>> items = readDayList(*m_connection, day, &error);
    if (!items) {
        logFailure("dayList", error);
        return {};
    }
    return *std::move(items);
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

QHash<QString, QString> CacheReader::dayAuthors(QDate day) const
{
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT p.id, s.source, s.authors FROM papers p "
                                       "JOIN paper_sources s ON s.paper = p.pk "
                                       "WHERE p.pk IN (SELECT paper FROM digest_entries "
                                       "WHERE day = ?)"),
                        &error);
    if (!query || !query.exec({sql::dayText(day)}, &error)) {
        logFailure("dayAuthors", error);
        return {};
    }
    struct SourceAuthors
    {
        QString source;
        QStringList names;
    };
    QHash<QString, QList<SourceAuthors>> bySource;
    while (query->next()) {
        const QString id =
            core::ArxivId::parse(query->value(0).toString()).value_or(core::ArxivId()).id();
        bySource[id].append({query->value(1).toString(), sql::listFrom(query->value(2))});
    }
    QHash<QString, QString> authors;
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const SourceAuthors& a, const SourceAuthors& b) {
            return sql::sourceOrderLess(a.source, b.source);
        });
        QStringList names;
        for (const SourceAuthors& source : std::as_const(*it)) {
            for (const QString& name : source.names) {
                if (!names.contains(name))
                    names.append(name);
            }
        }
        authors.insert(it.key(), names.join(QStringLiteral(", ")));
    }
    return authors;
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

QHash<QString, QString> CacheReader::summaryModels(const QStringList& paperIds) const
{
    QString error;
    QJsonArray ids;
    for (const QString& id : paperIds)
        ids.append(id);
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT p.id, m.model FROM papers p JOIN summaries m "
                                       "ON m.paper = p.pk WHERE p.id IN (SELECT value FROM "
                                       "json_each(?))"),
                        &error);
    const QString idsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    if (!query || !query.exec({idsJson}, &error)) {
        logFailure("summaryModels", error);
        return {};
    }
    QHash<QString, QString> models;
    while (query->next())
        models.insert(query->value(0).toString(), query->value(1).toString());
    return models;
}

std::optional<FetchRecord> CacheReader::fetchRecord(QDate day, const QString& source) const
{
    QString error;
    auto fetch = fetchlog::load(*m_connection, day, source, &error);
    if (!error.isEmpty())
        logFailure("fetchRecord", error);
    return fetch;
}

QHash<QDate, int> CacheReader::dayCountsWithout(const QSet<QString>& paperIds) const
{
    QString error;
    // Each day's papers come from days.paper_count (a paper listed by two sources on one day
    // counts once there too), less the given papers listed that day, found through the id and
    // by-paper indexes. Neither grows with the archive beyond its days: scanning every entry
    // instead cost the calendar 100 ms of CPU and 15 MB at start with 50 000 papers.
    PreparedQuery days(*m_connection,
                       QStringLiteral("SELECT day, paper_count FROM days WHERE paper_count > 0"),
                       &error);
    if (!days || !days.exec({}, &error)) {
        logFailure("dayCountsWithout", error);
        return {};
    }
    QHash<QDate, int> counts;
    while (days->next())
        counts.insert(sql::dayFrom(days->value(0).toString()), days->value(1).toInt());
    if (paperIds.isEmpty())
        return counts;
    QJsonArray ids;
    for (const QString& id : paperIds)
        ids.append(id);
    PreparedQuery listed(*m_connection,
                         QStringLiteral("SELECT e.day, count(DISTINCT e.paper) FROM papers p "
                                        "JOIN digest_entries e ON e.paper = p.pk "
                                        "WHERE p.id IN (SELECT value FROM json_each(?)) "
                                        "GROUP BY e.day"),
                         &error);
    const QString idsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    if (!listed || !listed.exec({idsJson}, &error)) {
        logFailure("dayCountsWithout", error);
        return {};
    }
    while (listed->next()) {
        const auto day = counts.find(sql::dayFrom(listed->value(0).toString()));
        if (day != counts.end())
            day.value() -= listed->value(1).toInt();
    }
    return counts;
}

int CacheReader::paperCount() const
{
    QString error;
    const auto count = m_connection->scalar(QStringLiteral("SELECT count(*) FROM papers"), &error);
    if (!count)
        logFailure("paperCount", error);
    return count ? count->toInt() : 0;
}

qint64 CacheReader::newestPaperKey() const
{
    QString error;
    const auto key =
        m_connection->scalar(QStringLiteral("SELECT coalesce(max(pk), 0) FROM papers"), &error);
    if (!key)
        logFailure("newestPaperKey", error);
    return key ? key->toLongLong() : 0;
}

int CacheReader::papersAfterKey(qint64 key) const
{
    QString error;
    const auto count = m_connection->scalar(
        QStringLiteral("SELECT count(*) FROM papers WHERE pk > %1").arg(key), &error);
    if (!count)
        logFailure("papersAfterKey", error);
    return count ? count->toInt() : 0;
}

} // namespace paperboy::store
