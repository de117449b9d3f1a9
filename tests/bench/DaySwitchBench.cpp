// paperboy-bench dayswitch --data-dir D [--switches 200] [--cold]
// Drives the real reader window in this process: each switch is timed from the request to the
// moment both panes have painted the new day: the list with its first paper selected, and the
// detail pane showing that paper. The detail pane lays out and paints what it shows at once;
// the end of a paper longer than the pane is added after that frame (DetailView), and a switch
// does not wait for it. Needs a QApplication (BenchMain makes one); run it with
// QT_QPA_PLATFORM=offscreen when there is no display. With --cold, the cache file is dropped
// from the operating system's page cache before every switch (untimed), as after a reboot or
// when other programs have pushed it out; SQLite's own page cache in the process stays.
// The switches are made twice, in the votes order (dayswitch_*), then in the For you order for
// a reader with a trained model (dayswitch_foryou_*, not with --image-port): what that order
// adds to a switch is the difference.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "ImageServer.h"
#include "UserDataFill.h"
#include "common/PaintCounter.h"
#include "common/Percentile.h"
#include "store/db/DataPaths.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/foryou/ForYouController.h"
#include "ui/list/PaperFilterProxy.h"
#include "ui/list/PaperListPane.h"
#include "ui/style/ReaderStyle.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace paperboy::bench {
namespace {

using paperboy::testing::PaintCounter;
using paperboy::testing::percentile;

// Processes events until both counters have seen a paint past their `before`; false after a
// second.
bool waitForPaints(const PaintCounter& first, int firstBefore, const PaintCounter& second,
                   int secondBefore)
{
    QElapsedTimer guard;
    guard.start();
    while (first.paints == firstBefore || second.paints == secondBefore) {
        if (guard.elapsed() > 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

// Asks the kernel to forget the cached pages of `file` (posix_fadvise DONTNEED): only this file,
// not the whole page cache (which needs root and slows every other program down).
void dropFromPageCache(const QString& file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

// Bookmarks of the For you reader: enough for a model (rank::minimumBookmarks is 5).
constexpr int forYouBookmarks = 20;

// What one series of switches measured.
struct SwitchTimes
{
    QList<double> timesMs;
    int failures = 0;
};

// Switches `window` to `switches` days drawn from `days` (the same sequence in every run) and
// times each switch until both panes have painted.
SwitchTimes timeSwitches(ui::MainWindow& window, const QList<QDate>& days, int switches,
                         const QString& dropFile)
{
    const PaintCounter listPaints(window.paperList()->view()->viewport());
    const PaintCounter detailPaints(window.detailView()->browser()->viewport());
    QRandomGenerator random(20250113);
    SwitchTimes result;
    result.timesMs.reserve(switches);
    for (int i = 0; i < switches; ++i) {
        QDate day = window.currentDay();
        while (day == window.currentDay())
            day = days.at(random.bounded(int(days.size())));
        if (!dropFile.isEmpty()) {
            dropFromPageCache(dropFile);
            dropFromPageCache(dropFile + QStringLiteral("-wal"));
        }
        const int listBefore = listPaints.paints;
        const int detailBefore = detailPaints.paints;
        QElapsedTimer timer;
        timer.start();
        window.showDay(day);
        const bool painted = waitForPaints(listPaints, listBefore, detailPaints, detailBefore);
        result.timesMs.append(double(timer.nsecsElapsed()) / 1e6);
        const QString paper = window.currentPaperId();
        if (!painted || paper.isEmpty() || window.detailView()->shownPaperId() != paper)
            ++result.failures;
    }
    return result;
}

// Shows `window` and waits for its first paint of both panes.
void showWindow(ui::MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    const PaintCounter listPaints(window.paperList()->view()->viewport());
    const PaintCounter detailPaints(window.detailView()->browser()->viewport());
    waitForPaints(listPaints, 0, detailPaints, 0);
}

// The same switches in the For you order, for a reader whose model exists: a user file of its
// own (the data folder's is left as it is) with the newest papers bookmarked, the model
// trained before the first switch. Null figures when the model could not be made.
std::optional<SwitchTimes> timeForYouSwitches(const QString& dataDir, const QList<QDate>& days,
                                              int switches, const QString& dropFile)
{
    QTemporaryDir userDir;
    store::DataPaths paths = store::DataPaths::inDirectory(dataDir);
    paths.userFile = userDir.filePath(QStringLiteral("user.sqlite"));
    QString error;
    if (!userDir.isValid() || !fillUserData(paths, forYouBookmarks, 0, &error)) {
        QTextStream(stderr) << "dayswitch: cannot bookmark papers for For you: " << error << '\n';
        return std::nullopt;
    }
    ui::MainWindow window(paths);
    window.paperList()->setSortMode(ui::PaperFilterProxy::SortMode::ForYou);
    showWindow(window);
    QElapsedTimer guard;
    guard.start();
    while (!window.forYou().state().trained || window.forYou().trainer().isRunning()) {
        if (guard.elapsed() > 120000) {
            QTextStream(stderr) << "dayswitch: the For you model was not trained in 2 minutes\n";
            return std::nullopt;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return timeSwitches(window, days, switches, dropFile);
}

} // namespace

int daySwitchBench(const QStringList& args)
{
    const QString dataDir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int switches =
        optionValue(args, QStringLiteral("--switches"), QStringLiteral("200")).toInt();
    // With --image-port, the window loads real thumbnails from a loopback image server on that
    // port (a cache made with gen --image-base http://127.0.0.1:PORT): the day switch as the
    // reader sees it, images included.
    const int imagePort =
        optionValue(args, QStringLiteral("--image-port"), QStringLiteral("0")).toInt();
    const bool cold = args.contains(QStringLiteral("--cold"));
    if (dataDir.isEmpty() || switches < 1) {
        QTextStream(stderr) << "usage: paperboy-bench dayswitch --data-dir D [--switches 200] "
                               "[--image-port PORT] [--cold]\n";
        return 2;
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QTextStream(stderr) << "dayswitch: needs a QApplication\n";
        return 2;
    }
    // The window remembers its state on close: keep that out of the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());

    ui::installReaderStyle(); // as the reader does before its window
    const store::DataPaths paths = store::DataPaths::inDirectory(dataDir);
    const QString dropFile = cold ? paths.cacheFile : QString();
    thumbstest::ImageServer images;
    std::optional<SwitchTimes> votes;
    QList<QDate> days;
    {
        ui::MainWindow window(paths);
        window.paperList()->setSortMode(ui::PaperFilterProxy::SortMode::Votes);
        if (imagePort > 0) {
            if (!images.start(quint16(imagePort))) {
                QTextStream(stderr) << "dayswitch: cannot listen on port " << imagePort << '\n';
                return 1;
            }
            thumbs::LoaderOptions thumbnails;
            thumbnails.extraHosts = {QStringLiteral("127.0.0.1")};
            window.enableThumbnails(thumbnails, false);
        }
        showWindow(window);
        days = window.cachedDays().sorted();
        if (days.size() < 2) {
            QTextStream(stderr)
                << "dayswitch: the cache needs at least two days (paperboy-bench gen)\n";
            return 1;
        }
        votes = timeSwitches(window, days, switches, dropFile);
    }
    // Thumbnails stay off here: the comparison is the order's cost alone.
    const std::optional<SwitchTimes> forYou =
        imagePort > 0 ? std::nullopt : timeForYouSwitches(dataDir, days, switches, dropFile);
    const int failures = votes->failures + (forYou ? forYou->failures : 0);
    if (failures > 0)
        QTextStream(stderr) << "dayswitch: " << failures
                            << " switches did not end with both panes painted and a paper selected "
                               "and shown\n";
    printMetric("dayswitch_days", double(days.size()), "days");
    printMetric("dayswitch_p50_ms", percentile(votes->timesMs, 0.50), "ms");
    printMetric("dayswitch_p95_ms", percentile(votes->timesMs, 0.95), "ms");
    printMetric("dayswitch_max_ms", percentile(votes->timesMs, 1.0), "ms");
    if (imagePort > 0)
        printMetric("dayswitch_thumbnail_requests", images.totalRequests(), "requests");
    if (forYou) {
        printMetric("dayswitch_foryou_p50_ms", percentile(forYou->timesMs, 0.50), "ms");
        printMetric("dayswitch_foryou_p95_ms", percentile(forYou->timesMs, 0.95), "ms");
    }
    if (imagePort == 0 && !forYou)
        return 1;
    return failures > 0 ? 1 : 0;
}

} // namespace paperboy::bench
