// Watches after syncs in the real window (issue 33), against a digest server on 127.0.0.1:
// a sync that brings matches names the watches that gained in one status line; a sync that
// brings nothing new names none.
#include "SyncWindowFixture.h"

#include "search/WatchSearch.h"
#include "store/user/UserStore.h"
#include "ui/watches/WatchesController.h"

#include <QStatusBar>

using namespace paperboy;

class TestWatchesSync final : public QObject
{
    Q_OBJECT

    uitest::SyncWindowFixture m_fixture;

    // The core's count over a connection of the test's own.
    search::WatchCounts expectedCounts() const
    {
        const store::DataPaths paths = store::DataPaths::inDirectory(m_fixture.dataDir());
        QString error;
        auto search = search::WatchSearch::open(paths, &error);
        auto user = store::UserStore::open(paths, &error);
        if (!search || !user)
            return {};
        return search->countNew(user->watches()).value_or(search::WatchCounts());
    }

private slots:
    void init() { m_fixture.init(); }
    void cleanup() { m_fixture.cleanup(); }

    void syncsNameOnlyTheWatchesThatGained()
    {
        m_fixture.useSources({synctest::loopbackSource(
            QStringLiteral("mirror"), m_fixture.server().urlTemplate(QStringLiteral("ok")))});
        auto window = m_fixture.openSyncWindow();
        ui::WatchesController& watches = window->watches();
        QSignalSpy counted(&watches, &ui::WatchesController::counted);
        // Saved before anything is cached: every match the sync brings is new.
        QSignalSpy problems(&watches, &ui::WatchesController::problem);
        watches.addWatch(QStringLiteral("budgets"), QStringLiteral("retry"));
        watches.addWatch(QStringLiteral("fixtures"), QStringLiteral("loopback"));
        watches.addWatch(QStringLiteral("none"), QStringLiteral("quantum chromodynamics"));
        QTRY_COMPARE(watches.watches().size(), 3);
        QVERIFY(problems.isEmpty());
        QTRY_VERIFY(watches.newCount(QStringLiteral("none")).has_value());
        // Nothing cached: every count is 0, not unknown.
        QCOMPARE(watches.newCount(QStringLiteral("budgets")), std::optional<int>(0));

        QSignalSpy gained(&watches, &ui::WatchesController::watchesGained);
        QSignalSpy finished(&window->syncController(), &ui::SyncController::finished);
        counted.clear();
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(m_fixture.waitFinished(*window, finished));
        QTRY_VERIFY(!counted.isEmpty());
        QTRY_COMPARE(gained.size(), 1);
        const search::WatchCounts expected = expectedCounts();
        QList<std::pair<QString, int>> named;
        for (const search::WatchNew& watch : expected.watches) {
            QCOMPARE(watches.newCount(watch.name), std::optional<int>(watch.count()));
            if (watch.count() > 0)
                named.append({watch.name, watch.count()});
        }
        QCOMPARE(named.size(), 2);
        QCOMPARE(gained.first().at(0).toString(), ui::WatchesController::gainedMessage(named));
        QCOMPARE(window->statusBar()->currentMessage(), gained.first().at(0).toString());

        // The same days again: nothing arrives, no watch's count changes, nothing is said.
        finished.clear();
        counted.clear();
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(m_fixture.waitFinished(*window, finished));
        QTRY_VERIFY(!counted.isEmpty());
        QCOMPARE(gained.size(), 1);
        for (const auto& [name, count] : named)
            QCOMPARE(watches.newCount(name), std::optional<int>(count));
    }
};

PAPERBOY_UI_TEST_MAIN(TestWatchesSync)
#include "TestWatchesSync.moc"
