#pragma once

#include "core/Paper.h"
#include "store/db/Connection.h"

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
    // The latest day on which this source lists the paper (invalid when no digest lists it,
    // e.g. the summarizer's row): the day its votes were observed on.
    QDate observedOn;
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
// source overwrites another, and the result does not depend on the order the sources were
// imported in; for each field:
//   title        non-empty one from Hugging Face, else the first non-empty
//   authors      Hugging Face's, in its order, when it has them (the digests copy them and
//                some shuffle them); else from the source with the most authors
//   votes        the newest observation (newerObservation()) among the sources that know them
//   sections     every source's, in source order, each naming its source
//   titleKo      from the first source that has one
//   media        union, first occurrence kept
//   summaryModel, summarizedAt  from the summarizer's row (only it has them)
//   anything else  from the first source that has it
// `sources` lists the record's sources; `date` is left to the caller.
core::Paper mergeSources(const QList<SourceRecord>& records);
// The number of authors of the list mergeSources() picks.
int mergedAuthorCount(const QList<SourceRecord>& records);

// Whether `a`'s votes are a newer observation than `b`'s: the later observedOn day (a day a
// source lists a paper is when its count was taken; a later day's count has had more time
// to grow); on the same day Hugging Face, where the counts come from and which the digests
// copy at some earlier moment, then source order. Never the order of import.
bool newerObservation(const SourceRecord& a, const SourceRecord& b);

// Loads and merges every paper whose pk the SQL subquery `paperKeys` selects (its `?`
// placeholders are bound from `values`), with `date` = the earliest day a digest lists it.
// Three indexed statements in all, however many papers: never one query per paper.
std::optional<QHash<qint64, core::Paper>> loadMergedPapers(Connection& connection,
                                                           const QString& paperKeys,
                                                           const QVariantList& values,
                                                           QString* error);

// The merged votes of the paper whose pk is the SQL expression `pk`, as SQL: the rule of
// newerObservation() for queries that filter or sort by votes.
QString newestVotesSql(const QString& pk);

// `paperKeys` for loadMergedPapers() that selects the pks in a JSON array bound as one value.
QString keysFromJsonArray();
QString jsonArray(const QList<qint64>& keys);

} // namespace paperboy::store
