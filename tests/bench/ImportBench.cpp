// paperboy-bench import DIR...: the shared corpus (or any digests) into an empty cache, through
// the same code as `paperboy import`.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ingest/DigestFiles.h"
#include "ingest/FileImport.h"
#include "store/CacheWriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace paperboy::bench {

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
    printMetric("import_files", double(files.size()), "files");
    printMetric("import_failed", failed, "files");
    printMetric("import_papers", papers, "papers");
    printMetric("import_total_ms", ms, "ms");
    printMetric("import_digests_per_s", digests / (ms / 1000.0), "digests/s");
    printMetric("import_papers_per_s", papers / (ms / 1000.0), "papers/s");
    return failed == 0 ? 0 : 1;
}

} // namespace paperboy::bench
