// paperboy-bench foryouspeed --data-dir D [--runs 5]: the For you ranking's speed and memory
// on a cache (made by `gen`, 50,000 papers). A reader with 30 bookmarks and 10 dismissals,
// spread over the archive, in a user file of its own (the cache's folder is left as it is):
//   - retraining after a bookmark: labels, unlabelled sample and training, as the app does it,
//     and the memory it adds (peak resident set over the resident set before);
//   - the For you order of one day with the model trained: scoring and reasons alone (what a
//     day switch adds, its papers being read anyway), and with reading the day's papers;
//   - the For you view of the newest 7 days, and a month as `foryou --from --to` ranks it
//     (model loaded from its file, papers read, ranked);
//   - the day and the 7 days from scores made once per model (rank::scoreAll), as the window
//     would keep them: the day list looked up and sorted.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "rank/ForYou.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

namespace paperboy::bench {
namespace {

// A line of /proc/self/status in kilobytes ("VmRSS:", "VmHWM:").
double statusKilobytes(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

void resetPeak()
{
    // Writing 5 to clear_refs resets the peak resident set (Linux 4.0+).
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// CPU time of this thread: on a machine shared with other work the wall clock also counts
// the time other processes had the core.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

template <typename Run> double bestCpuMs(int runs, Run run)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        run();
        best = std::min(best, threadCpuMs() - start);
    }
    return best;
}

template <typename Run> double bestMs(int runs, Run run)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

bool markReader(const store::CacheReader& cache, store::UserStore& user, QString* error)
{
    const QList<store::DaySummary> days = cache.days();
    QList<store::Bookmark> bookmarks;
    QList<store::Dismissal> dismissals;
    for (qsizetype i = 0; i < days.size() && bookmarks.size() < 30; i += 29) {
        const core::Papers papers = cache.dayPapers(days.at(i).date);
        if (papers.size() < 2)
            continue;
        bookmarks.append(store::Bookmark::fromPaper(papers.at(0)));
        if (dismissals.size() < 10)
            dismissals.append(store::Dismissal::fromPaper(papers.at(1)));
    }
    return user.addBookmarks(bookmarks, error) && user.addDismissals(dismissals, error);
}

} // namespace

int forYouSpeedBench(const QStringList& args)
{
    const QString dataDir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    QTemporaryDir userDir;
    store::DataPaths paths = store::DataPaths::inDirectory(dataDir);
    paths.userFile = userDir.filePath(QStringLiteral("user.sqlite"));
    QString error;
    const auto cache = dataDir.isEmpty() ? nullptr : store::CacheReader::open(paths, &error);
    const auto user = cache ? store::UserStore::open(paths, &error) : nullptr;
    if (!user || !markReader(*cache, *user, &error) || cache->days().size() < 30) {
        QTextStream(stderr) << "usage: paperboy-bench foryouspeed --data-dir D (a gen cache) "
                            << error << '\n';
        return 2;
    }

    // Retraining: everything after a label changes, the model file written.
    const double rssBefore = statusKilobytes("VmRSS:");
    resetPeak();
    std::optional<rank::Model> model;
    rank::Labels labels;
    const double trainMs = bestMs(runs, [&] {
        QFile::remove(rank::modelFile(paths));
        labels = rank::readLabels(*user, cache.get());
        model = rank::currentModel(paths, labels, cache.get(), nullptr, &error);
    });
    const double peakMb = (statusKilobytes("VmHWM:") - rssBefore) / 1024.0;
    if (!model) {
        QTextStream(stderr) << "foryouspeed: training failed: " << error << '\n';
        return 1;
    }
    printMetric("foryou_features", model->featureCount(), "features");
    // Where retraining's time goes: reading the papers, and learning from them.
    rank::TrainingSet set;
    printMetric("foryou_retrain_read_ms",
                bestMs(1,
                       [&] {
                           set.positives = labels.bookmarked;
                           set.negatives = labels.dismissed;
                           set.unlabelled = rank::unlabelledSample(*cache, labels.bookmarkedIds +
                                                                               labels.dismissedIds);
                       }),
                "ms");
    printMetric("foryou_retrain_fit_ms",
                bestMs(runs, [&] { rank::Model::train(set, {}, nullptr, nullptr); }), "ms");
    printMetric("foryou_retrain_fit_cpu_ms",
                bestCpuMs(runs, [&] { rank::Model::train(set, {}, nullptr, nullptr); }), "ms");
    // The combined model against the single SVM it adds to.
    rank::TrainOptions svm;
    svm.classifier = rank::Classifier::LinearSvm;
    printMetric("foryou_retrain_fit_svm_only_cpu_ms",
                bestCpuMs(runs, [&] { rank::Model::train(set, svm, nullptr, nullptr); }), "ms");
    printMetric("foryou_retrain_ms", trainMs, "ms");
    printMetric("foryou_retrain_cpu_ms",
                bestCpuMs(runs,
                          [&] {
                              QFile::remove(rank::modelFile(paths));
                              rank::currentModel(paths, labels, cache.get(), nullptr, &error);
                          }),
                "ms");
    printMetric("foryou_retrain_extra_mb", peakMb, "MB");

    const QDate newest = cache->days().last().date;
    core::Papers dayPapers = cache->dayPapers(newest);
    rank::PaperTexts day;
    for (const core::Paper& paper : dayPapers)
        day.append(rank::PaperText::fromPaper(paper));
    printMetric("foryou_day_papers", double(day.size()), "papers");
    printMetric("foryou_day_order_ms",
                bestMs(runs * 20, [&] { rank::orderForYou(day, &*model, labels); }), "ms");
    printMetric("foryou_day_order_cpu_ms",
                bestCpuMs(runs * 20, [&] { rank::orderForYou(day, &*model, labels); }), "ms");
    printMetric("foryou_day_score_only_ms",
                bestMs(runs * 20,
                       [&] {
                           for (const rank::PaperText& paper : day)
                               model->score(paper);
                       }),
                "ms");
    printMetric("foryou_day_read_and_order_ms",
                bestMs(runs * 20,
                       [&] {
                           rank::orderForYou(rank::papersBetween(*cache, newest, newest), &*model,
                                             labels);
                       }),
                "ms");
    const QDate weekStart = cache->days().at(cache->days().size() - 7).date;
    printMetric("foryou_7days_ms",
                bestMs(runs,
                       [&] {
                           rank::orderForYou(rank::papersBetween(*cache, weekStart, newest),
                                             &*model, labels);
                       }),
                "ms");
    const rank::PaperTexts week = rank::papersBetween(*cache, weekStart, newest);
    printMetric("foryou_7days_order_ms",
                bestMs(runs, [&] { rank::orderForYou(week, &*model, labels); }), "ms");
    // As the window would do it: scores made once per model in the background, then a day
    // switch (whose day list is read anyway) and the 7-day view only look them up and sort.
    std::optional<rank::ScoreTable> table;
    printMetric("foryou_7days_precompute_ms",
                bestMs(runs, [&] { table = rank::scoreAll(week, *model, nullptr); }), "ms");
    const QList<store::PaperListItem> items = cache->dayList(newest);
    printMetric("foryou_day_order_cached_ms",
                bestMs(runs * 20, [&] { rank::orderListed(items, newest, *table, labels); }), "ms");
    const QList<store::DaySummary> allDays = cache->days();
    const auto sevenDays = [&] {
        QList<rank::RankedPaper> all;
        for (qsizetype d = allDays.size() - 7; d < allDays.size(); ++d) {
            const QDate date = allDays.at(d).date;
            all += rank::orderListed(cache->dayList(date), date, *table, labels).papers;
        }
        std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return a.dismissed != b.dismissed ? b.dismissed : a.score > b.score;
        });
    };
    printMetric("foryou_7days_cached_ms", bestMs(runs, sevenDays), "ms");
    printMetric("foryou_7days_cached_cpu_ms", bestCpuMs(runs, sevenDays), "ms");
    const QDate monthStart = newest.addMonths(-1).addDays(1);
    const auto month = [&] {
        QString loadError;
        const rank::Labels current = rank::readLabels(*user, cache.get());
        const auto loaded = rank::currentModel(paths, current, cache.get(), nullptr, &loadError);
        rank::orderForYou(rank::papersBetween(*cache, monthStart, newest),
                          loaded ? &*loaded : nullptr, current);
    };
    printMetric("foryou_month_ms", bestMs(runs, month), "ms");
    printMetric("foryou_month_cpu_ms", bestCpuMs(runs, month), "ms");
    // Where the month's time goes: the model file, the papers, the scoring.
    printMetric("foryou_month_load_model_ms",
                bestMs(runs, [&] { rank::Model::load(rank::modelFile(paths), nullptr, nullptr); }),
                "ms");
    rank::PaperTexts monthPapers;
    printMetric(
        "foryou_month_read_ms",
        bestMs(runs, [&] { monthPapers = rank::papersBetween(*cache, monthStart, newest); }), "ms");
    printMetric("foryou_month_papers", double(monthPapers.size()), "papers");
    printMetric("foryou_month_order_cpu_ms",
                bestCpuMs(runs, [&] { rank::orderForYou(monthPapers, &*model, labels); }), "ms");
    return 0;
}

} // namespace paperboy::bench
