// paperboy-bench syncgui [--corpus DIR]: the real reader window (offscreen is fine) on an empty
// data folder syncs the whole shared corpus (265 markdown days, 68 API days) from python3 -m
// http.server on 127.0.0.1 through its own SyncController, while a 5 ms timer on the GUI thread
// measures how long the event loop is ever kept from running: calendar marks, list refreshes
// and the status bar all happen during the sync, as they would for a user.
#include "BenchCommands.h"
#include "BenchCorpus.h"
#include "BenchOutput.h"
#include "common/Percentile.h"
#include "store/db/DataPaths.h"
#include "sync/SourceRegistry.h"
#include "ui/sync/SyncController.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace paperboy::bench {
namespace {

using paperboy::testing::percentile;

} // namespace

int syncGuiBench(const QStringList& args)
{
    QTextStream err(stderr);
    CorpusServer server;
    QTemporaryDir data;
    QString error;
    if (!server.start(args, &error)) {
        err << "paperboy-bench syncgui: " << error << '\n';
        return 2;
    }
    const QDate first = server.firstDay();
    const QDate last = server.lastDay();

    // The window's remembered state and settings go to the temporary folder, not the user's.
    qputenv("XDG_CONFIG_HOME", data.filePath(QStringLiteral("config")).toLocal8Bit());
    // The window's sources: only the two loopback mirrors (the built-ins would go online).
    ui::SyncSetup setup;
    setup.automatic = false;
    setup.sourcesFile = data.filePath(QStringLiteral("sources.json"));
    setup.options.whenOffline = sync::SyncOptions::WhenOffline::Fail;
    sync::SourceRegistry registry(setup.sourcesFile);
    for (const sync::SourceDefinition& builtIn : sync::builtInSources())
        registry.setEnabled(builtIn.name, false, nullptr);
    if (!registry.add({QStringLiteral("mirror-ko"), server.markdownTemplate(),
                       sync::SourceFormat::Markdown, true},
                      &error) ||
        !registry.add(
            {QStringLiteral("mirror-hf"), server.hfTemplate(), sync::SourceFormat::HfJson, true},
            &error) ||
        !registry.save(&error)) {
        err << "paperboy-bench syncgui: " << error << '\n';
        return 2;
    }

    ui::MainWindow window(store::DataPaths::inDirectory(data.filePath(QStringLiteral("data"))),
                          setup);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    ui::SyncController& sync = window.syncController();
    sync::SyncSummary summary;
    QList<double> gaps;
    QEventLoop loop;
    QObject::connect(&sync, &ui::SyncController::finished, &loop,
                     [&summary, &loop](const sync::SyncSummary& result) {
                         summary = result;
                         loop.quit();
                     });
    QElapsedTimer sinceProbe;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        gaps.append(double(sinceProbe.nsecsElapsed()) / 1e6);
        sinceProbe.restart();
    });
    QElapsedTimer total;
    total.start();
    sinceProbe.start();
    probe.start();
    sync.backfill(first, last);
    loop.exec();
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    probe.stop();

    printMetric("sync_gui_days", double(first.daysTo(last) + 1), "days");
    printMetric("sync_gui_fetched", summary.fetched, "digests");
    printMetric("sync_gui_failed", summary.failed, "digests");
    printMetric("sync_gui_cached_days", window.cachedDays().size(), "days");
    printMetric("sync_gui_total_ms", totalMs, "ms");
    printMetric("sync_gui_max_stall_ms",
                gaps.isEmpty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend()), "ms");
    printMetric("sync_gui_p99_stall_ms", percentile(gaps, 0.99), "ms");
    return summary.failed == 0 ? 0 : 1;
}

} // namespace paperboy::bench
