// paperboy-bench watches --data-dir D [--runs 5] [--each]: the watches of issue 33 on a copy of a
// cache made by `gen` (D itself is not changed). 20 watches of typical queries; then, --runs times,
// a new day of 50 papers is written (copies of the latest day's papers under new ids, as a sync
// writes it) and the new counts of all 20 are taken from the previous count, as the window
// does after a sync: watches_count_p50/max_ms (target <= 50 ms). Opening each watch (its 50
// newest matches and which are new): watches_open_p50/p95_ms (target: search p95 <= 30 ms).
// For comparison, counting from scratch over every paper since the marks: watches_full_count_ms.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "search/WatchSearch.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/user/UserStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace paperboy::bench {
namespace {

double percentileOf(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The queries of `search`'s benchmark that make sense to keep (no single id).
const char* const watchQueries[] = {"model",
                                    "diffusion model",
                                    "\"sparse attention\"",
                                    "reason*",
                                    "video -robust",
                                    "efficient inference",
                                    "증류",
                                    "모델",
                                    "데이터",
                                    "확산 모델",
                                    "멀티모달",
                                    "강화학습",
                                    "에이전트 평가",
                                    "author:kim",
                                    "author:\"Jiho Park\"",
                                    "agents votes:>50",
                                    "alignment after:2025-06-01",
                                    "source:hf reward",
                                    "benchmark before:2023-03-01",
                                    "robot* -survey"};

// The latest day's papers again, under new ids on the next day: a day as a sync brings it.
QList<core::Digest> nextDay(const store::CacheReader& reader, int serial)
{
    const QDate latest = *reader.latestDay();
    core::Papers papers = reader.dayPapers(latest);
    QList<core::Digest> digests;
    QHash<QString, core::Digest> bySource;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        core::Paper paper = papers.at(i);
        // Ids of a month the generator does not use (it numbers from 2301), one month a run.
        const QString id = QStringLiteral("%1%2.%3")
                               .arg(20 + serial / 12)
                               .arg(serial % 12 + 1, 2, 10, QLatin1Char('0'))
                               .arg(90000 + int(i), 5, 10, QLatin1Char('0'));
        const auto parsed = core::ArxivId::parse(id);
        if (!parsed)
            return {};
        paper.id = *parsed;
        for (const QString& source : paper.sources) {
            core::Digest& digest = bySource[source];
            digest.date = latest.addDays(1);
            digest.source = source;
            digest.papers.append(paper);
        }
    }
    return bySource.values();
}

} // namespace

int watchesBench(const QStringList& args)
{
    const QString dir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    QTextStream err(stderr);
    if (dir.isEmpty() || runs < 1 || !QFile::exists(dir + QStringLiteral("/cache.sqlite"))) {
        err << "watches: --data-dir D (a cache made by gen) is required\n";
        return 2;
    }
    QTemporaryDir scratch;
    const auto paths = store::DataPaths::inDirectory(scratch.path());
    if (!QFile::copy(dir + QStringLiteral("/cache.sqlite"), paths.cacheFile)) {
        err << "watches: cannot copy the cache\n";
        return 1;
    }
    QString error;
    auto writer = store::CacheWriter::open(paths, &error); // also upgrades a cache made earlier
    auto user = writer ? store::UserStore::open(paths, &error) : nullptr;
    auto reader = user ? store::CacheReader::open(paths, &error) : nullptr;
    auto search = reader ? search::WatchSearch::open(paths, &error) : nullptr;
    if (!search) {
        err << error << '\n';
        return 1;
    }
    const QString start = search->seenMark();
    for (const char* query : watchQueries) {
        if (!user->addWatch(QString::fromUtf8(query), QString::fromUtf8(query), start, &error)) {
            err << error << '\n';
            return 1;
        }
    }
    const store::Watches watches = user->watches();
    auto counts = search->countNew(watches);
    QList<double> countMs;
    int fresh = 0;
    for (int run = 0; run < runs && counts; ++run) {
        QStringList errors;
        writer->writeDigests(nextDay(*reader, run), &errors);
        QElapsedTimer timer;
        timer.start();
        counts = search->countNew(watches, *counts);
        countMs.append(msSince(timer));
    }
    if (!counts) {
        err << "watches: counting failed\n";
        return 1;
    }
    for (const search::WatchNew& watch : counts->watches)
        fresh += watch.count();
    if (args.contains(QStringLiteral("--each"))) {
        // Each watch's share of a count after the last day, counted again from the one before.
        for (const search::WatchNew& watch : counts->watches) {
            search::WatchCounts one{counts->lastArrival - 50, {watch}};
            QElapsedTimer timer;
            timer.start();
            search->countNew({*user->watch(watch.name)}, one);
            err << "  " << watch.name << ": " << msSince(timer) << " ms, " << watch.count()
                << " new\n";
        }
    }
    QElapsedTimer full;
    full.start();
    search->countNew(watches);
    const double fullMs = msSince(full);

    QList<double> openMs;
    for (int run = 0; run < runs; ++run) {
        for (const store::Watch& watch : watches) {
            QElapsedTimer timer;
            timer.start();
            search->results(watch, 50);
            openMs.append(msSince(timer));
            if (run == 0 && args.contains(QStringLiteral("--each")))
                err << "  open " << watch.name << ": " << openMs.last() << " ms\n";
        }
    }
    printMetric("watches", double(watches.size()), "watches");
    printMetric("watches_new_papers", fresh, "papers");
    printMetric("watches_count_p50_ms", percentileOf(countMs, 0.5), "ms");
    printMetric("watches_count_max_ms", percentileOf(countMs, 1.0), "ms");
    printMetric("watches_full_count_ms", fullMs, "ms");
    printMetric("watches_open_p50_ms", percentileOf(openMs, 0.5), "ms");
    printMetric("watches_open_p95_ms", percentileOf(openMs, 0.95), "ms");
    return 0;
}

} // namespace paperboy::bench
