// The days controller without a window: Go's commands over the cached days and the refresh of
// what is shown as days are written, over a real cache in a temporary folder.
#include "UiTestSupport.h"

#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/days/DaysController.h"

#include <QAction>
#include <QSignalSpy>
#include <QWidget>

using namespace paperboy;

namespace {

const QDate march4(2024, 3, 4);
const QDate march5(2024, 3, 5);
const QDate march6(2024, 3, 6);
const QDate march7(2024, 3, 7);

using CachedDays = ui::CachedDays;

// A controller over the cache in `dir`, with the commands of a bare widget.
struct Days
{
    explicit Days(const QString& dir)
        : context(store::DataPaths::inDirectory(dir)), actions(&widget),
          controller(context, actions)
    {}

    // Starts on `day` as the window does, with what the start-up read found.
    void start(QDate day)
    {
        store::CacheReader* cache = context.reader();
        const CachedDays days = cache ? CachedDays(cache->days()) : CachedDays();
        controller.start(days, day, QString(),
                         cache && days.contains(day) ? cache->dayList(day)
                                                     : QList<store::PaperListItem>());
    }

    ui::FeatureContext context;
    QWidget widget;
    ui::Actions actions;
    ui::DaysController controller;
};

ui::DayPage lastPage(const QSignalSpy& spy)
{
    return spy.constLast().constFirst().value<ui::DayPage>();
}

} // namespace

class TestDaysController final : public QObject
{
    Q_OBJECT

private slots:
    void stepDaySkipsToCachedDays()
    {
        QTemporaryDir dir;
        QCOMPARE(uitest::importFixtures(dir.path()), QStringList());
        Days days(dir.path());
        QSignalSpy shown(&days.controller, &ui::DaysController::dayShown);
        QSignalSpy status(&days.context, &ui::FeatureContext::statusShown);
        days.start(march4);
        QVERIFY(!days.actions.previousDay->isEnabled());
        QVERIFY(days.actions.nextDay->isEnabled());

        days.actions.nextDay->trigger();
        QCOMPARE(days.controller.day(), march5);
        days.actions.nextDay->trigger(); // the 6th has no digest
        QCOMPARE(days.controller.day(), march7);
        const ui::DayPage page = lastPage(shown);
        QCOMPARE(page.day, march7);
        QVERIFY(page.cached);
        QVERIFY(!page.items.isEmpty());
        QVERIFY(!days.actions.nextDay->isEnabled());

        days.controller.stepDay(true); // nothing later: the reader is told, the day stays
        QCOMPARE(days.controller.day(), march7);
        QCOMPARE(status.size(), 1);

        days.controller.showDay(march6);
        QVERIFY(!lastPage(shown).cached);
        QVERIFY(days.actions.nearestDay->isEnabled());
        days.controller.stepDay(false);
        QCOMPARE(days.controller.day(), march5);
    }

    // An empty window keeps to the newest day while an import fills the cache.
    void refreshFollowsTheFirstDaysWritten()
    {
        QTemporaryDir dir;
        Days days(dir.path());
        QSignalSpy shown(&days.controller, &ui::DaysController::dayShown);
        QSignalSpy changed(&days.controller, &ui::DaysController::daysChanged);
        days.start(march6);
        QVERIFY(days.controller.days().isEmpty());
        QVERIFY(!lastPage(shown).cached);

        QCOMPARE(uitest::importFixtures(dir.path()), QStringList());
        for (const QDate day : {march4, march5, march7})
            days.controller.noteWrittenDay(day);
        // Throttled: the refresh comes a moment later, once for the three days.
        QCOMPARE(days.controller.days().size(), 0);
        QTRY_COMPARE(days.controller.days().size(), 3);
        QCOMPARE(days.controller.day(), march7);
        QVERIFY(lastPage(shown).cached);
        QVERIFY(days.controller.isFollowingLatest());
        QCOMPARE(changed.constLast().constFirst().value<CachedDays>().size(), 3);

        days.controller.writesEnded();
        QVERIFY(!days.controller.isFollowingLatest());
    }

    // The day on show written again is refreshed in place; another day only updates the days.
    void writtenDayOnShowIsRefreshedInPlace()
    {
        QTemporaryDir dir;
        QCOMPARE(
            uitest::importInto(dir.path(), {uitest::fixtureDir() + QStringLiteral("/digests")}),
            QStringList());
        Days days(dir.path());
        QSignalSpy shown(&days.controller, &ui::DaysController::dayShown);
        QSignalSpy refreshed(&days.controller, &ui::DaysController::dayRefreshed);
        days.start(march5);
        const int papersBefore = days.controller.days().paperCount(march5);
        QCOMPARE(shown.size(), 1);

        // The Hugging Face day of the 5th adds its papers to the day the reader is on.
        QCOMPARE(uitest::importInto(dir.path(), {uitest::fixtureDir() + QStringLiteral("/hf")}),
                 QStringList());
        days.controller.noteWrittenDay(march5);
        days.controller.writesEnded();
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.constFirst().constFirst().toDate(), march5);
        const auto items = refreshed.constFirst().at(1).value<QList<store::PaperListItem>>();
        QCOMPARE(int(items.size()), days.controller.days().paperCount(march5));
        QVERIFY(days.controller.days().paperCount(march5) > papersBefore);
        QCOMPARE(shown.size(), 1); // not shown again: the reader's place in the list stays

        days.controller.noteWrittenDay(march7);
        days.controller.writesEnded();
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(days.controller.day(), march5);

        // Nothing written: ending the writes refreshes nothing.
        days.controller.writesEnded();
        QCOMPARE(refreshed.size(), 1);
    }

    // A cleared cache leaves the window on its day, with nothing cached.
    void clearedCacheShowsNoDays()
    {
        QTemporaryDir dir;
        QCOMPARE(uitest::importFixtures(dir.path()), QStringList());
        Days days(dir.path());
        QSignalSpy shown(&days.controller, &ui::DaysController::dayShown);
        QSignalSpy status(&days.controller, &ui::DaysController::dayStatusChanged);
        days.start(march5);
        store::WriterThread& writer = days.context.writer();
        QSignalSpy cleared(&writer, &store::WriterThread::cacheCleared);
        writer.clearCache();
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(cleared.constFirst().at(1).toBool());

        days.controller.cacheCleared();
        QVERIFY(days.controller.days().isEmpty());
        QCOMPARE(days.controller.day(), march5);
        QVERIFY(!lastPage(shown).cached);
        QVERIFY(!days.actions.latestDay->isEnabled());
        QCOMPARE(status.constLast().constFirst().toString(), QStringLiteral("No digests cached"));
    }
};

PAPERBOY_UI_TEST_MAIN(TestDaysController)
#include "TestDaysController.moc"
