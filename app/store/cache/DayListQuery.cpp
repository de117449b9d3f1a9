#include "store/cache/DayListQuery.h"

#include "core/ArxivId.h"
#include "core/MediaKind.h"
#include "store/cache/MergedPapers.h"
#include "store/db/NativeStatement.h"
#include "store/db/SqlValues.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace paperboy::store {

const char* const dayListSql =
    "SELECT 0, e.paper, e.source, e.pos, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
    "FROM digest_entries e WHERE e.day = ?1 "
    "UNION ALL "
    "SELECT 1, s.paper, s.source, 0, p.id, s.title, s.authors_head, "
    "s.author_count, s.votes, s.thumbnail, s.media_image, "
    // The day the votes were observed on (MergedPapers.h): one search of the paper's index.
    "(SELECT MAX(d.day) FROM digest_entries d WHERE d.paper = s.paper AND d.source = s.source) "
    "FROM paper_sources s JOIN papers p ON p.pk = s.paper "
    "WHERE s.paper IN (SELECT paper FROM digest_entries WHERE day = ?1) "
    "UNION ALL "
    // The Korean titles: the reserved section rows at ord -1 (MergedPapers.h), a primary key
    // search per paper.
    "SELECT 2, t.paper, t.source, 0, NULL, t.markdown, NULL, NULL, NULL, NULL, NULL, NULL "
    "FROM sections t WHERE t.paper IN (SELECT paper FROM digest_entries WHERE day = ?1) "
    "AND t.ord = -1 AND t.name = 'title_ko'";

namespace {

// The few names of authors_head, written by sql::jsonList as ["A","B"]. Names without a
// backslash are read here directly from SQLite's UTF-8, which is most of what a day switch
// parses; anything else (escapes, other spacing) goes through the JSON parser.
QStringList authorsHead(QByteArrayView text)
{
    const qsizetype size = text.size();
    const auto parsed = [text] { return sql::listFrom(QString::fromUtf8(text)); };
    if (size < 2 || text.front() != '[' || text.back() != ']' || text.contains('\\'))
        return parsed();
    QStringList names;
    qsizetype at = 1;
    while (at < size - 1) {
        if (text.at(at) != '"')
            return parsed();
        const qsizetype close = text.indexOf('"', at + 1);
        if (close < 0 || close >= size - 1)
            return parsed();
        names.append(QString::fromUtf8(text.sliced(at + 1, close - at - 1)));
        at = close + 1;
        if (at < size - 1) {
            if (text.at(at) != ',')
                return parsed();
            ++at;
            if (at == size - 1)
                return parsed(); // a trailing comma
        }
    }
    return names;
}

struct Entry
{
    qint64 paper;
    QString source;
    int pos;
};

} // namespace

std::optional<QList<PaperListItem>> readDayList(Connection& connection, QDate day, QString* error)
{
    NativeStatement query(connection, dayListSql, error);
    if (!query || !query.bindText(1, sql::dayText(day), error))
        return std::nullopt;
    QList<Entry> entries;
    QHash<qint64, QList<SourceRecord>> records;
    QHash<qint64, QString> ids;
    QHash<qint64, QList<QPair<QString, QString>>> koreanTitles; // (source, title) per paper
    while (query.next(error)) {
        const qint64 key = query.integer(1);
        if (query.integer(0) == 0) {
            entries.append({key, query.text(2), int(query.integer(3))});
            continue;
        }
        if (query.integer(0) == 2) {
            koreanTitles[key].append({query.text(2), query.text(5)});
            continue;
        }
        SourceRecord record;
        record.source = query.text(2);
        record.observedOn = QDate::fromString(query.text(11), Qt::ISODate);
        record.paper.title = query.text(5);
        record.paper.authors = authorsHead(query.utf8(6));
        record.authorCount = int(query.integer(7));
        record.paper.votes = query.optionalInt(8);
        record.paper.thumbnailUrl = sql::thumbnailFrom(query.text(9), query.text(4));
        if (const QString mediaImage = query.text(10); !mediaImage.isEmpty())
            record.paper.mediaUrls.append(mediaImage);
        records[key].append(std::move(record));
        if (!ids.contains(key))
            ids.insert(key, query.text(4));
    }
    if (query.failed())
        return std::nullopt;
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
        // As mergeSources() picks it: the first source in source order that has one.
        QList<QPair<QString, QString>> titles = koreanTitles.value(entry.paper);
        std::sort(titles.begin(), titles.end(), [](const auto& a, const auto& b) {
            return sql::sourceOrderLess(a.first, b.first);
        });
        items.append({id, merged.title, titles.isEmpty() ? QString() : titles.first().second,
                      merged.authors, mergedAuthorCount(paperRecords), merged.votes,
                      int(items.size()),
                      // As the thumbnail policy chooses: a named thumbnail, else a media image.
                      merged.thumbnailUrl.isEmpty() ? core::firstImageUrl(merged.mediaUrls)
                                                    : merged.thumbnailUrl});
    }
    return items;
}

} // namespace paperboy::store
