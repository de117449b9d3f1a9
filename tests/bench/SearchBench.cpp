// paperboy-bench search --data-dir D [--runs 5]: search latencies on a cache (made by `gen`):
// 20 typical queries (English words and phrases, Korean words of 2 to 4 syllables, authors, an
// id, filters), top 50 with snippets, each run --runs times; then week and month tops and
// related papers; and how big the cache is against the text it holds.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "common/Percentile.h"
#include "search/Periods.h"
#include "search/QueryParser.h"
#include "search/Searcher.h"
#include "store/cache/CacheReader.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace paperboy::bench {
namespace {

using paperboy::testing::percentile;

template <typename Run> QList<double> timed(int runs, Run run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// The text the cache holds, in UTF-8 bytes: what one copy of it costs.
double textMegabytes(store::Connection& connection)
{
    QString error;
    const auto bytes = connection.scalar(
        // The texts as they read, not as they are stored: packed ones unpacked.
        QStringLiteral("SELECT (SELECT total(length(CAST(title AS BLOB)) + "
                       "length(CAST(authors AS BLOB)) + "
                       "length(CAST(paperboy_text(abstract) AS BLOB)) + "
                       "length(CAST(paperboy_text(ai_summary) AS BLOB)) + "
                       "length(CAST(keywords AS BLOB))) FROM paper_sources) + "
                       "(SELECT total(length(CAST(name AS BLOB)) + "
                       "length(CAST(paperboy_text(markdown) AS BLOB))) FROM sections)"),
        &error);
    return bytes ? bytes->toDouble() / 1e6 : 0;
}

} // namespace

int searchBench(const QStringList& args)
{
    const QString dir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const bool each = args.contains(QStringLiteral("--each"));
    QTextStream err(stderr);
    if (dir.isEmpty() || runs < 1) {
        err << "search: --data-dir D (a cache made by gen) is required\n";
        return 2;
    }
    const auto paths = store::DataPaths::inDirectory(dir);
    QString error;
    auto searcher = search::Searcher::open(paths, &error);
    auto reader = store::CacheReader::open(paths, &error);
    if (!searcher || !reader) {
        err << error << '\n';
        return 1;
    }
    const auto latest = reader->latestDay();
    const QList<store::PaperListItem> day =
        latest ? reader->dayList(*latest) : QList<store::PaperListItem>();
    if (day.isEmpty()) {
        err << "search: the cache is empty\n";
        return 1;
    }
    const QString id = day.first().id;
    const QStringList queries = {QStringLiteral("model"),
                                 QStringLiteral("diffusion model"),
                                 QStringLiteral("\"sparse attention\""),
                                 QStringLiteral("reason*"),
                                 QStringLiteral("video -robust"),
                                 QStringLiteral("efficient inference"),
                                 QStringLiteral("증류"),
                                 QStringLiteral("모델"),
                                 QStringLiteral("데이터"),
                                 QStringLiteral("확산 모델"),
                                 QStringLiteral("멀티모달"),
                                 QStringLiteral("강화학습"),
                                 QStringLiteral("에이전트 평가"),
                                 QStringLiteral("author:kim"),
                                 QStringLiteral("author:\"Jiho Park\""),
                                 id,
                                 QStringLiteral("agents votes:>50"),
                                 QStringLiteral("alignment after:2025-06-01"),
                                 QStringLiteral("source:hf reward"),
                                 QStringLiteral("benchmark before:2023-03-01")};
    QList<double> all;
    qsizetype hits = 0;
    for (const QString& text : queries) {
        const search::Query query = search::parseQuery(text);
        const QList<double> ms = timed(runs, [&] {
            hits += searcher->search(query, {search::Sort::Relevance, 50}).size();
        });
        // Each query's median on stderr, to see which kind of query is slow.
        if (each)
            err << "  " << text << ": " << percentile(ms, 0.5) << " ms\n";
        all += ms;
    }
    printMetric("search_queries", double(queries.size()), "queries");
    printMetric("search_hits", double(hits) / runs, "papers");
    printMetric("search_p50_ms", percentile(all, 0.5), "ms");
    printMetric("search_p95_ms", percentile(all, 0.95), "ms");

    const auto week = search::isoWeekOf(*latest);
    const QList<double> weekMs = timed(runs, [&] { searcher->top(week.first, week.second, 50); });
    const QDate monthStart(latest->year(), latest->month(), 1);
    const QList<double> monthMs =
        timed(runs, [&] { searcher->top(monthStart, monthStart.addMonths(1).addDays(-1), 50); });
    QList<double> relatedMs;
    for (qsizetype i = 0; i < day.size() && i < 20; ++i)
        relatedMs += timed(1, [&] { searcher->related(day.at(i).id, 5); });
    printMetric("week_p50_ms", percentile(weekMs, 0.5), "ms");
    printMetric("month_p50_ms", percentile(monthMs, 0.5), "ms");
    printMetric("related_p50_ms", percentile(relatedMs, 0.5), "ms");
    printMetric("related_p95_ms", percentile(relatedMs, 0.95), "ms");

    auto connection =
        store::openDatabase(paths.cacheFile, store::SchemaSpec::cache(), true, &error);
    if (!connection) {
        err << error << '\n';
        return 1;
    }
    const double cacheBytes = double(QFileInfo(paths.cacheFile).size()) +
                              double(QFileInfo(paths.cacheFile + QStringLiteral("-wal")).size());
    printMetric("cache_mb", cacheBytes / 1e6, "MB");
    printMetric("text_mb", textMegabytes(*connection), "MB");
    return 0;
}

} // namespace paperboy::bench
