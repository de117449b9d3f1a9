// paperboy-bench sync [--corpus DIR]: the whole shared corpus (265 markdown days and 68 API
// days) served by python3 -m http.server on 127.0.0.1, synced into an empty cache through the
// real engine, with a 5 ms probe timer on this (the "GUI") thread to show it never stalls.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "PythonHttpServer.h"
#include "SyncEngine.h"
#include "store/CacheReader.h"
#include "store/WriterThread.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

namespace paperboy::bench {
namespace {

#ifdef PAPERBOY_CORPUS_DIR
const char* const defaultCorpus = PAPERBOY_CORPUS_DIR;
#else
const char* const defaultCorpus = "../shared/corpus";
#endif

// The first and last day that has a file in the corpus, of either source.
std::pair<QDate, QDate> corpusRange(const QString& corpus)
{
    static const QRegularExpression datePattern(
        QStringLiteral("(\\d{4})[-/](\\d{2})[-/](\\d{2})\\.(md|json)$"));
    QDate first;
    QDate last;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto match = datePattern.match(it.next());
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(),
                        match.captured(3).toInt());
        if (!match.hasMatch() || !day.isValid())
            continue;
        first = first.isValid() ? qMin(first, day) : day;
        last = last.isValid() ? qMax(last, day) : day;
    }
    return {first, last};
}

} // namespace

int syncBench(const QStringList& args)
{
    QTextStream err(stderr);
    const QString corpus =
        optionValue(args, QStringLiteral("--corpus"), QString::fromLocal8Bit(defaultCorpus));
    const auto [first, last] = corpusRange(corpus);
    QTemporaryDir root;
    QTemporaryDir data;
    if (!first.isValid() ||
        !QFile::link(QDir(corpus).absoluteFilePath(QStringLiteral("daily_papers_ko")),
                     root.filePath(QStringLiteral("paper_logs"))) ||
        !QFile::link(QDir(corpus).absoluteFilePath(QStringLiteral("hf_daily_papers")),
                     root.filePath(QStringLiteral("hf")))) {
        err << "paperboy-bench sync: no corpus at " << corpus << " (use --corpus DIR)\n";
        return 2;
    }
    synctest::PythonHttpServer server(root.path());
    QString error;
    if (!server.start(&error)) {
        err << "paperboy-bench sync: " << error << '\n';
        return 2;
    }

    const store::DataPaths paths = store::DataPaths::inDirectory(data.path());
    sync::SyncRequest request = sync::SyncRequest::range(
        {{core::koreanDigestSource(),
          server.baseUrl() + QStringLiteral("/paper_logs/{yyyy}/{MM}/{dd}.md"),
          sync::SourceFormat::Markdown, true},
         {core::huggingFaceSource(), server.baseUrl() + QStringLiteral("/hf/{date}.json"),
          sync::SourceFormat::HfJson, true}},
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
