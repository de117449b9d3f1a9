#pragma once

#include "core/Summary.h"
#include "store/db/Connection.h"

namespace paperboy::store {

// Empty when `summary` can be stored; otherwise why not (no model, no section, bad id).
QString validateSummary(const core::PaperSummary& summary);

// The statements of CacheWriter::writeSummary(), to run inside its transaction: the paper's
// summarizer row, its sections and its summaries row replace what the summarizer said before,
// with the full-text index kept in step (FtsIndexer.h). No other source's row is touched. The
// paper must be in the cache already (a summary is of a cached paper); otherwise false with a
// message naming it.
bool writeSummaryRows(Connection& connection, const core::PaperSummary& summary, QString* error);

} // namespace paperboy::store
