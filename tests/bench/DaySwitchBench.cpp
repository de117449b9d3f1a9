// paperboy-bench dayswitch --data-dir D [--switches 200]
// Drives the real reader window in this process: each switch is timed from the request to the
// moment the new day's list has been painted with its first paper selected (and its detail
// shown, which happens on that selection). Needs a QApplication (BenchMain makes one); run it
// with QT_QPA_PLATFORM=offscreen when there is no display.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "MainWindow.h"
#include "PaperListPane.h"
#include "store/DataPaths.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

namespace paperboy::bench {
namespace {

// Counts the paints of one widget.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min(values.size() - 1, qsizetype(fraction * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// Processes events until `counter` has seen a paint past `before`; false after a second.
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

int daySwitchBench(const QStringList& args)
{
    const QString dataDir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int switches =
        optionValue(args, QStringLiteral("--switches"), QStringLiteral("200")).toInt();
    if (dataDir.isEmpty() || switches < 1) {
        QTextStream(stderr) << "usage: paperboy-bench dayswitch --data-dir D [--switches 200]\n";
        return 2;
    }
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QTextStream(stderr) << "dayswitch: needs a QApplication\n";
        return 2;
    }
    // The window remembers its state on close: keep that out of the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());

    ui::MainWindow window(store::DataPaths::inDirectory(dataDir));
    window.resize(1280, 800);
    window.show();
    QListView* list = window.paperList()->view();
    const PaintCounter counter(list->viewport());
    waitForPaint(counter, 0);

    const QList<QDate> days = window.cachedDays().sorted();
    if (days.size() < 2) {
        QTextStream(stderr)
            << "dayswitch: the cache needs at least two days (paperboy-bench gen)\n";
        return 1;
    }
    QRandomGenerator random(20250113); // the same sequence of days in every run
    QList<double> timesMs;
    timesMs.reserve(switches);
    int failures = 0;
    for (int i = 0; i < switches; ++i) {
        QDate day = window.currentDay();
        while (day == window.currentDay())
            day = days.at(random.bounded(int(days.size())));
        const int paintsBefore = counter.paints;
        QElapsedTimer timer;
        timer.start();
        window.showDay(day);
        const bool painted = waitForPaint(counter, paintsBefore);
        timesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!painted || window.currentPaperId().isEmpty())
            ++failures;
    }
    if (failures > 0)
        QTextStream(stderr) << "dayswitch: " << failures
                            << " switches did not end with a painted list and a selected paper\n";
    printMetric("dayswitch_days", double(days.size()), "days");
    printMetric("dayswitch_p50_ms", percentile(timesMs, 0.50), "ms");
    printMetric("dayswitch_p95_ms", percentile(timesMs, 0.95), "ms");
    printMetric("dayswitch_max_ms", percentile(timesMs, 1.0), "ms");
    return failures > 0 ? 1 : 0;
}

} // namespace paperboy::bench
