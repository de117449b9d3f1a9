#include "FtsIndexer.h"

#include "FtsText.h"
#include "MergedPapers.h"

namespace paperboy::store {
namespace {

QVariantList columns(const core::Paper& paper)
{
    QStringList body;
    for (const core::Section& section : paper.sections)
        body << section.name << section.markdown;
    const QString abstract =
        QStringList{paper.abstract, paper.aiSummary, paper.keywords.join(QStringLiteral(", "))}
            .join(QLatin1Char('\n'));
    return {fts::indexText(paper.title), fts::indexText(paper.authors.join(QStringLiteral(", "))),
            fts::indexText(abstract), fts::indexText(body.join(QLatin1Char('\n')))};
}

} // namespace

bool refreshFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error)
{
    if (paperKeys.isEmpty())
        return true;
    const QString keys = jsonArray(paperKeys);
    const auto papers = loadMergedPapers(connection, keysFromJsonArray(), {keys}, error);
    if (!papers)
        return false;
    // One DELETE for all rows, then only single-row INSERTs. SQLite opens a statement
    // savepoint for each DELETE (and for other multi-row writes), and FTS5 (3.40) flushes its
    // pending terms into a new index segment on every savepoint: deleting and inserting row
    // by row wrote one segment per paper, and merging those was a quarter of an import.
    PreparedQuery remove(connection,
                         QStringLiteral("DELETE FROM paper_fts WHERE rowid IN (") +
                             keysFromJsonArray() + QLatin1Char(')'),
                         error);
    PreparedQuery insert(connection,
                         QStringLiteral("INSERT INTO paper_fts (rowid, title, authors, abstract, "
                                        "body) VALUES (?, ?, ?, ?, ?)"),
                         error);
    if (!remove || !insert || !remove.exec({keys}, error))
        return false;
    for (const qint64 key : paperKeys) {
        const auto paper = papers->constFind(key);
        if (paper != papers->constEnd() && !insert.exec(QVariantList{key} + columns(*paper), error))
            return false;
    }
    return true;
}

} // namespace paperboy::store
