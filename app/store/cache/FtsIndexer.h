#pragma once

#include "store/db/Connection.h"

#include <QList>

namespace paperboy::store {

// paper_fts is an external-content index over the view paper_fts_text (005_*.sql): it holds no
// copy of the text, so FTS5 cannot know what a row was indexed with. A change to papers is
// therefore written in three steps, in one transaction:
//   1. unindexFullText() with the keys of every paper about to change, before any change: it
//      removes their rows with the exact values they were indexed with (the view's, unchanged
//      since the last commit);
//   2. the changes to papers, paper_sources and sections;
//   3. indexFullText() with the same keys, once, after the other writes: it adds the rows
//      again from the view (a paper no source describes any more is not in the view).
// Each key must be unindexed at most once per transaction. Giving other values than the
// indexed ones would corrupt the index ('integrity-check' finds it).
bool unindexFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error);
bool indexFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error);

} // namespace paperboy::store
