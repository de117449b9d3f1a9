// paperboy-bench import DIR...: the shared corpus (or any digests) into an empty cache, through
// the same code as `paperboy import`. import_total_ms is the import up to its last commit and
// the close; import_pack_ms the step that follows it (training and packing, when due). The
// _cpu_ms figures are the process's CPU time (every thread) in each: on a machine shared with
// other work they are the comparable ones, as the wall-clock figures grow with its load.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ingest/DigestFiles.h"
#include "ingest/FileImport.h"
#include "store/cache/CacheWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace paperboy::bench {
namespace {

// CPU time of this process so far, user and system, every thread, in ms.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

int importBench(const QStringList& args)
{
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: paperboy-bench import DIR...\n";
        return 2;
    }
    QTemporaryDir dir;
    const auto paths = store::DataPaths::inDirectory(dir.path());
    QString error;
    QElapsedTimer timer;
    timer.start();
    const double cpuAtStart = processCpuMs();
    auto writer = store::CacheWriter::open(paths, &error);
    if (!writer) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const QStringList files = ingest::collectDigestFiles(args, nullptr);
    int digests = 0;
    int papers = 0;
    int failed = 0;
    ingest::importFiles(files, {}, *writer, [&](const ingest::FileOutcome& outcome) {
        if (outcome.ok) {
            ++digests;
            papers += outcome.papers;
        } else {
            ++failed;
        }
    });
    // Closing is part of the import: it checkpoints the WAL into the database file.
    writer.reset();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpuMs = processCpuMs() - cpuAtStart;
    // The later step of `paperboy import` (and of the app's writer once writes pause): the
    // dictionary trained and the texts packed, after the import's commits.
    timer.restart();
    const double cpuBeforePack = processCpuMs();
    writer = store::CacheWriter::open(paths, &error);
    const long long packed = writer ? writer->packTextsIfDue(&error) : -1;
    writer.reset();
    const double packMs = double(timer.nsecsElapsed()) / 1e6;
    const double packCpuMs = processCpuMs() - cpuBeforePack;
    if (packed < 0)
        QTextStream(stderr) << error << '\n';
    printMetric("import_files", double(files.size()), "files");
    printMetric("import_failed", failed, "files");
    printMetric("import_papers", papers, "papers");
    printMetric("import_total_ms", ms, "ms");
    printMetric("import_cpu_ms", cpuMs, "ms");
    printMetric("import_digests_per_s", digests / (ms / 1000.0), "digests/s");
    printMetric("import_papers_per_s", papers / (ms / 1000.0), "papers/s");
    printMetric("import_pack_ms", packMs, "ms");
    printMetric("import_pack_cpu_ms", packCpuMs, "ms");
    printMetric("import_packed_texts", double(packed), "texts");
    printMetric("import_cache_mb", double(QFileInfo(paths.cacheFile).size()) / 1e6, "MB");
    return failed == 0 && packed >= 0 ? 0 : 1;
}

} // namespace paperboy::bench
