// The For you controller without a window: Not interested marks go to the user file through
// the user-data thread and come back with Undo; the day's For you order sinks them; a label
// change retrains once, a moment later, over a real cache and user file in a temporary folder.
#include "UiTestSupport.h"

#include "rank/ForYou.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/foryou/ForYouController.h"
#include "ui/foryou/ForYouListModel.h"
#include "ui/foryou/ForYouPane.h"
#include "ui/foryou/ForYouTrainer.h"

#include <QAction>
#include <QSignalSpy>
#include <QWidget>

using namespace paperboy;

namespace {

// A controller over the data in `dir`, with the commands of a bare widget and no tab.
struct ForYou
{
    explicit ForYou(const QString& dir)
        : context(store::DataPaths::inDirectory(dir)), actions(&widget),
          controller(context, actions, nullptr)
    {}

    ui::FeatureContext context;
    QWidget widget;
    ui::Actions actions;
    ui::ForYouController controller;
};

std::unique_ptr<store::UserStore> userFile(const QString& dir)
{
    QString notice;
    QString error;
    return store::openUserData(store::DataPaths::inDirectory(dir), &notice, &error);
}

// The ids of a `dayOrdered` signal's places, first place first.
QStringList orderOf(const QList<QVariant>& signal)
{
    const auto places = signal.at(0).value<QHash<QString, int>>();
    QStringList ids(places.size());
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        ids[it.value()] = it.key();
    return ids;
}

} // namespace

class TestForYouController final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QCOMPARE(uitest::importFixtures(m_dir->path()), QStringList());
        QString error;
        auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        QVERIFY(cache);
        m_day = cache->days().constFirst().date;
        m_items = cache->dayList(m_day);
        QVERIFY(m_items.size() >= 3);
    }

    void dismissSinksAndUndoRestores()
    {
        const QString id = m_items.constFirst().id;
        {
            ForYou forYou(m_dir->path());
            QSignalSpy ordered(&forYou.controller, &ui::ForYouController::dayOrdered);
            forYou.controller.start();
            forYou.controller.dayShown(m_day, m_items);
            QVERIFY(!ordered.isEmpty());
            QCOMPARE(orderOf(ordered.constLast()).size(), m_items.size());
            QVERIFY(!ordered.constLast().at(2).toString().isEmpty()); // the cold-start hint

            QSignalSpy written(&forYou.context.userData(), &ui::UserDataThread::dismissalWritten);
            forYou.controller.toggleDismissed(id);
            QVERIFY(forYou.controller.dismissed().contains(id));
            QCOMPARE(orderOf(ordered.constLast()).constLast(), id);
            QTRY_COMPARE(written.size(), 1);
            QVERIFY(written.constFirst().at(2).toBool());

            forYou.controller.undo();
            QVERIFY(!forYou.controller.dismissed().contains(id));
            QVERIFY(orderOf(ordered.constLast()).constLast() != id);
            QTRY_COMPARE(written.size(), 2);
        }
        QVERIFY(!userFile(m_dir->path())->isDismissed(id));
        {
            // A mark kept in the file is read back when the controller starts.
            ForYou forYou(m_dir->path());
            forYou.controller.start();
            forYou.controller.toggleDismissed(id);
        }
        ForYou forYou(m_dir->path());
        forYou.controller.start();
        QTRY_VERIFY(forYou.controller.dismissed().contains(id));
    }

    void labelChangesRetrainOnceAfterTheRun()
    {
        ForYou forYou(m_dir->path());
        QSignalSpy states(&forYou.controller, &ui::ForYouController::stateChanged);
        forYou.controller.start();
        QTRY_COMPARE(states.size(), 1); // the first ranking, once the marks are read
        QVERIFY(!forYou.controller.state().trained);
        // Three changes in a row: one training, after the last.
        for (int i = 0; i < 3; ++i)
            forYou.controller.labelsChanged();
        QTest::qWait(ui::ForYouController::retrainDelayMs / 2);
        QCOMPARE(states.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(states.size(), 2, 10000);
        QTest::qWait(ui::ForYouController::retrainDelayMs + 500);
        QCOMPARE(states.size(), 2);
    }

    // Days flipped past are not scored (that took a core from the switches and re-sorted the
    // list during the next one): only the day the reader stays on, a moment after it is shown.
    void onlyTheDayStayedOnIsScored()
    {
        QString error;
        auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        QVERIFY(cache);
        const QList<store::DaySummary> days = cache->days();
        QVERIFY(days.size() >= 3);
        QList<store::Bookmark> marks;
        for (const store::DaySummary& day : days) {
            for (const store::PaperListItem& item : cache->dayList(day.date)) {
                if (marks.size() < rank::minimumBookmarks)
                    marks.append(store::Bookmark::fromPaper(*cache->paper(item.id)));
            }
        }
        QCOMPARE(marks.size(), rank::minimumBookmarks);
        QVERIFY(userFile(m_dir->path())->addBookmarks(marks, &error));

        ForYou forYou(m_dir->path());
        forYou.controller.start(); // no cached days given: the run scores no period
        QTRY_VERIFY_WITH_TIMEOUT(forYou.controller.state().trained, 30000);
        QTRY_VERIFY(!forYou.controller.trainer().isRunning());
        QSignalSpy scored(&forYou.controller.trainer(), &ui::ForYouTrainer::scored);
        QSignalSpy ordered(&forYou.controller, &ui::ForYouController::dayOrdered);
        const QList<store::PaperListItem> passed = cache->dayList(days.at(1).date);
        const QList<store::PaperListItem> stayed = cache->dayList(days.at(2).date);
        forYou.controller.dayShown(days.at(1).date, passed);
        forYou.controller.dayShown(days.at(2).date, stayed);
        QTRY_COMPARE_WITH_TIMEOUT(scored.size(), 1, 10000);
        QTest::qWait(ui::ForYouController::scoreDelayMs * 3);
        QCOMPARE(scored.size(), 1);
        QVERIFY(forYou.controller.scores().contains(stayed.constFirst().id));
        QVERIFY(!forYou.controller.scores().contains(passed.constFirst().id));
        // The day on show is ordered again with its scores: scored papers first.
        QCOMPARE(ordered.size(), 3);
        QVERIFY(forYou.controller.scores().contains(orderOf(ordered.constLast()).constFirst()));
    }

    // The tab's papers are read with their texts and ranked: not at start-up while the tab is
    // hidden (with a large cache that was a quarter of the start's CPU time), but once shown.
    void theTabIsRankedOnceShown()
    {
        QString error;
        auto cache = store::CacheReader::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        QVERIFY(cache);
        QList<QDate> days;
        int papers = 0;
        for (const store::DaySummary& day : cache->days()) {
            days.append(day.date);
            papers += int(cache->dayList(day.date).size());
        }
        QVERIFY(days.size() <= 7); // the fixtures' days all fall in the tab's period
        ui::FeatureContext context(store::DataPaths::inDirectory(m_dir->path()));
        QWidget window;
        ui::Actions actions(&window);
        auto* pane = new ui::ForYouPane(&window);
        ui::ForYouController controller(context, actions, pane);
        controller.setCachedDays(days);
        QSignalSpy states(&controller, &ui::ForYouController::stateChanged);
        controller.start();
        QTRY_COMPARE(states.size(), 1);
        QVERIFY(controller.state().known);
        QCOMPARE(pane->model()->rowCount(), 0);

        window.show();
        QTRY_COMPARE(states.size(), 2);
        QCOMPARE(pane->model()->rowCount(), papers);
        window.hide();
        window.show(); // once is enough: later runs rank the period whatever is on show
        QTest::qWait(200);
        QCOMPARE(states.size(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDate m_day;
    QList<store::PaperListItem> m_items;
};

PAPERBOY_UI_TEST_MAIN(TestForYouController)
#include "TestForYouController.moc"
