#include "rank/ForYou.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace paperboy::rank {
namespace {

QString keyOf(QStringList bookmarked, QStringList dismissed)
{
    std::sort(bookmarked.begin(), bookmarked.end());
    std::sort(dismissed.begin(), dismissed.end());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(bookmarked.join(QLatin1Char(',')).toUtf8());
    hash.addData("|");
    hash.addData(dismissed.join(QLatin1Char(',')).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Labels readLabels(const store::UserStore& user, const store::CacheReader* cache)
{
    Labels labels;
    for (const store::Bookmark& bookmark : user.bookmarkList()) {
        const auto paper = cache ? cache->paper(bookmark.id) : std::nullopt;
        labels.bookmarked.append(paper ? PaperText::fromPaper(*paper)
                                       : PaperText::fromBookmark(bookmark));
        labels.bookmarkedIds.insert(bookmark.id);
    }
    for (const store::Dismissal& dismissal : user.dismissalList()) {
        labels.dismissedIds.insert(dismissal.id);
        if (labels.bookmarkedIds.contains(dismissal.id))
            continue;
        const auto paper = cache ? cache->paper(dismissal.id) : std::nullopt;
        labels.dismissed.append(paper ? PaperText::fromPaper(*paper)
                                      : PaperText::fromDismissal(dismissal));
    }
    labels.key = keyOf(QStringList(labels.bookmarkedIds.cbegin(), labels.bookmarkedIds.cend()),
                       QStringList(labels.dismissedIds.cbegin(), labels.dismissedIds.cend()));
    return labels;
}

PaperTexts unlabelledSample(const store::CacheReader& cache, const QSet<QString>& exclude,
                            int count)
{
    PaperTexts sample;
    const QList<store::DaySummary> days = cache.days();
    if (days.isEmpty() || count <= 0)
        return sample;
    int total = 0;
    for (const store::DaySummary& day : days)
        total += day.paperCount;
    const double perDay = std::max(1.0, double(total) / double(days.size()));
    const int wanted = std::min(int(days.size()), int(std::ceil(count / perDay)));
    // Evenly spaced days, newest first: the whole archive's vocabulary, the same every time.
    for (int i = 0; i < wanted && sample.size() < count; ++i) {
        const qsizetype at = wanted == 1
                                 ? days.size() - 1
                                 : days.size() - 1 -
                                       qsizetype(std::llround(double(i) * double(days.size() - 1) /
                                                              double(wanted - 1)));
        for (const core::Paper& paper : cache.dayPapers(days.at(at).date)) {
            if (!exclude.contains(paper.id.id()))
                sample.append(PaperText::fromPaper(paper));
        }
    }
    return sample;
}

PaperTexts papersBetween(const store::CacheReader& cache, QDate from, QDate to)
{
    PaperTexts papers;
    for (const store::DaySummary& day : cache.days()) {
        if (day.date < from || day.date > to)
            continue;
        for (const core::Paper& paper : cache.dayPapers(day.date))
            papers.append(PaperText::fromPaper(paper));
    }
    return papers;
}

QString modelFile(const store::DataPaths& paths)
{
    return QFileInfo(paths.userFile).dir().filePath(QStringLiteral("foryou-model.bin"));
}

std::optional<Model> currentModel(const store::DataPaths& paths, const Labels& labels,
                                  const store::CacheReader* cache, const std::atomic_bool* cancel,
                                  QString* error)
{
    if (labels.bookmarked.size() < minimumBookmarks)
        return std::nullopt;
    const QString file = modelFile(paths);
    QString savedKey;
    if (QFileInfo::exists(file)) {
        if (auto saved = Model::load(file, &savedKey, nullptr); saved && savedKey == labels.key)
            return saved;
    }
    TrainingSet set;
    set.positives = labels.bookmarked;
    set.negatives = labels.dismissed;
    if (cache)
        set.unlabelled = unlabelledSample(*cache, labels.bookmarkedIds + labels.dismissedIds);
    auto model = Model::train(set, TrainOptions(), cancel, error);
    if (model)
        model->save(file, labels.key, error);
    return model;
}

std::optional<ScoreTable> scoreAll(const PaperTexts& papers, const Model& model,
                                   const std::atomic_bool* cancel)
{
    ScoreTable table;
    table.reserve(papers.size());
    for (const PaperText& paper : papers) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        table.insert(paper.id, model.rank(paper));
    }
    return table;
}

ForYouList orderListed(const QList<store::PaperListItem>& items, QDate day,
                       const ScoreTable& scores, const Labels& labels)
{
    ForYouList list;
    list.bookmarksNeeded = std::max(0, minimumBookmarks - int(labels.bookmarkedIds.size()));
    QList<bool> unscored;
    for (const store::PaperListItem& item : items) {
        if (labels.bookmarkedIds.contains(item.id))
            continue;
        RankedPaper ranked;
        ranked.id = item.id;
        ranked.date = day;
        ranked.title = item.title;
        ranked.dismissed = labels.dismissedIds.contains(item.id);
        const auto found = scores.constFind(item.id);
        if (found != scores.cend()) {
            ranked.score = found->score;
            ranked.why = found->why;
        } else {
            ranked.score = item.votes.value_or(0);
        }
        unscored.append(found == scores.cend());
        list.papers.append(ranked);
    }
    // Sorted as positions, so that the scored/unscored split can be compared too.
    QList<qsizetype> order(list.papers.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const RankedPaper& x = list.papers.at(a);
        const RankedPaper& y = list.papers.at(b);
        if (x.dismissed != y.dismissed)
            return y.dismissed;
        if (unscored.at(a) != unscored.at(b))
            return unscored.at(b);
        return x.score > y.score;
    });
    QList<RankedPaper> sorted;
    sorted.reserve(order.size());
    for (const qsizetype i : order)
        sorted.append(list.papers.at(i));
    list.papers = sorted;
    return list;
}

ForYouList orderForYou(const PaperTexts& candidates, const Model* model, const Labels& labels)
{
    ForYouList list;
    list.byVotes = model == nullptr;
    list.bookmarksNeeded = std::max(0, minimumBookmarks - int(labels.bookmarkedIds.size()));
    for (const PaperText& paper : candidates) {
        if (labels.bookmarkedIds.contains(paper.id))
            continue;
        RankedPaper ranked;
        ranked.id = paper.id;
        ranked.date = paper.date;
        ranked.title = paper.title;
        ranked.dismissed = labels.dismissedIds.contains(paper.id);
        if (model) {
            Model::Scored scored = model->rank(paper);
            ranked.score = scored.score;
            ranked.why = std::move(scored.why);
        } else {
            ranked.score = paper.votes.value_or(0);
        }
        list.papers.append(ranked);
    }
    std::stable_sort(list.papers.begin(), list.papers.end(),
                     [](const RankedPaper& a, const RankedPaper& b) {
                         if (a.dismissed != b.dismissed)
                             return b.dismissed;
                         return a.score > b.score;
                     });
    return list;
}

} // namespace paperboy::rank
