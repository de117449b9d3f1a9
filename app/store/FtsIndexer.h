#pragma once

#include "store/Connection.h"

#include <QList>

namespace paperboy::store {

// Rewrites the paper_fts rows of `paperKeys` (each key once) from what all their sources say
// (the view paper_fts_text; a paper without any source row left loses its row). Call inside the
// transaction that changed the papers, so that the index never disagrees with the tables, and once
// per transaction, after its other writes: see the .cpp for why that matters so much to FTS5.
bool refreshFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error);

} // namespace paperboy::store
