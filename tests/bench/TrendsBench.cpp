// paperboy-bench trends --data-dir D [--runs 5]: issue 36's figures on a cache (made by `gen`):
// a chart of three queries by week over the whole archive (a fresh reader, so the papers per
// day are read too, as the window's first chart after a sync reads them), the same chart again
// (papers per day kept), Rising from scratch and Rising kept (cache unchanged).
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "common/Percentile.h"
#include "trends/TrendsReader.h"

#include <QElapsedTimer>

#include <ctime>

namespace paperboy::bench {

int trendsBench(const QStringList& args)
{
    const QString dir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    QTextStream err(stderr);
    if (dir.isEmpty() || runs < 1) {
        err << "trends: --data-dir D (a cache made by gen) is required\n";
        return 2;
    }
    const auto paths = store::DataPaths::inDirectory(dir);
    const trends::ChartRequest request{{QStringLiteral("attention"),
                                        QStringLiteral("\"sparse attention\""),
                                        QStringLiteral("강화학습")},
                                       trends::Grain::Week,
                                       std::nullopt,
                                       std::nullopt};
    QList<double> cold;
    QList<double> warm;
    QList<double> risingCold;
    QList<double> risingCpu; // the process's CPU time: the machine may be shared
    QList<double> risingWarm;
    for (int run = 0; run < runs; ++run) {
        QString error;
        auto reader = trends::TrendsReader::open(paths, &error);
        if (!reader) {
            err << error << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const trends::Chart chart = reader->chart(request);
        cold.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        reader->chart(request);
        warm.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const std::clock_t cpuStart = std::clock();
        const auto terms = reader->rising({});
        risingCold.append(double(timer.nsecsElapsed()) / 1e6);
        risingCpu.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        timer.restart();
        reader->rising({});
        risingWarm.append(double(timer.nsecsElapsed()) / 1e6);
        if (run == 0) {
            qint64 found = 0;
            for (const QList<int>& counts : chart.counts)
                for (const int count : counts)
                    found += count;
            err << "trends: " << chart.periods.size() << " weeks, " << found << " matches, "
                << terms.size() << " rising terms\n";
        }
    }
    using paperboy::testing::percentile;
    printMetric("trends_chart_3q_week_ms", percentile(cold, 0.5), "ms");
    printMetric("trends_chart_3q_week_kept_ms", percentile(warm, 0.5), "ms");
    printMetric("trends_rising_ms", percentile(risingCold, 0.5), "ms");
    printMetric("trends_rising_cpu_ms", percentile(risingCpu, 0.5), "ms");
    printMetric("trends_rising_kept_ms", percentile(risingWarm, 0.5), "ms");
    return 0;
}

} // namespace paperboy::bench
