#pragma once

#include "core/Paper.h"
#include "store/Connection.h"

#include <QHash>
#include <QList>
#include <QVariantList>

#include <optional>

namespace paperboy::store {

// What one source says about one paper (a paper_sources row and its sections).
struct SourceRecord
{
    QString source;
    core::Paper paper;   // this source's fields only; date and sources are not used
    int authorCount = 0; // paper.authors may hold only the first names (the list reads those)
    qint64 updateSeq = 0;
};

// A source's Korean title (the Korean briefs) is kept in its sections, as the row at ord -1
// with this name: the title then joins the full-text index with the sections (search finds
// it) without a schema change, and no section of a source can take the name, as real
// sections start at ord 0. The loader moves it to core::Paper::titleKo.
constexpr int koreanTitleOrd = -1;
inline QString koreanTitleSection()
{
    return QStringLiteral("title_ko");
}

// One paper out of its sources' records, given in source order (sql::sourceOrderLess). No
// source overwrites another; for each field:
//   title        non-empty one from Hugging Face, else the first non-empty
//   authors      from the source with the most authors
//   votes        from the source whose data changed last, among those that know the votes
//   sections     every source's, in source order, each naming its source
//   titleKo      from the first source that has one
//   media        union, first occurrence kept
//   summaryModel, summarizedAt  from the summarizer's row (only it has them)
//   anything else  from the first source that has it
// `sources` lists the record's sources; `date` is left to the caller.
core::Paper mergeSources(const QList<SourceRecord>& records);
// The largest authorCount of `records`.
int mergedAuthorCount(const QList<SourceRecord>& records);

// Loads and merges every paper whose pk the SQL subquery `paperKeys` selects (its `?`
// placeholders are bound from `values`), with `date` = the earliest day a digest lists it.
// Three indexed statements in all, however many papers: never one query per paper.
std::optional<QHash<qint64, core::Paper>> loadMergedPapers(Connection& connection,
                                                           const QString& paperKeys,
                                                           const QVariantList& values,
                                                           QString* error);

// `paperKeys` for loadMergedPapers() that selects the pks in a JSON array bound as one value.
QString keysFromJsonArray();
QString jsonArray(const QList<qint64>& keys);

} // namespace paperboy::store
