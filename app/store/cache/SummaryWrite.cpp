#include "store/cache/SummaryWrite.h"

#include "core/Digest.h"
#include "store/cache/FtsIndexer.h"
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

std::optional<qint64> existingPaper(Connection& connection, const core::ArxivId& id, QString* error)
{
    PreparedQuery select(connection, QStringLiteral("SELECT pk FROM papers WHERE id = ?"), error);
    if (!select || !select.exec({id.id()}, error))
        return std::nullopt;
    if (!select->next()) {
        *error = Text::tr("%1 is not in the cache").arg(id.id());
        return std::nullopt;
    }
    return select->value(0).toLongLong();
}

bool writeSourceRow(Connection& connection, qint64 key, const core::PaperSummary& summary,
                    const QString& now, QString* error)
{
    const auto seq = connection.scalar(
        QStringLiteral("SELECT COALESCE(MAX(update_seq), 0) + 1 FROM paper_sources"), error);
    PreparedQuery upsert(
        connection,
        QStringLiteral(
            "INSERT INTO paper_sources (paper, source, title, author_count, authors_head, votes, "
            "thumbnail, update_seq, updated_at, authors, media, abstract, ai_summary, keywords, "
            "github, stars, project, organization, comments, submitter, listed_at, "
            "published_at, media_image) VALUES (?, ?, ?, 0, '[]', NULL, '', ?, ?, '[]', '[]', "
            "'', '', '[]', '', NULL, '', '', NULL, '', NULL, NULL, '') "
            "ON CONFLICT (paper, source) DO UPDATE SET title = excluded.title, "
            "update_seq = excluded.update_seq, updated_at = excluded.updated_at"),
        error);
    return seq && upsert &&
           upsert.exec(
               {key, core::summarizerSource(), sql::text(summary.title), seq->toLongLong(), now},
               error);
}

bool writeSections(Connection& connection, qint64 key, const core::Sections& sections,
                   QString* error)
{
    PreparedQuery clear(
        connection, QStringLiteral("DELETE FROM sections WHERE paper = ? AND source = ?"), error);
    PreparedQuery insert(connection,
                         QStringLiteral("INSERT INTO sections (paper, source, ord, name, "
                                        "markdown) VALUES (?, ?, ?, ?, paperboy_pack(?))"),
                         error);
    if (!clear || !insert || !clear.exec({key, core::summarizerSource()}, error))
        return false;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (!insert.exec({key, core::summarizerSource(), i, sql::text(sections.at(i).name),
                          sql::text(sections.at(i).markdown)},
                         error))
            return false;
    }
    return true;
}

bool writeSummaryRow(Connection& connection, qint64 key, const core::PaperSummary& summary,
                     QString* error)
{
    PreparedQuery upsert(
        connection,
        QStringLiteral("INSERT INTO summaries (paper, source, model, summarized_at, pdf_text, "
                       "prompt_tokens, completion_tokens) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (paper, source) DO UPDATE SET model = excluded.model, "
                       "summarized_at = excluded.summarized_at, pdf_text = excluded.pdf_text, "
                       "prompt_tokens = excluded.prompt_tokens, "
                       "completion_tokens = excluded.completion_tokens"),
        error);
    return upsert && upsert.exec({key, core::summarizerSource(), summary.model,
                                  sql::timeValue(summary.createdAt), summary.withPdfText ? 1 : 0,
                                  sql::intValue(summary.promptTokens),
                                  sql::intValue(summary.completionTokens)},
                                 error);
}

} // namespace

QString validateSummary(const core::PaperSummary& summary)
{
    if (!summary.id.isValid())
        return Text::tr("The summary has no valid arXiv id");
    if (summary.model.trimmed().isEmpty())
        return Text::tr("The summary of %1 names no model").arg(summary.id.id());
    if (summary.sections.isEmpty())
        return Text::tr("The summary of %1 has no text").arg(summary.id.id());
    if (!summary.createdAt.isValid())
        return Text::tr("The summary of %1 has no date").arg(summary.id.id());
    return {};
}

bool writeSummaryRows(Connection& connection, const core::PaperSummary& summary, QString* error)
{
    const auto key = existingPaper(connection, summary.id, error);
    if (!key)
        return false;
    // The index row goes out with the values it was indexed with, before anything changes,
    // and comes back from the view after (FtsIndexer.h).
    const QList<qint64> keys{*key};
    return unindexFullText(connection, keys, error) &&
           writeSourceRow(connection, *key, summary, sql::nowText(), error) &&
           writeSections(connection, *key, summary.sections, error) &&
           writeSummaryRow(connection, *key, summary, error) &&
           indexFullText(connection, keys, error);
}

} // namespace paperboy::store
