// paperboy-bench searchui --data-dir D [--interval 120] [--each]
// Search as you type in the real window: Ctrl+K, then typical queries typed a key at a time
// (QTest key events on the search field, one every --interval ms as a quick typist would).
// For every keystroke, the time from the key event until the results model holds the answer to
// the text typed so far (SearchPane::resultsShown for the newest request), and the longest
// stretch the GUI thread was busy meanwhile: the gap between turns of a zero-time timer, which
// runs whenever the event loop is free. Needs a QApplication (BenchMain makes one).
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "common/Percentile.h"
#include "store/db/DataPaths.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/style/ReaderStyle.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace paperboy::bench {
namespace {

using paperboy::testing::percentile;

// The longest time between two turns of the event loop since the last reset.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, double(m_since.nsecsElapsed()) / 1e6);
            m_since.restart();
        });
        m_since.start();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_since.restart();
    }
    double longestMs() const { return std::max(m_longest, double(m_since.nsecsElapsed()) / 1e6); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

} // namespace

int searchUiBench(const QStringList& args)
{
    const QString dataDir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int interval =
        optionValue(args, QStringLiteral("--interval"), QStringLiteral("120")).toInt();
    const bool each = args.contains(QStringLiteral("--each"));
    if (dataDir.isEmpty() || interval < 0 ||
        !qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QTextStream(stderr)
            << "usage: paperboy-bench searchui --data-dir D [--interval 120] [--each]\n";
        return 2;
    }
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    ui::installReaderStyle();
    ui::MainWindow window(store::DataPaths::inDirectory(dataDir));
    window.resize(1280, 800);
    window.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500) // the first day, the user file, the calendar
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QTest::keyClick(window.paperList()->view(), Qt::Key_K, Qt::ControlModifier);
    ui::SearchPane* pane = window.searchPane();
    QLineEdit* field = pane->field();
    int shown = 0;
    QObject::connect(pane, &ui::SearchPane::resultsShown, [&shown](int) { ++shown; });

    const QStringList queries = {
        QStringLiteral("diffusion model"),  QStringLiteral("efficient inference"),
        QStringLiteral("sparse attention"), QStringLiteral("reasoning agents"),
        QStringLiteral("강화학습"),         QStringLiteral("확산 모델"),
        QStringLiteral("멀티모달 데이터"),  QStringLiteral("alignment after:2025-06-01")};
    StallMeter stall;
    QList<double> latencies;
    QList<double> stalls;
    int timeouts = 0;
    for (const QString& text : queries) {
        field->clear();
        QTest::qWait(interval);
        for (const QChar c : text) {
            stall.reset();
            const int before = shown;
            QElapsedTimer timer;
            timer.start();
            // A key event with its text, as an input method delivers a syllable.
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
            // Answered when the pane shows the answer to this text (older ones are dropped).
            while (shown == before && timer.elapsed() < 2000)
                QCoreApplication::processEvents(
                    QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
            if (shown == before)
                ++timeouts;
            latencies.append(double(timer.nsecsElapsed()) / 1e6);
            while (timer.elapsed() < interval)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            stalls.append(stall.longestMs());
            if (each)
                QTextStream(stderr) << "  " << field->text() << ": " << latencies.constLast()
                                    << " ms, stall " << stalls.constLast() << " ms\n";
        }
    }
    printMetric("search_keystrokes", double(latencies.size()), "keys");
    printMetric("search_keystroke_to_results_ms", percentile(latencies, 0.5), "ms");
    printMetric("search_keystroke_to_results_p95_ms", percentile(latencies, 0.95), "ms");
    printMetric("search_keystroke_to_results_max_ms", percentile(latencies, 1.0), "ms");
    printMetric("search_gui_stall_p95_ms", percentile(stalls, 0.95), "ms");
    printMetric("search_gui_stall_max_ms", percentile(stalls, 1.0), "ms");
    printMetric("search_keystroke_timeouts", timeouts, "keys");
    return timeouts > 0 ? 1 : 0;
}

} // namespace paperboy::bench
