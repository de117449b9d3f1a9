#include "store/cache/DigestImport.h"

#include "core/MediaKind.h"
#include "store/cache/FtsIndexer.h"
#include "store/cache/MergedPapers.h"
#include "store/db/SqlValues.h"

#include <QCoreApplication>

namespace paperboy::store {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::store)
};

} // namespace

QString DigestImport::validateDigest(const core::Digest& digest)
{
    // Days are stored as 'YYYY-MM-DD'; other years would not sort or parse back.
    if (!digest.date.isValid() || digest.date.year() < 1000 || digest.date.year() > 9999)
        return Text::tr("The digest has no valid day");
    if (digest.source.isEmpty() || digest.source.trimmed() != digest.source)
        return Text::tr("The digest has no source name (or one with surrounding spaces)");
    for (qsizetype i = 0; i < digest.papers.size(); ++i) {
        if (!digest.papers.at(i).id.isValid())
            return Text::tr("Paper %1 of the digest for %2 has no valid arXiv id")
                .arg(i + 1)
                .arg(sql::dayText(digest.date));
    }
    return {};
}

bool DigestImport::run(const core::Digest& digest, QString* error)
{
    const QString day = sql::dayText(digest.date);
    m_now = sql::nowText();
    QSet<qint64> listedBefore;
    const auto seq = m_connection.scalar(
        QStringLiteral("SELECT COALESCE(MAX(update_seq), 0) + 1 FROM paper_sources"), error);
    if (!seq || !readListed(day, digest.source, &listedBefore, error))
        return false;
    m_updateSeq = seq->toLongLong();
    PreparedQuery clear(m_connection,
                        QStringLiteral("DELETE FROM digest_entries WHERE day = ? AND source = ?"),
                        error);
    PreparedQuery entry(m_connection,
                        QStringLiteral("INSERT INTO digest_entries (day, source, pos, paper) "
                                       "VALUES (?, ?, ?, ?)"),
                        error);
    // Every paper this digest may change, known before anything changes: the full-text index
    // must lose their rows with the values they were indexed with (FtsIndexer.h).
    QList<qint64> keys;
    keys.reserve(digest.papers.size());
    for (const core::Paper& paper : digest.papers) {
        const auto key = paperKey(paper.id, error);
        if (!key)
            return false;
        keys.append(*key);
    }
    if (!unindex(keys, error) || !unindex(listedBefore.values(), error))
        return false;
    if (!clear || !entry || !clear.exec({day, digest.source}, error))
        return false;

    // A paper listed twice in one digest keeps its first place; the later copy is ignored.
    QList<qint64> touched;
    QSet<qint64> listedNow;
    for (qsizetype i = 0; i < digest.papers.size(); ++i) {
        const core::Paper& paper = digest.papers.at(i);
        const qint64 key = keys.at(i);
        if (listedNow.contains(key))
            continue;
        if (!writePaper(key, digest.source, paper, error) ||
            !writeSections(key, digest.source, paper, error))
            return false;
        listedNow.insert(key);
        touched.append(key);
    }
    if (!writeDigestRow(day, digest, int(touched.size()), error))
        return false;
    for (qsizetype pos = 0; pos < touched.size(); ++pos) {
        if (!entry.exec({day, digest.source, pos, touched.at(pos)}, error))
            return false;
    }
    for (const qint64 key : std::as_const(listedBefore)) {
        if (!listedNow.contains(key) && !pruneUnlisted(key, digest.source, error))
            return false;
    }
    PreparedQuery dayCount(
        m_connection,
        QStringLiteral("INSERT INTO days (day, paper_count) SELECT ?, COUNT(DISTINCT paper) "
                       "FROM digest_entries WHERE day = ? "
                       "ON CONFLICT (day) DO UPDATE SET paper_count = excluded.paper_count"),
        error);
    if (!dayCount || !dayCount.exec({day, day}, error))
        return false;
    return true;
}

bool DigestImport::unindex(const QList<qint64>& keys, QString* error)
{
    QList<qint64> fresh; // not unindexed yet in this transaction
    for (const qint64 key : keys) {
        if (!m_touchedSet.contains(key)) {
            m_touchedSet.insert(key);
            m_touched.append(key);
            fresh.append(key);
        }
    }
    return unindexFullText(m_connection, fresh, error);
}

bool DigestImport::finish(QString* error)
{
    const bool ok = indexFullText(m_connection, m_touched, error);
    m_touched.clear();
    m_touchedSet.clear();
    return ok;
}

bool DigestImport::readListed(const QString& day, const QString& source, QSet<qint64>* papers,
                              QString* error)
{
    PreparedQuery query(
        m_connection,
        QStringLiteral("SELECT paper FROM digest_entries WHERE day = ? AND source = ?"), error);
    if (!query || !query.exec({day, source}, error))
        return false;
    while (query->next())
        papers->insert(query->value(0).toLongLong());
    return true;
}

bool DigestImport::writeDigestRow(const QString& day, const core::Digest& digest, int paperCount,
                                  QString* error)
{
    PreparedQuery query(m_connection,
                        QStringLiteral("INSERT INTO digests (day, source, paper_count, written_at) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (day, source) DO UPDATE "
                                       "SET paper_count = excluded.paper_count, "
                                       "written_at = excluded.written_at"),
                        error);
    return query && query.exec({day, digest.source, paperCount, m_now}, error);
}

std::optional<qint64> DigestImport::paperKey(const core::ArxivId& id, QString* error)
{
    PreparedQuery insert(
        m_connection,
        QStringLiteral("INSERT INTO papers (id) VALUES (?) ON CONFLICT (id) DO NOTHING"), error);
    PreparedQuery select(m_connection, QStringLiteral("SELECT pk FROM papers WHERE id = ?"), error);
    if (!insert || !select || !insert.exec({id.id()}, error) || !select.exec({id.id()}, error))
        return std::nullopt;
    if (!select->next()) {
        *error = QCoreApplication::translate("paperboy::store", "Paper %1 vanished while writing")
                     .arg(id.id());
        return std::nullopt;
    }
    return select->value(0).toLongLong();
}

namespace {

// The upsert of one source's row. The row changes (and update_seq moves on) only when the
// source says something new, so re-importing an old digest does not make its votes the
// "latest". Long texts are stored packed (PackedText.h) and compared unpacked: a text packed
// with a newer dictionary is still the same text.
QString upsertPaperSourceSql()
{
    const QStringList columns =
        QStringLiteral("title, authors, author_count, authors_head, votes, "
                       "thumbnail, media_image, media, abstract, ai_summary, "
                       "keywords, github, stars, project, organization, comments, "
                       "submitter, listed_at, published_at")
            .split(QStringLiteral(", "));
    const auto isPacked = [](const QString& column) {
        return column == QLatin1String("abstract") || column == QLatin1String("ai_summary");
    };
    QStringList values{QStringLiteral("?"), QStringLiteral("?")}; // paper, source
    QStringList assignments;
    QStringList stored;
    QStringList excluded;
    for (const QString& column : columns) {
        const bool packed = isPacked(column);
        values.append(packed ? QStringLiteral("paperboy_pack(?)") : QStringLiteral("?"));
        assignments.append(column + QStringLiteral(" = excluded.") + column);
        if (column == QLatin1String("thumbnail")) {
            stored.append(sql::thumbnailSql(column, QStringLiteral("paper_sources.paper")));
            excluded.append(sql::thumbnailSql(QStringLiteral("excluded.thumbnail"),
                                              QStringLiteral("excluded.paper")));
            continue;
        }
        stored.append(packed ? QStringLiteral("paperboy_text(%1)").arg(column) : column);
        excluded.append(packed ? QStringLiteral("paperboy_text(excluded.%1)").arg(column)
                               : QStringLiteral("excluded.") + column);
    }
    values.append({QStringLiteral("?"), QStringLiteral("?")}); // updated_at, update_seq
    return QStringLiteral("INSERT INTO paper_sources (paper, source, ") +
           columns.join(QStringLiteral(", ")) +
           QStringLiteral(", updated_at, update_seq) VALUES (") +
           values.join(QStringLiteral(", ")) +
           QStringLiteral(") ON CONFLICT (paper, source) DO UPDATE SET ") +
           assignments.join(QStringLiteral(", ")) +
           QStringLiteral(", updated_at = excluded.updated_at, update_seq = "
                          "excluded.update_seq WHERE (") +
           stored.join(QStringLiteral(", ")) + QStringLiteral(") IS NOT (") +
           excluded.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The list's image when the source names no thumbnail (006_list_media_image.sql).
QString listMediaImage(const core::Paper& paper)
{
    return paper.thumbnailUrl.isEmpty() ? core::firstImageUrl(paper.mediaUrls) : QString();
}

} // namespace

bool DigestImport::writePaper(qint64 key, const QString& source, const core::Paper& paper,
                              QString* error)
{
    static const QString statement = upsertPaperSourceSql(); // built once, prepared once
    PreparedQuery query(m_connection, statement, error);
    return query && query.exec({key,
                                source,
                                sql::text(paper.title),
                                sql::jsonList(paper.authors),
                                int(paper.authors.size()),
                                sql::jsonList(paper.authors.mid(0, 4)),
                                sql::intValue(paper.votes),
                                sql::text(sql::storedThumbnail(paper.thumbnailUrl, paper.id.id())),
                                sql::text(listMediaImage(paper)),
                                sql::jsonList(paper.mediaUrls),
                                sql::text(paper.abstract),
                                sql::text(paper.aiSummary),
                                sql::jsonList(paper.keywords),
                                sql::text(paper.githubRepo),
                                sql::intValue(paper.githubStars),
                                sql::text(paper.projectPage),
                                sql::text(paper.organization),
                                sql::intValue(paper.numComments),
                                sql::text(paper.submittedBy),
                                sql::timeValue(paper.listedAt),
                                sql::timeValue(paper.publishedAt),
                                m_now,
                                m_updateSeq},
                               error);
}

bool DigestImport::writeSections(qint64 key, const QString& source, const core::Paper& paper,
                                 QString* error)
{
    const core::Sections& sections = paper.sections;
    PreparedQuery clear(
        m_connection, QStringLiteral("DELETE FROM sections WHERE paper = ? AND source = ?"), error);
    PreparedQuery insert(m_connection,
                         QStringLiteral("INSERT INTO sections (paper, source, ord, name, "
                                        "markdown) VALUES (?, ?, ?, ?, paperboy_pack(?))"),
                         error);
    if (!clear || !insert || !clear.exec({key, source}, error))
        return false;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (!insert.exec({key, source, i, sql::text(sections.at(i).name),
                          sql::text(sections.at(i).markdown)},
                         error))
            return false;
    }
    if (paper.titleKo.isEmpty())
        return true;
    // The Korean title stays as it is: the day list reads it (DayListQuery.cpp).
    PreparedQuery insertTitle(m_connection,
                              QStringLiteral("INSERT INTO sections (paper, source, ord, name, "
                                             "markdown) VALUES (?, ?, ?, ?, ?)"),
                              error);
    return insertTitle &&
           insertTitle.exec({key, source, koreanTitleOrd, koreanTitleSection(), paper.titleKo},
                            error);
}

bool DigestImport::pruneUnlisted(qint64 key, const QString& source, QString* error)
{
    PreparedQuery dropSource(m_connection,
                             QStringLiteral("DELETE FROM paper_sources WHERE paper = ? AND "
                                            "source = ? AND NOT EXISTS (SELECT 1 FROM "
                                            "digest_entries WHERE paper = ? AND source = ?)"),
                             error);
    PreparedQuery dropPaper(m_connection,
                            QStringLiteral("DELETE FROM papers WHERE pk = ? AND NOT EXISTS "
                                           "(SELECT 1 FROM paper_sources WHERE paper = ?)"),
                            error);
    return dropSource && dropPaper && dropSource.exec({key, source, key, source}, error) &&
           dropPaper.exec({key, key}, error);
}

} // namespace paperboy::store
