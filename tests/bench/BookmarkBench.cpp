// paperboy-bench bookmark --data-dir D [--toggles 100]
// Times a bookmark toggle (Ctrl+D's action) in the real window from the request to the list
// having painted the star; the write itself runs on the user-data thread and is not waited
// for. Needs a QApplication (BenchMain makes one).
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "common/PaintCounter.h"
#include "store/db/DataPaths.h"
#include "ui/common/Actions.h"
#include "ui/list/PaperListPane.h"
#include "ui/style/ReaderStyle.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTemporaryDir>

#include <algorithm>

namespace paperboy::bench {
namespace {

using paperboy::testing::PaintCounter;

bool waitForPaint(const PaintCounter& counter, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before) {
        if (guard.elapsed() > 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

} // namespace

int bookmarkBench(const QStringList& args)
{
    const QString dataDir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int toggles =
        optionValue(args, QStringLiteral("--toggles"), QStringLiteral("100")).toInt();
    if (dataDir.isEmpty() || toggles < 1 ||
        !qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QTextStream(stderr) << "usage: paperboy-bench bookmark --data-dir D [--toggles 100]\n";
        return 2;
    }
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    ui::installReaderStyle();
    ui::MainWindow window(store::DataPaths::inDirectory(dataDir));
    window.resize(1280, 800);
    window.show();
    const PaintCounter listPaints(window.paperList()->view()->viewport());
    waitForPaint(listPaints, 0);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300) // the user file opens and its stars arrive
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (window.currentPaperId().isEmpty()) {
        QTextStream(stderr) << "bookmark: the cache has no paper to bookmark\n";
        return 1;
    }
    QList<double> timesMs;
    int failures = 0;
    for (int i = 0; i < toggles; ++i) {
        const int before = listPaints.paints;
        QElapsedTimer timer;
        timer.start();
        window.actions().toggleBookmark->trigger();
        failures += waitForPaint(listPaints, before) ? 0 : 1;
        timesMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(timesMs.begin(), timesMs.end());
    printMetric("bookmark_toggle_p50_ms", timesMs.at(timesMs.size() / 2), "ms");
    printMetric("bookmark_toggle_p95_ms", timesMs.at(qsizetype(0.95 * double(timesMs.size() - 1))),
                "ms");
    printMetric("bookmark_toggle_max_ms", timesMs.constLast(), "ms");
    return failures > 0 ? 1 : 0;
}

} // namespace paperboy::bench
