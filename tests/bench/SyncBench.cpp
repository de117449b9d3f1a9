// paperboy-bench sync [--corpus DIR]: the whole shared corpus (265 markdown days and 68 API
// days) served by python3 -m http.server on 127.0.0.1, synced into an empty cache through the
// real engine, with a 5 ms probe timer on this (the "GUI") thread to show it never stalls.
#include "BenchCommands.h"
#include "BenchCorpus.h"
#include "BenchOutput.h"
#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

namespace paperboy::bench {
int syncBench(const QStringList& args)
{
    QTextStream err(stderr);
    CorpusServer server;
    QTemporaryDir data;
    QString error;
    if (!server.start(args, &error)) {
        err << "paperboy-bench sync: " << error << '\n';
        return 2;
    }
    const QDate first = server.firstDay();
    const QDate last = server.lastDay();

    const store::DataPaths paths = store::DataPaths::inDirectory(data.path());
    sync::SyncRequest request = sync::SyncRequest::range(
        {{core::koreanDigestSource(), server.markdownTemplate(), sync::SourceFormat::Markdown,
          true},
         {core::huggingFaceSource(), server.hfTemplate(), sync::SourceFormat::HfJson, true}},
        first, last);
    request.today = last.addDays(1);
    sync::SyncOptions options;
    options.whenOffline = sync::SyncOptions::WhenOffline::Fail;

    sync::SyncSummary summary;
    qint64 worstGapMs = 0;
    double totalMs = 0;
    {
        store::WriterThread writer(paths);
        sync::SyncEngine engine(paths, writer, options);
        QEventLoop loop;
        QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                         [&summary, &loop](const sync::SyncSummary& result) {
                             summary = result;
                             loop.quit();
                         });
        QElapsedTimer sinceProbe;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, &loop,
                         [&] { worstGapMs = qMax(worstGapMs, sinceProbe.restart()); });
        QElapsedTimer timer;
        timer.start();
        sinceProbe.start();
        probe.start();
        engine.start(request);
        loop.exec();
        totalMs = double(timer.nsecsElapsed()) / 1e6;
    }
    const auto reader = store::CacheReader::open(paths, &error);
    const int days = int(first.daysTo(last)) + 1;
    printMetric("sync_days", days, "days");
    printMetric("sync_requests", summary.attempted(), "requests");
    printMetric("sync_fetched", summary.fetched, "digests");
    printMetric("sync_missing", summary.missing, "digests");
    printMetric("sync_failed", summary.failed, "digests");
    printMetric("sync_papers", reader ? reader->paperCount() : -1, "papers");
    printMetric("sync_total_ms", totalMs, "ms");
    printMetric("sync_days_per_s", days / (totalMs / 1000.0), "days/s");
    printMetric("sync_main_thread_worst_gap_ms", double(worstGapMs), "ms");
    return summary.failed == 0 ? 0 : 1;
}

} // namespace paperboy::bench
