// Settings > Sources' "Test Source" below the page: one day of one source fetched through
// sync's own client and readers, from real servers on 127.0.0.1, and reported exactly.
#include "FaultServer.h"
#include "SyncHarness.h"
#include "sync/SourceProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace paperboy;
using namespace paperboy::synctest;

class TestSourceProbe final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_server;
    const QDate m_day{2026, 11, 25};

    sync::SourceDefinition source(const QString& mode,
                                  sync::SourceFormat format = sync::SourceFormat::Markdown,
                                  const QString& suffix = QStringLiteral(".md")) const
    {
        return loopbackSource(mode, m_server->urlTemplate(mode, suffix), format);
    }

    static sync::SyncOptions probeOptions()
    {
        sync::SyncOptions options = fastOptions();
        options.maxTries = 1; // as the Settings page asks
        return options;
    }

    // Runs one probe to its end.
    static sync::SourceProbeResult probe(const sync::SourceDefinition& source, QDate day)
    {
        sync::SourceProbe probe(probeOptions());
        QSignalSpy finished(&probe, &sync::SourceProbe::finished);
        if (!probe.start(source, day))
            return {};
        // Not finished.wait(): the probe's thread may emit before the wait has begun.
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 10000))
            return {};
        return finished.constFirst().constFirst().value<sync::SourceProbeResult>();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<FaultServer>(fixture(QStringLiteral("digest-template.md")),
                                                 fixture(QStringLiteral("error-page.html")));
        QVERIFY(m_server->start());
    }

    void aWorkingSourceReportsItsPapers()
    {
        const sync::SourceProbeResult result = probe(source(QStringLiteral("ok")), m_day);
        QCOMPARE(result.kind, sync::SourceProbeResult::Kind::Found);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.url.toString(),
                 m_server->urlTemplate(QStringLiteral("ok"))
                     .replace(QStringLiteral("{date}"), m_day.toString(Qt::ISODate)));
        QVERIFY(result.papers > 0);
        QCOMPARE(result.titles.size(), qMin(result.papers, int(sync::SourceProbe::maxTitles)));
        QVERIFY(!result.titles.constFirst().isEmpty());
        QVERIFY(result.bytes > 0);
        QCOMPARE(result.pages, 1);
        QVERIFY(result.error.isEmpty());
    }

    void theApiIsReadPageByPage()
    {
        const sync::SourceProbeResult result = probe(
            source(QStringLiteral("hfpaged"), sync::SourceFormat::HfJson, QStringLiteral(".json")),
            m_day);
        QCOMPARE(result.kind, sync::SourceProbeResult::Kind::Found);
        QCOMPARE(result.papers, 130);
        QCOMPARE(result.pages, 2);
        QVERIFY(result.url.query().contains(QStringLiteral("p=0")));
    }

    void aDayWithoutADigestIsNotAFailure()
    {
        const sync::SourceProbeResult result = probe(source(QStringLiteral("notfound")), m_day);
        QCOMPARE(result.kind, sync::SourceProbeResult::Kind::NotPublished);
        QCOMPARE(result.status, 404);
    }

    void failuresSayExactlyWhat()
    {
        const sync::SourceProbeResult error500 = probe(source(QStringLiteral("always500")), m_day);
        QCOMPARE(error500.kind, sync::SourceProbeResult::Kind::Failed);
        QCOMPARE(error500.status, 500);
        QVERIFY2(error500.error.contains(QStringLiteral("500")), qPrintable(error500.error));

        const sync::SourceProbeResult html = probe(source(QStringLiteral("html")), m_day);
        QCOMPARE(html.kind, sync::SourceProbeResult::Kind::Failed);
        QCOMPARE(html.status, 200);
        QVERIFY2(html.error.contains(QStringLiteral("HTML")), qPrintable(html.error));

        const sync::SourceProbeResult wrongDay = probe(source(QStringLiteral("wrongday")), m_day);
        QCOMPARE(wrongDay.kind, sync::SourceProbeResult::Kind::Failed);
        QVERIFY(!wrongDay.error.isEmpty());

        // Nobody listens on the port: no HTTP status, and the reason says so.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const sync::SourceProbeResult refused =
            probe(loopbackSource(QStringLiteral("gone"),
                                 QStringLiteral("http://127.0.0.1:%1/{date}.md").arg(port)),
                  m_day);
        QCOMPARE(refused.kind, sync::SourceProbeResult::Kind::Failed);
        QCOMPARE(refused.status, 0);
        QVERIFY(!refused.error.isEmpty());
    }

    void aStalledTestIsCancelledAtOnce()
    {
        sync::SyncOptions options = probeOptions();
        options.transferTimeoutMs = 30'000; // the stall would last; only cancel() ends it
        options.totalTimeoutMs = 60'000;
        sync::SourceProbe probe(options);
        QSignalSpy finished(&probe, &sync::SourceProbe::finished);
        QVERIFY(probe.start(source(QStringLiteral("stall")), m_day));
        QVERIFY(probe.isRunning());
        QVERIFY(!probe.start(source(QStringLiteral("ok")), m_day)); // one at a time
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());
        QElapsedTimer clock;
        clock.start();
        probe.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(finished.constFirst().constFirst().value<sync::SourceProbeResult>().kind,
                 sync::SourceProbeResult::Kind::Cancelled);
        QTRY_VERIFY(!probe.isRunning());
        // And it can test again.
        QVERIFY(probe.start(source(QStringLiteral("ok")), m_day));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(finished.constLast().constFirst().value<sync::SourceProbeResult>().kind,
                 sync::SourceProbeResult::Kind::Found);
    }

    void anInvalidSourceIsNotStarted()
    {
        sync::SourceProbe probe(probeOptions());
        QVERIFY(!probe.start(
            loopbackSource(QStringLiteral("plain"), QStringLiteral("http://example.org/{date}.md")),
            m_day));
        QVERIFY(!probe.isRunning());
        // Destroying a probe in the middle of a request neither hangs nor crashes.
        auto running = std::make_unique<sync::SourceProbe>(probeOptions());
        QVERIFY(running->start(source(QStringLiteral("stall")), m_day));
        QElapsedTimer clock;
        clock.start();
        running.reset();
        QVERIFY(clock.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestSourceProbe)
#include "TestSourceProbe.moc"
