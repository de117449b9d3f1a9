// paperboy-bench scroll [--papers 2000] [--step 96] [--no-thumbnails]
// The real list pane with `papers` rows whose thumbnails (1200 x 648 PNGs) come from a
// loopback server, scrolled top to bottom offscreen at a steady pace: one scroll step per
// 16 ms frame. Prints the longest single event-loop iteration (the worst stall the reader
// would feel), the 95th percentile of frame times (scroll step to painted viewport), and how
// much the resident memory grew. --no-thumbnails gives the same figures with placeholders only:
// the baseline on a busy machine. Needs a QApplication (BenchMain makes one).
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ImageServer.h"
#include "common/PaintCounter.h"
#include "ui/common/Actions.h"
#include "ui/list/PaperListPane.h"
#include "ui/style/ReaderStyle.h"
#include "ui/thumbs/ThumbnailSource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>

namespace paperboy::bench {
namespace {

using paperboy::testing::PaintCounter;

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Stalls
{
    double worstMs = 0;
    int over33 = 0;
    void note(double ms)
    {
        worstMs = std::max(worstMs, ms);
        over33 += ms > 33 ? 1 : 0;
    }
};

// Runs the event loop until `untilNs` on `clock`, one iteration at a time.
void spinUntil(const QElapsedTimer& clock, qint64 untilNs, Stalls& stalls)
{
    while (clock.nsecsElapsed() < untilNs) {
        const qint64 start = clock.nsecsElapsed();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        stalls.note(double(clock.nsecsElapsed() - start) / 1e6);
    }
}

} // namespace

int scrollBench(const QStringList& args)
{
    const int papers =
        optionValue(args, QStringLiteral("--papers"), QStringLiteral("2000")).toInt();
    const int step = optionValue(args, QStringLiteral("--step"), QStringLiteral("96")).toInt();
    thumbstest::ImageServer server;
    QTemporaryDir dir;
    QTemporaryDir config;
    if (papers < 1 || step < 1 || !server.start() || !dir.isValid() ||
        !qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QTextStream(stderr) << "usage: paperboy-bench scroll [--papers 2000] [--step 96]\n";
        return 2;
    }
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    ui::installReaderStyle();
    QList<store::PaperListItem> items;
    for (int i = 0; i < papers; ++i) {
        store::PaperListItem item;
        item.id = QStringLiteral("2611.%1").arg(i, 5, 10, QLatin1Char('0'));
        item.title = QStringLiteral("A paper about scrolling number %1 and its thumbnail").arg(i);
        item.authors = {QStringLiteral("A. Author"), QStringLiteral("B. Author")};
        item.authorCount = 2;
        item.votes = i % 97;
        item.position = i;
        item.thumbnailUrl = server.url(QStringLiteral("/png/w1200h648-%1.png").arg(i));
        items.append(item);
    }
    QWidget window;
    ui::Actions actions(&window);
    ui::PaperListPane pane(actions);
    pane.resize(440, 900);
    pane.showPapers(QDate(2026, 11, 20), items, {});
    thumbs::LoaderOptions options;
    options.cacheDirectory = dir.path();
    options.extraHosts = {QStringLiteral("127.0.0.1")};
    ui::ThumbnailSource source(options);
    if (!args.contains(QStringLiteral("--no-thumbnails")))
        pane.setThumbnails(&source);
    pane.show();
    QListView* view = pane.view();
    const PaintCounter paints(view->viewport());
    QElapsedTimer clock;
    clock.start();
    Stalls warmUp;
    spinUntil(clock, 300 * 1000000LL, warmUp); // first paint, first thumbnails
    const double rssBefore = residentMb();

    QScrollBar* bar = view->verticalScrollBar();
    QList<double> frames;
    Stalls stalls;
    qint64 nextFrameNs = clock.nsecsElapsed();
    for (int value = 0; value <= bar->maximum(); value += step) {
        nextFrameNs += 16 * 1000000LL;
        const int before = paints.paints;
        const qint64 start = clock.nsecsElapsed();
        bar->setValue(value);
        while (paints.paints == before && clock.nsecsElapsed() - start < 1000000000LL) {
            const qint64 iteration = clock.nsecsElapsed();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            stalls.note(double(clock.nsecsElapsed() - iteration) / 1e6);
        }
        frames.append(double(clock.nsecsElapsed() - start) / 1e6);
        spinUntil(clock, nextFrameNs, stalls);
    }
    spinUntil(clock, clock.nsecsElapsed() + 500000000LL, stalls);
    const double rssAfter = residentMb();
    std::sort(frames.begin(), frames.end());
    const double p95 = frames.at(std::min(frames.size() - 1, qsizetype(0.95 * frames.size())));
    printMetric("scroll_papers", papers, "papers");
    printMetric("scroll_frames", double(frames.size()), "frames");
    printMetric("scroll_worst_stall_ms", stalls.worstMs, "ms");
    printMetric("scroll_stalls_over_33ms", stalls.over33, "iterations");
    printMetric("scroll_p95_frame_ms", p95, "ms");
    printMetric("scroll_rss_growth_mb", rssAfter - rssBefore, "MB");
    printMetric("scroll_thumbnail_requests", server.totalRequests(), "requests");
    return 0;
}

} // namespace paperboy::bench
