// The engine's threading and scheduling, and what the HTTP client does while offline.
#include "FaultServer.h"
#include "SyncHarness.h"
#include "common/TimeBudget.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/HttpFetcher.h"
#include "sync/SyncScheduler.h"

#include <QElapsedTimer>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace paperboy;
using namespace paperboy::synctest;

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_server;
    const QDate m_today = QDate::currentDate();

    sync::SourceDefinition source(const QString& mode) const
    {
        return loopbackSource(mode, m_server->urlTemplate(mode));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<FaultServer>(fixture(QStringLiteral("digest-template.md")),
                                                 fixture(QStringLiteral("error-page.html")));
        QVERIFY(m_server->start());
    }

    void init() { m_server->resetStats(); }

    // First of the tests: nothing in this process has loaded a backend yet.
    void makingAnEngineLoadsNoNetworkBackend()
    {
        QVERIFY(!QNetworkInformation::instance());
        SyncHarness harness;
        QVERIFY(harness.engine().isOnline()); // not known offline
        QCoreApplication::processEvents();
        QVERIFY2(!QNetworkInformation::instance(), "the engine loaded the backend before a run");

        sync::ConnectivityMonitor monitor;
        QVERIFY(!monitor.hasBackend());
        QSignalSpy changes(&monitor, &sync::ConnectivityMonitor::onlineChanged);
        monitor.loadBackend();
        monitor.loadBackend(); // once is enough; again is harmless
        QCOMPARE(monitor.hasBackend(), QNetworkInformation::instance() != nullptr);
        if (!monitor.hasBackend()) {
            // No backend (as in this VM: no NetworkManager): nothing is known, sync just tries.
            QVERIFY(monitor.isOnline());
            QCOMPARE(changes.count(), 0);
        }
    }

    void offlineFailsAtOnceWhenAskedTo()
    {
        sync::SyncOptions options = fastOptions();
        options.whenOffline = sync::SyncOptions::WhenOffline::Fail;
        sync::HttpFetcher fetcher(options);
        QSignalSpy logged(&fetcher, &sync::HttpFetcher::requestLogged);
        fetcher.setOffline(true);
        std::optional<sync::FetchOutcome> remote;
        std::optional<sync::FetchOutcome> local;
        fetcher.fetch({QUrl(QStringLiteral("https://example.invalid/2026-11-25.md")), {}, {}, {}},
                      [&remote](const sync::FetchOutcome& outcome) { remote = outcome; });
        fetcher.fetch({QUrl(m_server->urlTemplate(QStringLiteral("ok"))
                                .replace(QStringLiteral("{date}"), m_today.toString(Qt::ISODate))),
                       {},
                       {},
                       {}},
                      [&local](const sync::FetchOutcome& outcome) { local = outcome; });
        QTRY_VERIFY(remote && local);
        QVERIFY(remote->kind == sync::FetchOutcome::Kind::Failed);
        QVERIFY(remote->error.contains(QStringLiteral("offline")));
        QVERIFY(!remote->gotResponse);
        // Loopback needs no network: it is fetched while offline.
        QVERIFY(local->kind == sync::FetchOutcome::Kind::Ok);
        QCOMPARE(logged.size(), 1); // only the loopback request was made
    }

    void offlineWaitsAndCancels()
    {
        sync::SyncOptions options = fastOptions();
        options.whenOffline = sync::SyncOptions::WhenOffline::Wait;
        sync::HttpFetcher fetcher(options);
        QSignalSpy logged(&fetcher, &sync::HttpFetcher::requestLogged);
        fetcher.setOffline(true);
        std::optional<sync::FetchOutcome> remote;
        fetcher.fetch({QUrl(QStringLiteral("https://example.invalid/2026-11-25.md")), {}, {}, {}},
                      [&remote](const sync::FetchOutcome& outcome) { remote = outcome; });
        QTest::qWait(300);
        QVERIFY(!remote); // held back, no attempt made
        QCOMPARE(logged.size(), 0);
        fetcher.cancelAll();
        QVERIFY(remote && remote->kind == sync::FetchOutcome::Kind::Cancelled);
    }

    void mainThreadStaysResponsive()
    {
        // The GUI's event loop keeps running during a sync: a 5 ms probe on this thread.
        SyncHarness harness;
        QElapsedTimer sinceLast;
        qint64 worstGap = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this,
                [&] { worstGap = qMax(worstGap, sinceLast.restart()); });
        sinceLast.start();
        probe.start();
        sync::SyncRequest request = sync::SyncRequest::range({source(QStringLiteral("slowok"))},
                                                             m_today.addDays(-15), m_today);
        request.today = m_today;
        const SyncRun run = harness.run(request);
        probe.stop();
        QCOMPARE(run.summary.fetched, 16);
        QVERIFY2(worstGap < test::timeBudgetMs(100), qPrintable(QString::number(worstGap)));
    }

    void theSummaryCountsOnlyPapersNewToTheCache()
    {
        SyncHarness harness;
        sync::SyncRequest first =
            sync::SyncRequest::singleDay({source(QStringLiteral("ok"))}, m_today);
        first.today = m_today;
        const SyncRun run = harness.run(first);
        QCOMPARE(run.summary.fetched, 1);
        const int papers = harness.reader()->paperCount();
        QVERIFY(papers > 0);
        QCOMPARE(run.summary.newPapers, papers);
        // Another day listing the same papers (the server's digest names the same ids) brings
        // nothing new: the tray's "N new papers" stays quiet.
        sync::SyncRequest second =
            sync::SyncRequest::singleDay({source(QStringLiteral("ok"))}, m_today.addDays(-1));
        second.today = m_today;
        const SyncRun again = harness.run(second);
        QCOMPARE(again.summary.fetched, 1);
        QCOMPARE(again.summary.newPapers, 0);
    }

    void startWhileRunningIsRefused()
    {
        SyncHarness harness;
        sync::SyncRequest request =
            sync::SyncRequest::singleDay({source(QStringLiteral("slowok"))}, m_today);
        QVERIFY(harness.engine().start(request));
        QVERIFY(harness.engine().isRunning());
        QVERIFY(!harness.engine().start(request));
        QSignalSpy finished(&harness.engine(), &sync::SyncEngine::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(!harness.engine().isRunning());
    }

    void schedulerRunsAtStartPeriodicallyAndQueues()
    {
        SyncHarness harness;
        int providerCalls = 0;
        sync::SyncScheduler scheduler(harness.engine(), [&] {
            ++providerCalls;
            return sync::SourceDefinitions{source(QStringLiteral("slowok"))};
        });
        scheduler.setRecentDays(1);
        scheduler.setInterval(std::chrono::milliseconds(700));
        QSignalSpy finished(&harness.engine(), &sync::SyncEngine::finished);
        scheduler.start(); // today and yesterday, now
        QVERIFY(harness.engine().isRunning());
        scheduler.syncDay(m_today.addDays(-5));
        scheduler.syncDay(m_today.addDays(-5)); // the same request waits once
        scheduler.backfill(m_today.addDays(-9), m_today.addDays(-8));
        QCOMPARE(scheduler.waitingCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 5000);
        QCOMPARE(scheduler.waitingCount(), 0);
        QCOMPARE(finished.at(0).at(0).value<sync::SyncSummary>().fetched, 2);
        QCOMPARE(finished.at(1).at(0).value<sync::SyncSummary>().fetched, 1);
        QCOMPARE(finished.at(2).at(0).value<sync::SyncSummary>().fetched, 2);
        // The hourly run (here: every 700 ms) re-checks the recent days: ETag -> 304.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 5000);
        QCOMPARE(finished.at(3).at(0).value<sync::SyncSummary>().unchanged, 2);
        scheduler.stop();
        QTRY_VERIFY(!harness.engine().isRunning());
        QVERIFY(providerCalls >= 4);
        // 2 + 1 + 2 + 2, and 2 for each later hourly run a slow machine may have let in; the
        // run that stop() cut short (finished or not) asked for at most its 2 days.
        const int requestsAtStop = m_server->stats(QStringLiteral("slowok")).requests;
        const int laterRuns = int(finished.size()) - 4;
        QVERIFY2(requestsAtStop >= 7 + 2 * laterRuns - 2 && requestsAtStop <= 7 + 2 * laterRuns + 2,
                 qPrintable(QString::number(requestsAtStop)));
        QTest::qWait(1000);
        QCOMPARE(m_server->stats(QStringLiteral("slowok")).requests, requestsAtStop);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
