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
    const auto papers =
        loadMergedPapers(connection, keysFromJsonArray(), {jsonArray(paperKeys)}, error);
    if (!papers)
        return false;
    PreparedQuery remove(connection, QStringLiteral("DELETE FROM paper_fts WHERE rowid = ?"),
                         error);
    PreparedQuery insert(connection,
                         QStringLiteral("INSERT INTO paper_fts (rowid, title, authors, abstract, "
                                        "body) VALUES (?, ?, ?, ?, ?)"),
                         error);
    if (!remove || !insert)
        return false;
    for (const qint64 key : paperKeys) {
        if (!remove.exec({key}, error))
            return false;
        const auto paper = papers->constFind(key);
        if (paper != papers->constEnd() && !insert.exec(QVariantList{key} + columns(*paper), error))
            return false;
    }
    return true;
}

} // namespace paperboy::store
