#include "store/FtsIndexer.h"

#include "store/MergedPapers.h"

namespace paperboy::store {

bool refreshFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error)
{
    if (paperKeys.isEmpty())
        return true;
    // One DELETE for all rows, then one INSERT. SQLite opens a statement savepoint for each
    // DELETE (and for other multi-row writes), and FTS5 (3.40) flushes its pending terms into
    // a new index segment on every savepoint: deleting and inserting row by row wrote one
    // segment per paper, and merging those was a quarter of an import.
    PreparedQuery remove(connection,
                         QStringLiteral("DELETE FROM paper_fts WHERE rowid IN (") +
                             keysFromJsonArray() + QLatin1Char(')'),
                         error);
    // The text comes from the view paper_fts_text (003_fts_tokenizer.sql) and never leaves
    // SQLite; a paper no source describes any more is not in the view, so it loses its row.
    PreparedQuery insert(connection,
                         QStringLiteral("INSERT INTO paper_fts (rowid, title, authors, abstract, "
                                        "body) SELECT paper, title, authors, abstract, body "
                                        "FROM paper_fts_text WHERE paper IN (") +
                             keysFromJsonArray() + QLatin1Char(')'),
                         error);
    const QString keys = jsonArray(paperKeys);
    return remove && insert && remove.exec({keys}, error) && insert.exec({keys}, error);
}

} // namespace paperboy::store
