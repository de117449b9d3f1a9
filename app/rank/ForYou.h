#pragma once

#include "rank/Model.h"
#include "rank/PaperText.h"
#include "store/cache/CacheReader.h"
#include "store/db/DataPaths.h"
#include "store/user/UserStore.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

// The For you ranking as the CLI and (later) the window use it. Everything here takes and
// returns values, and reads through the reader and store the caller opened on its own thread:
// gather (readLabels, unlabelledSample, papersBetween) -> train or load (currentModel) ->
// order (orderForYou). Training is cancellable between papers through an atomic flag.
namespace paperboy::rank {

// With fewer bookmarks there is too little to learn from: the order falls back to votes.
inline constexpr int minimumBookmarks = 5;
// How many unmarked papers, spread over the whole archive, stand for "not bookmarked".
inline constexpr int unlabelledSampleSize = 2000;

struct Labels
{
    PaperTexts bookmarked; // the cache's text when it has the paper, else what the mark kept
    PaperTexts dismissed;  // dismissed and not bookmarked (a bookmark wins)
    QSet<QString> bookmarkedIds;
    QSet<QString> dismissedIds;
    QString key; // names this set of labels: a saved model is current when its key is this
};

Labels readLabels(const store::UserStore& user, const store::CacheReader* cache);
// Papers of cached days spread evenly over the archive, skipping `exclude`, about `count`.
PaperTexts unlabelledSample(const store::CacheReader& cache, const QSet<QString>& exclude,
                            int count = unlabelledSampleSize);
// Every paper of the cached days from `from` to `to` (inclusive), day by day, digest order.
PaperTexts papersBetween(const store::CacheReader& cache, QDate from, QDate to);

// The model file beside the user file: user data, never only in the cache.
QString modelFile(const store::DataPaths& paths);
// The saved model when it was trained on `labels`, else a new one trained and saved (a save
// that fails is reported in `error` but the model is still returned). Nullopt when there are
// too few bookmarks, when cancelled, or when training fails.
std::optional<Model> currentModel(const store::DataPaths& paths, const Labels& labels,
                                  const store::CacheReader* cache, const std::atomic_bool* cancel,
                                  QString* error);

struct RankedPaper
{
    QString id;
    QDate date;
    QString title;
    double score = 0; // higher first; the votes when there is no model
    QStringList why;  // plain text, at most 5 terms; empty without a model
    bool dismissed = false;
};

struct ForYouList
{
    QList<RankedPaper> papers;
    bool byVotes = false;    // cold start: too few bookmarks, ordered by votes
    int bookmarksNeeded = 0; // how many more bookmarks the model needs
};

// Each paper's score and reasons by id, made once per model off the GUI thread (for the days
// the window shows), so that a day switch or the 7-day view only looks scores up and sorts:
// scoring text costs ~0.1 ms a paper, a lookup a fraction of a microsecond. Nullopt when
// `cancel` was set.
using ScoreTable = QHash<QString, Model::Scored>;
std::optional<ScoreTable> scoreAll(const PaperTexts& papers, const Model& model,
                                   const std::atomic_bool* cancel);
// orderForYou() over the day list's items (what a day switch reads anyway) and a ScoreTable.
// Papers the table does not hold yet (a sync since) come after the scored ones, by votes.
ForYouList orderListed(const QList<store::PaperListItem>& items, QDate day,
                       const ScoreTable& scores, const Labels& labels);

// Orders `candidates` for the reader: bookmarked papers left out, the rest by the model's
// score (by votes without a model), dismissed ones after all others.
ForYouList orderForYou(const PaperTexts& candidates, const Model* model, const Labels& labels);

} // namespace paperboy::rank
