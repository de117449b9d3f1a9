// paperboy-bench read [--pages 30] [--screens 120]
// The Read view on a PDF the benchmark makes (A4 pages of text, Korean too): from asking for
// the paper to its first page painted, then scrolled down a screen (J) every 16 ms frame
// offscreen. Prints the open time, the longest single event-loop iteration while scrolling
// (pages render on Qt PDF's thread, so this is what the reader would feel as a stall), the
// 95th percentile of those iterations, the most GUI-thread CPU time one of them took, and the
// most page images kept at once (memory bound).
// Needs a QApplication (BenchMain makes one).
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "common/MadePdf.h"
#include "common/Percentile.h"
#include "pdf/PdfFiles.h"
#include "ui/common/FeatureContext.h"
#include "ui/reader/PdfPageView.h"
#include "ui/reader/ReadController.h"
#include "ui/reader/ReadView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

namespace paperboy::bench {
namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int readBench(const QStringList& args)
{
    const int pageCount =
        optionValue(args, QStringLiteral("--pages"), QStringLiteral("30")).toInt();
    const int screens =
        optionValue(args, QStringLiteral("--screens"), QStringLiteral("120")).toInt();
    QTemporaryDir dir;
    const store::DataPaths paths = store::DataPaths::inDirectory(dir.path());
    const QString id = QStringLiteral("2401.00001");
    const pdf::PdfFiles files(paths.userFile);
    QDir().mkpath(files.directory());
    QList<QStringList> pages;
    for (int page = 0; page < pageCount; ++page) {
        QStringList lines;
        for (int line = 0; line < 32; ++line)
            lines.append(QStringLiteral("Page %1, line %2: attention routes long documents; "
                                        "트랜스포머 주의 메커니즘 %3")
                             .arg(page + 1)
                             .arg(line + 1)
                             .arg(line * page));
        pages.append(lines);
    }
    if (!testing::writeMadePdf(
            files.fileFor(id), pages,
            {{QStringLiteral("Introduction"), 0}, {QStringLiteral("Results"), pageCount / 2}})) {
        QTextStream(stderr) << "read: cannot write the PDF\n";
        return 1;
    }

    ui::FeatureContext context(paths);
    ui::ReadView view;
    view.resize(1024, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        QTextStream(stderr) << "read: the view was not exposed\n";
    ui::ReadController reader(context, view);
    ui::PdfPageView* pageView = view.pages();

    QElapsedTimer clock;
    clock.start();
    reader.showPage(id, 1);
    while (pageView->renderedPage(0).isNull() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    pageView->viewport()->repaint(); // the first page painted, not only rendered
    printMetric("read_open_first_page_ms", double(clock.nsecsElapsed()) / 1e6, "ms");

    QList<double> iterations;
    QList<double> cpuIterations;
    int mostImages = 0;
    pageView->setFocus();
    for (int screen = 0; screen < screens; ++screen) {
        const qint64 frameEnd = clock.nsecsElapsed() + 16'000'000;
        QTest::keyClick(pageView, screen % 40 < 30 ? Qt::Key_J : Qt::Key_K);
        while (clock.nsecsElapsed() < frameEnd) {
            const qint64 start = clock.nsecsElapsed();
            const double cpuStart = threadCpuMs();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            iterations.append(double(clock.nsecsElapsed() - start) / 1e6);
            cpuIterations.append(threadCpuMs() - cpuStart);
        }
        mostImages = std::max(mostImages, pageView->renderedPageCount());
    }
    printMetric("read_scroll_worst_stall_ms",
                *std::max_element(iterations.begin(), iterations.end()), "ms");
    printMetric("read_scroll_p95_iteration_ms", testing::percentile(iterations, 0.95), "ms");
    // The GUI thread's own work per iteration: on a loaded machine the wall-clock stalls above
    // include time the thread was not scheduled at all.
    printMetric("read_scroll_worst_gui_cpu_ms",
                *std::max_element(cpuIterations.begin(), cpuIterations.end()), "ms");
    printMetric("read_pages_kept_max", mostImages, "pages");
    reader.close();
    return 0;
}

} // namespace paperboy::bench
