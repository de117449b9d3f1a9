// The sync engine against a misbehaving server on 127.0.0.1: every fault leaves the cache as
// it was, names itself in the log, and retries exactly as the policy says (counted server-side).
#include "FaultServer.h"
#include "SyncHarness.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace paperboy;
using namespace paperboy::synctest;
using Outcome = sync::TaskOutcome;

Q_DECLARE_METATYPE(paperboy::sync::TaskOutcome)

class TestSyncFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_server;
    const QDate m_today = QDate::currentDate();

    sync::SyncRequest requestFor(const QString& mode, const QString& suffix = QStringLiteral(".md"))
    {
        // One source name for every mode: the faulty fetch must meet the primed digest.
        sync::SyncRequest request = sync::SyncRequest::singleDay(
            {loopbackSource(QStringLiteral("fault"), m_server->urlTemplate(mode, suffix))},
            m_today);
        request.today = m_today;
        return request;
    }

    // The good digest of the fixture, in the cache before the fault.
    void prime(SyncHarness& harness)
    {
        const SyncRun run = harness.run(requestFor(QStringLiteral("ok")));
        QVERIFY2(run.finished && run.summary.fetched == 1, qPrintable(run.logText()));
        QCOMPARE(harness.reader()->dayList(m_today).size(), 3);
    }

private slots:
    void initTestCase()
    {
        const QByteArray digest = fixture(QStringLiteral("digest-template.md"));
        const QByteArray errorPage = fixture(QStringLiteral("error-page.html"));
        QVERIFY(!digest.isEmpty() && !errorPage.isEmpty());
        m_server = std::make_unique<FaultServer>(digest, errorPage);
        QVERIFY(m_server->start());
    }

    void init() { m_server->resetStats(); }

    void fault_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("requests"); // seen by the server for this mode
        QTest::addColumn<QString>("logSays");

        QTest::newRow("404") << "notfound" << Outcome::Missing << 1 << "";
        // The retry still carries If-None-Match, so the good answer is a 304.
        QTest::newRow("429 Retry-After 1 s, then 200")
            << "retryafter" << Outcome::Unchanged << 2 << "HTTP status 429";
        QTest::newRow("503 Retry-After date, then 200")
            << "retryafterdate" << Outcome::Unchanged << 2 << "HTTP status 503";
        QTest::newRow("429 Retry-After over the cap")
            << "retryafterlong" << Outcome::Failed << 1 << "HTTP status 429";
        QTest::newRow("500 then 200") << "flaky500" << Outcome::Unchanged << 2 << "HTTP status 500";
        QTest::newRow("500 always") << "always500" << Outcome::Failed << 3 << "HTTP status 500";
        QTest::newRow("503 always") << "always503" << Outcome::Failed << 3 << "HTTP status 503";
        QTest::newRow("stall") << "stall" << Outcome::Failed << 3 << "no data for";
        QTest::newRow("reset mid-body") << "reset" << Outcome::Failed << 3 << "";
        QTest::newRow("shorter than Content-Length") << "short" << Outcome::Failed << 3 << "";
        QTest::newRow("garbage body") << "garbage" << Outcome::Failed << 1 << "";
        QTest::newRow("HTML page with 200") << "html" << Outcome::Failed << 1 << "";
        QTest::newRow("another day's digest") << "wrongday" << Outcome::Failed << 1 << "";
        QTest::newRow("200 MB streamed") << "huge" << Outcome::Failed << 1 << "larger than 20 MB";
        QTest::newRow("200 MB declared")
            << "hugedeclared" << Outcome::Failed << 1 << "larger than 20 MB";
        QTest::newRow("redirect loop") << "redirectloop" << Outcome::Failed << 6 << "redirects";
        QTest::newRow("redirect to file:") << "redirectfile" << Outcome::Failed << 1
                                           << "refused a redirect to 'file:///etc/passwd'";
        QTest::newRow("redirect to remote http") << "redirectremote" << Outcome::Failed << 1
                                                 << "refused a redirect to 'http://192.0.2.1";
        QTest::newRow("redirect to loopback") << "redirectok" << Outcome::Unchanged << 1 << "";
        QTest::newRow("slow drip that ends") << "drip" << Outcome::Fetched << 1 << "";
        QTest::newRow("slow drip forever") << "dripforever" << Outcome::Failed << 1 << "too slowly";
        QTest::newRow("gzip") << "gzip" << Outcome::Fetched << 1 << "";
    }

    void fault()
    {
        QFETCH(QString, mode);
        QFETCH(Outcome, outcome);
        QFETCH(int, requests);
        QFETCH(QString, logSays);

        SyncHarness harness;
        prime(harness);
        const SyncRun run = harness.run(requestFor(mode));
        QVERIFY2(run.finished, qPrintable(run.logText()));
        QCOMPARE(run.tasks.size(), 1);
        const sync::SyncTaskResult& task = run.tasks.constFirst();
        QVERIFY2(task.outcome == outcome,
                 qPrintable(sync::outcomeName(task.outcome) + QLatin1Char(' ') + task.error +
                            QLatin1Char('\n') + run.logText()));
        QVERIFY2(m_server->stats(mode).requests == requests,
                 qPrintable(QString::number(m_server->stats(mode).requests) + QLatin1Char('\n') +
                            run.logText()));
        // One log entry per try; a redirect chain is one try.
        QCOMPARE(run.log.size(), mode == QLatin1String("redirectloop") ? 1 : requests);
        QVERIFY2(run.logText().contains(logSays), qPrintable(run.logText()));

        // The cache keeps what it had (or has the same digest again).
        const auto reader = harness.reader();
        QCOMPARE(reader->dayList(m_today).size(), 3);
        const auto record = reader->fetchRecord(m_today, QStringLiteral("fault"));
        QVERIFY(record);
        if (outcome == Outcome::Failed) {
            QCOMPARE(record->status, store::FetchRecord::Status::Failed);
            QVERIFY(!record->error.isEmpty());
            QCOMPARE(task.error, record->error);
            QCOMPARE(run.summary.failed, 1);
            // Every failure is in the log under its URL.
            QVERIFY(!run.log.constLast().error.isEmpty() || !task.error.isEmpty());
        } else if (outcome == Outcome::Missing) {
            QCOMPARE(record->status, store::FetchRecord::Status::Missing);
            QCOMPARE(run.summary.missing, 1);
        } else if (outcome == Outcome::Unchanged) {
            QCOMPARE(record->status, store::FetchRecord::Status::Fetched);
            QCOMPARE(run.summary.unchanged, 1);
            QVERIFY(run.updatedDays.isEmpty());
        } else {
            QCOMPARE(record->status, store::FetchRecord::Status::Fetched);
            QCOMPARE(run.updatedDays, QList<QDate>{m_today});
        }
    }

    void notHttpIsNotRetriedByUs()
    {
        // Closed before any status line: Qt's HTTP layer resends by itself (it takes this for
        // a stale keep-alive connection), a varying number of times. Our policy adds no try
        // of its own on top (HttpFetcher's isTransient).
        SyncHarness harness;
        prime(harness);
        const SyncRun run = harness.run(requestFor(QStringLiteral("rawgarbage")));
        QCOMPARE(run.summary.failed, 1);
        QCOMPARE(run.log.size(), 1);
        const int requests = m_server->stats(QStringLiteral("rawgarbage")).requests;
        QVERIFY2(requests >= 1 && requests <= 4, qPrintable(QString::number(requests)));
        QCOMPARE(harness.reader()->dayList(m_today).size(), 3);
    }

    void retryAfterIsHonoured()
    {
        SyncHarness harness;
        const SyncRun run = harness.run(requestFor(QStringLiteral("retryafter")));
        QCOMPARE(run.summary.fetched, 1);
        QVERIFY2(run.ms >= 900, qPrintable(QString::number(run.ms))); // Retry-After: 1
    }

    void hugeResponseIsCutWhileStreaming()
    {
        SyncHarness harness;
        const SyncRun run = harness.run(requestFor(QStringLiteral("huge")));
        QCOMPARE(run.summary.failed, 1);
        QTRY_VERIFY(m_server->stats(QStringLiteral("huge")).clientClosedEarly);
        const qint64 sent = m_server->stats(QStringLiteral("huge")).bodyBytesSent;
        QVERIFY2(sent < 30 * 1024 * 1024, qPrintable(QString::number(sent)));
        QVERIFY(run.log.constFirst().bytes <= 20 * 1024 * 1024 + 1);
    }

    void politeHeaders()
    {
        SyncHarness harness;
        QCOMPARE(harness.run(requestFor(QStringLiteral("gzip"))).summary.fetched, 1);
        const ModeStats stats = m_server->stats(QStringLiteral("gzip"));
        QCOMPARE(stats.lastHeaders.value("user-agent"), QByteArray("Paperboy/" PAPERBOY_VERSION));
        QVERIFY(stats.lastHeaders.value("accept-encoding").contains("gzip"));
    }

    void etagGivesNotModified()
    {
        SyncHarness harness;
        prime(harness);
        const SyncRun second = harness.run(requestFor(QStringLiteral("ok")));
        QCOMPARE(second.summary.unchanged, 1);
        QCOMPARE(second.summary.fetched, 0);
        QCOMPARE(second.log.constFirst().status, 304);
        QVERIFY(second.updatedDays.isEmpty());
        QCOMPARE(m_server->stats(QStringLiteral("ok")).lastHeaders.value("if-none-match"),
                 QByteArray("\"fixture-v1\""));
        QCOMPARE(m_server->stats(QStringLiteral("ok")).lastHeaders.value("if-modified-since"),
                 QByteArray("Tue, 24 Nov 2026 10:00:00 GMT"));
    }

    void atMostFourRequestsPerHost()
    {
        SyncHarness harness;
        sync::SyncRequest request = sync::SyncRequest::range(
            {loopbackSource(QStringLiteral("slow"),
                            m_server->urlTemplate(QStringLiteral("slowok")))},
            m_today.addDays(-11), m_today);
        request.today = m_today;
        const SyncRun run = harness.run(request);
        QCOMPARE(run.summary.fetched, 12);
        QCOMPARE(m_server->stats(QStringLiteral("slowok")).maxConcurrent, 4);
    }

    void hfPagesUntilAShortPage()
    {
        SyncHarness harness;
        sync::SyncRequest request = requestFor(QStringLiteral("hfpaged"), QStringLiteral(".json"));
        request.sources.first().format = sync::SourceFormat::HfJson;
        const SyncRun run = harness.run(request);
        QVERIFY2(run.summary.fetched == 1, qPrintable(run.logText()));
        QCOMPARE(m_server->stats(QStringLiteral("hfpaged")).requests, 2); // 100 + 30
        QCOMPARE(harness.reader()->dayList(m_today).size(), 130);
        QVERIFY(run.log.constFirst().url.query().contains(QStringLiteral("limit=100")));
        // A paged day has no single validator: it is not recorded as one.
        QVERIFY(harness.reader()->fetchRecord(m_today, QStringLiteral("fault"))->etag.isEmpty());
    }

    void hfPagingStopsWhenTheServerIgnoresP()
    {
        SyncHarness harness;
        sync::SyncRequest request = requestFor(QStringLiteral("hfstatic"), QStringLiteral(".json"));
        request.sources.first().format = sync::SourceFormat::HfJson;
        const SyncRun run = harness.run(request);
        QVERIFY2(run.summary.fetched == 1, qPrintable(run.logText()));
        QCOMPARE(m_server->stats(QStringLiteral("hfstatic")).requests, 2);
        QCOMPARE(harness.reader()->dayList(m_today).size(), 100);
    }

    void cancelLeavesWholeDaysOnly()
    {
        SyncHarness harness;
        const sync::SourceDefinition slow =
            loopbackSource(QStringLiteral("slow"), m_server->urlTemplate(QStringLiteral("slowok")));
        sync::SyncRequest request = sync::SyncRequest::range({slow}, m_today.addDays(-39), m_today);
        request.today = m_today;
        QElapsedTimer clock;
        QTimer::singleShot(600, &harness.engine(), [&harness, &clock] {
            clock.start();
            harness.engine().cancel();
        });
        const SyncRun run = harness.run(request);
        QVERIFY(run.finished);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(run.summary.cancelled > 0);
        QVERIFY(run.summary.fetched > 0);
        QCOMPARE(run.summary.fetched + run.summary.cancelled, 40);
        const auto reader = harness.reader();
        int whole = 0;
        for (QDate day = request.from; day <= request.to; day = day.addDays(1)) {
            const auto record = reader->fetchRecord(day, slow.name);
            const int papers = int(reader->dayList(day).size());
            if (record) {
                QCOMPARE(record->status, store::FetchRecord::Status::Fetched);
                QCOMPARE(papers, 3);
                ++whole;
            } else {
                QCOMPARE(papers, 0);
            }
        }
        QCOMPARE(whole, run.summary.fetched);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
