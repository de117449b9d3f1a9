#include "store/cache/FtsIndexer.h"

#include "store/cache/MergedPapers.h"

namespace paperboy::store {

// One statement each for all rows: SQLite opens a statement savepoint for every multi-row
// write, and FTS5 (3.40) flushes its pending terms into a new index segment on every
// savepoint: writing row by row made one segment per paper, and merging those was a quarter of
// an import. The text comes from the view paper_fts_text and never leaves SQLite.

bool unindexFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error)
{
    if (paperKeys.isEmpty())
        return true;
    // A paper that is not in the view (new, or without sources) has no row to remove.
    PreparedQuery remove(connection,
                         QStringLiteral("INSERT INTO paper_fts (paper_fts, rowid, title, "
                                        "authors, abstract, body) SELECT 'delete', paper, "
                                        "title, authors, abstract, body FROM paper_fts_text "
                                        "WHERE paper IN (") +
                             keysFromJsonArray() + QLatin1Char(')'),
                         error);
    return remove && remove.exec({jsonArray(paperKeys)}, error);
}

bool indexFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error)
{
    if (paperKeys.isEmpty())
        return true;
    PreparedQuery insert(connection,
                         QStringLiteral("INSERT INTO paper_fts (rowid, title, authors, abstract, "
                                        "body) SELECT paper, title, authors, abstract, body "
                                        "FROM paper_fts_text WHERE paper IN (") +
                             keysFromJsonArray() + QLatin1Char(')'),
                         error);
    return insert && insert.exec({jsonArray(paperKeys)}, error);
}

} // namespace paperboy::store
