#include "store/cache/MergedPapers.h"

#include "core/Digest.h"
#include "store/db/SqlValues.h"

#include <QSet>

#include <algorithm>

namespace paperboy::store {
namespace {

// The first value of `records` for which `has` is true, else `fallback`.
template <typename Get, typename Has>
auto firstWith(const QList<SourceRecord>& records, Get get, Has has) -> decltype(get(records[0]))
{
    for (const SourceRecord& record : records) {
        if (has(get(record)))
            return get(record);
    }
    return get(records.first());
}

QString mergedTitle(const QList<SourceRecord>& records)
{
    for (const SourceRecord& record : records) {
        if (record.source == core::huggingFaceSource() && !record.paper.title.isEmpty())
            return record.paper.title;
    }
    return firstWith(
        records, [](const SourceRecord& r) { return r.paper.title; },
        [](const QString& title) { return !title.isEmpty(); });
}

std::optional<int> mergedVotes(const QList<SourceRecord>& records)
{
    const SourceRecord* newest = nullptr;
    for (const SourceRecord& record : records) {
        if (record.paper.votes && (!newest || newerObservation(record, *newest)))
            newest = &record;
    }
    return newest ? newest->paper.votes : std::nullopt;
}

// The record whose author list the merged paper takes.
const SourceRecord& authorsRecord(const QList<SourceRecord>& records)
{
    for (const SourceRecord& record : records) {
        if (record.source == core::huggingFaceSource() && record.authorCount > 0)
            return record;
    }
    // The first of the longest, so that ties go by source order, not import order.
    return *std::max_element(
        records.cbegin(), records.cend(),
        [](const SourceRecord& a, const SourceRecord& b) { return a.authorCount < b.authorCount; });
}

} // namespace

core::Paper mergeSources(const QList<SourceRecord>& records)
{
    core::Paper merged;
    if (records.isEmpty())
        return merged;
    const auto text = [&records](QString core::Paper::*field) {
        return firstWith(
            records, [field](const SourceRecord& r) { return r.paper.*field; },
            [](const QString& value) { return !value.isEmpty(); });
    };
    const auto number = [&records](std::optional<int> core::Paper::*field) {
        return firstWith(
            records, [field](const SourceRecord& r) { return r.paper.*field; },
            [](const std::optional<int>& value) { return value.has_value(); });
    };
    const auto time = [&records](QDateTime core::Paper::*field) {
        return firstWith(
            records, [field](const SourceRecord& r) { return r.paper.*field; },
            [](const QDateTime& value) { return value.isValid(); });
    };
    merged.id = records.first().paper.id;
    merged.title = mergedTitle(records);
    merged.authors = authorsRecord(records).paper.authors;
    merged.votes = mergedVotes(records);
    merged.thumbnailUrl = text(&core::Paper::thumbnailUrl);
    merged.titleKo = text(&core::Paper::titleKo);
    merged.abstract = text(&core::Paper::abstract);
    merged.aiSummary = text(&core::Paper::aiSummary);
    merged.githubRepo = text(&core::Paper::githubRepo);
    merged.projectPage = text(&core::Paper::projectPage);
    merged.organization = text(&core::Paper::organization);
    merged.submittedBy = text(&core::Paper::submittedBy);
    merged.githubStars = number(&core::Paper::githubStars);
    merged.numComments = number(&core::Paper::numComments);
    merged.listedAt = time(&core::Paper::listedAt);
    merged.publishedAt = time(&core::Paper::publishedAt);
    merged.summaryModel = text(&core::Paper::summaryModel);
    merged.summarizedAt = time(&core::Paper::summarizedAt);
    merged.keywords = firstWith(
        records, [](const SourceRecord& r) { return r.paper.keywords; },
        [](const QStringList& value) { return !value.isEmpty(); });
    QSet<QString> seenMedia;
    for (const SourceRecord& record : records) {
        merged.sources.append(record.source);
        merged.sections += record.paper.sections;
        for (const QString& url : record.paper.mediaUrls) {
            if (!seenMedia.contains(url)) {
                seenMedia.insert(url);
                merged.mediaUrls.append(url);
            }
        }
    }
    return merged;
}

int mergedAuthorCount(const QList<SourceRecord>& records)
{
    return records.isEmpty() ? 0 : authorsRecord(records).authorCount;
}

bool newerObservation(const SourceRecord& a, const SourceRecord& b)
{
    if (a.observedOn != b.observedOn)
        return a.observedOn > b.observedOn; // an invalid day (never listed) is the oldest
    const bool aFromHf = a.source == core::huggingFaceSource();
    const bool bFromHf = b.source == core::huggingFaceSource();
    if (aFromHf != bFromHf)
        return aFromHf;
    return sql::sourceOrderLess(a.source, b.source);
}

QString newestVotesSql(const QString& pk)
{
    // SQLite sorts NULL (a row no digest lists) below every day, so last here.
    return QStringLiteral("(SELECT v.votes FROM paper_sources v WHERE v.paper = ") + pk +
           QStringLiteral(" AND v.votes IS NOT NULL ORDER BY (SELECT MAX(d.day) FROM "
                          "digest_entries d WHERE d.paper = v.paper AND d.source = v.source) "
                          "DESC, v.source = '") +
           core::huggingFaceSource() + QStringLiteral("' DESC, v.source LIMIT 1)");
}

QString keysFromJsonArray()
{
    return QStringLiteral("SELECT value FROM json_each(?)");
}

QString jsonArray(const QList<qint64>& keys)
{
    QStringList numbers;
    numbers.reserve(keys.size());
    for (const qint64 key : keys)
        numbers.append(QString::number(key));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace paperboy::store
