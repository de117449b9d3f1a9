// loadMergedPapers(): reads the source records of a set of papers in three statements and
// merges them (the rules are in MergedPapers.cpp).
#include "store/cache/MergedPapers.h"

#include "store/db/SqlValues.h"

namespace paperboy::store {
namespace {

using RecordsByPaper = QHash<qint64, QList<SourceRecord>>;

SourceRecord recordFrom(const QSqlQuery& row)
{
    SourceRecord record;
    core::Paper& paper = record.paper;
    paper.id = core::ArxivId::parse(row.value(1).toString()).value_or(core::ArxivId());
    record.source = row.value(2).toString();
    paper.title = row.value(3).toString();
    paper.authors = sql::listFrom(row.value(4));
    record.authorCount = row.value(5).toInt();
    paper.votes = sql::intFrom(row.value(6));
    paper.thumbnailUrl = sql::thumbnailFrom(row.value(7).toString(), row.value(1).toString());
    paper.mediaUrls = sql::listFrom(row.value(8));
    paper.abstract = row.value(9).toString();
    paper.aiSummary = row.value(10).toString();
    paper.keywords = sql::listFrom(row.value(11));
    paper.githubRepo = row.value(12).toString();
    paper.githubStars = sql::intFrom(row.value(13));
    paper.projectPage = row.value(14).toString();
    paper.organization = row.value(15).toString();
    paper.numComments = sql::intFrom(row.value(16));
    paper.submittedBy = row.value(17).toString();
    paper.listedAt = sql::timeFrom(row.value(18));
    paper.publishedAt = sql::timeFrom(row.value(19));
    record.observedOn = sql::dayFrom(row.value(20));
    paper.summaryModel = row.value(21).toString();
    paper.summarizedAt = sql::timeFrom(row.value(22));
    return record;
}

bool readRecords(Connection& connection, const QString& paperKeys, const QVariantList& values,
                 RecordsByPaper* records, QString* error)
{
    PreparedQuery query(
        connection,
        QStringLiteral("SELECT s.paper, p.id, s.source, s.title, s.authors, s.author_count, "
                       "s.votes, s.thumbnail, s.media, paperboy_text(s.abstract), "
                       "paperboy_text(s.ai_summary), s.keywords, "
                       "s.github, s.stars, s.project, s.organization, s.comments, s.submitter, "
                       "s.listed_at, s.published_at, "
                       "(SELECT MAX(d.day) FROM digest_entries d "
                       "WHERE d.paper = s.paper AND d.source = s.source), "
                       "m.model, m.summarized_at "
                       "FROM paper_sources s JOIN papers p ON p.pk = s.paper "
                       "LEFT JOIN summaries m ON m.paper = s.paper AND m.source = s.source "
                       "WHERE s.paper IN (") +
            paperKeys + QStringLiteral(") ORDER BY s.paper, ") +
            sql::sourceRank(QStringLiteral("s.source")) + QStringLiteral(", s.source"),
        error);
    if (!query || !query.exec(values, error))
        return false;
    while (query->next())
        (*records)[query->value(0).toLongLong()].append(recordFrom(*query));
    return true;
}

bool readSections(Connection& connection, const QString& paperKeys, const QVariantList& values,
                  RecordsByPaper* records, QString* error)
{
    PreparedQuery query(connection,
                        QStringLiteral("SELECT paper, source, name, paperboy_text(markdown), ord "
                                       "FROM sections "
                                       "WHERE paper IN (") +
                            paperKeys + QStringLiteral(") ORDER BY paper, source, ord"),
                        error);
    if (!query || !query.exec(values, error))
        return false;
    while (query->next()) {
        QList<SourceRecord>& paperRecords = (*records)[query->value(0).toLongLong()];
        const QString source = query->value(1).toString();
        const QString name = query->value(2).toString();
        const QString markdown = query->value(3).toString();
        const bool koreanTitle =
            query->value(4).toInt() == koreanTitleOrd && name == koreanTitleSection();
        for (SourceRecord& record : paperRecords) {
            if (record.source != source)
                continue;
            if (koreanTitle)
                record.paper.titleKo = markdown;
            else
                record.paper.sections.append(core::Section{name, markdown, source});
        }
    }
    return true;
}

bool readFirstDays(Connection& connection, const QString& paperKeys, const QVariantList& values,
                   QHash<qint64, QDate>* days, QString* error)
{
    PreparedQuery query(connection,
                        QStringLiteral("SELECT paper, MIN(day) FROM digest_entries "
                                       "WHERE paper IN (") +
                            paperKeys + QStringLiteral(") GROUP BY paper"),
                        error);
    if (!query || !query.exec(values, error))
        return false;
    while (query->next())
        days->insert(query->value(0).toLongLong(), sql::dayFrom(query->value(1)));
    return true;
}

} // namespace

std::optional<QHash<qint64, core::Paper>> loadMergedPapers(Connection& connection,
                                                           const QString& paperKeys,
                                                           const QVariantList& values,
                                                           QString* error)
{
    RecordsByPaper records;
    QHash<qint64, QDate> firstDays;
    if (!readRecords(connection, paperKeys, values, &records, error) ||
        !readSections(connection, paperKeys, values, &records, error) ||
        !readFirstDays(connection, paperKeys, values, &firstDays, error))
        return std::nullopt;
    QHash<qint64, core::Paper> papers;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (it.value().isEmpty())
            continue; // sections without a source row cannot exist (foreign key)
        core::Paper paper = mergeSources(it.value());
        paper.date = firstDays.value(it.key());
        papers.insert(it.key(), std::move(paper));
    }
    return papers;
}

} // namespace paperboy::store
