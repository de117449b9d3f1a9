#pragma once

#include "Connection.h"

#include <QList>

namespace paperboy::store {

// Rewrites the paper_fts rows of `paperKeys` from their merged papers (a paper without any
// source row left loses its row). Call inside the transaction that changed the papers, so
// that the index never disagrees with the tables.
bool refreshFullText(Connection& connection, const QList<qint64>& paperKeys, QString* error);

} // namespace paperboy::store
