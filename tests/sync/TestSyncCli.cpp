// `paperboy sync` as users and scripts run it: the built binary against real loopback servers,
// checking the summary line, the progress log and the exit code.
#include "FaultServer.h"
#include "PythonHttpServer.h"
#include "SyncHarness.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace paperboy;
using namespace paperboy::synctest;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_server;
    QTemporaryDir m_home;
    const QString m_today = QDate::currentDate().toString(Qt::ISODate);

    CliRun paperboy(const QString& dataDir, const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("PAPERBOY_DATA_DIR"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PAPERBOY_BINARY),
                      QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync"),
                                  QStringLiteral("--retry-base-ms"), QStringLiteral("10"),
                                  QStringLiteral("--timeout-ms"), QStringLiteral("300")} +
                          args);
        CliRun run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QStringList today(const QStringList& sources) const
    {
        QStringList args{QStringLiteral("--from"), m_today, QStringLiteral("--to"), m_today};
        for (const QString& source : sources)
            args << QStringLiteral("--source") << source;
        return args;
    }

    QString faultSource(const QString& mode) const
    {
        return QStringLiteral("markdown=") + m_server->urlTemplate(mode);
    }

    static QString summary(int fetched, int unchanged, int missing, int failed)
    {
        return QStringLiteral("days: fetched %1, unchanged %2, missing %3, failed %4\n")
            .arg(fetched)
            .arg(unchanged)
            .arg(missing)
            .arg(failed);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(PAPERBOY_BINARY)));
        m_server = std::make_unique<FaultServer>(fixture(QStringLiteral("digest-template.md")),
                                                 fixture(QStringLiteral("error-page.html")));
        QVERIFY(m_server->start());
    }

    void fetchThenUnchanged()
    {
        QTemporaryDir data;
        const CliRun first = paperboy(data.path(), today({faultSource(QStringLiteral("ok"))}));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, summary(1, 0, 0, 0));
        QVERIFY2(first.err.contains(QStringLiteral("[1/1] ") + m_today), qPrintable(first.err));
        QVERIFY(first.err.contains(QStringLiteral("3 paper")));
        const CliRun second = paperboy(data.path(), today({faultSource(QStringLiteral("ok"))}));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, summary(0, 1, 0, 0));
    }

    void missingIsFine()
    {
        QTemporaryDir data;
        const CliRun run = paperboy(data.path(), today({faultSource(QStringLiteral("notfound"))}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, summary(0, 0, 1, 0));
    }

    void someFailed()
    {
        QTemporaryDir data;
        m_server->resetStats();
        const CliRun run = paperboy(data.path(), today({faultSource(QStringLiteral("ok")),
                                                        faultSource(QStringLiteral("always500"))}));
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QCOMPARE(run.out, summary(1, 0, 0, 1));
        QVERIFY2(run.err.contains(QStringLiteral("HTTP status 500 (after 3 tries)")),
                 qPrintable(run.err));
        QCOMPARE(m_server->stats(QStringLiteral("always500")).requests, 3);
        // Each request's error follows its (day, source)'s "[n/N]" line, never before it.
        const QStringList lines = run.err.split(QLatin1Char('\n'));
        qsizetype header = -1;
        qsizetype firstTry = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (header < 0 && lines.at(i).startsWith(QLatin1Char('[')) &&
                lines.at(i).contains(QStringLiteral(": failed")))
                header = i;
            if (firstTry < 0 && lines.at(i).contains(QStringLiteral("(try 1)")))
                firstTry = i;
        }
        QVERIFY2(header >= 0 && firstTry > header, qPrintable(run.err));
    }

    void answeredButUnusable()
    {
        QTemporaryDir data;
        const CliRun run = paperboy(data.path(), today({faultSource(QStringLiteral("html"))}));
        QCOMPARE(run.exitCode, 1); // the server answered: not "unreachable"
        QVERIFY2(run.err.contains(QStringLiteral("HTML page")), qPrintable(run.err));
    }

    void nothingReachable()
    {
        QTemporaryDir data;
        // A port nobody listens on: take a free one and close it again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CliRun dead =
            paperboy(data.path(),
                     today({QStringLiteral("markdown=http://127.0.0.1:%1/{date}.md").arg(port)}));
        QCOMPARE(dead.exitCode, 1); // failed, all of it: not a usage error
        QCOMPARE(dead.out, summary(0, 0, 0, 1));
        const CliRun stalled = paperboy(data.path(), today({faultSource(QStringLiteral("stall"))}));
        QCOMPARE(stalled.exitCode, 1);
        QVERIFY2(stalled.err.contains(QStringLiteral("no data for 0.3 s (after 3 tries)")),
                 qPrintable(stalled.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("args");
        QTest::newRow("bad date") << "--from 2024-02-30";
        QTest::newRow("unknown source") << "--source nope";
        QTest::newRow("remote http") << "--source markdown=http://example.com/{date}.md";
        QTest::newRow("unknown option") << "--fast";
    }

    void usageErrors()
    {
        QFETCH(QString, args);
        QTemporaryDir data;
        const CliRun run = paperboy(data.path(), args.split(QLatin1Char(' ')));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void userDefinedSourceByNameAndByDefault()
    {
        QTemporaryDir data;
        const QString config = m_home.filePath(QStringLiteral("config/paperboy"));
        QVERIFY(QDir().mkpath(config));
        QFile file(config + QStringLiteral("/sources.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"builtIns\": {\"hf\": {\"enabled\": false}, "
                                  "\"daily_papers_ko\": {\"enabled\": false}, "
                                  "\"korean_autoflow\": {\"enabled\": false}}, \"sources\": "
                                  "[{\"name\": \"local\", \"url\": \"%1\", \"format\": "
                                  "\"markdown\"}]}")
                       .arg(m_server->urlTemplate(QStringLiteral("ok")))
                       .toUtf8());
        file.close();
        const CliRun named = paperboy(data.path(), today({QStringLiteral("local")}));
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(named.out, summary(1, 0, 0, 0));
        // With no --source, the enabled ones: only "local" here, never the internet.
        const CliRun byDefault = paperboy(data.path(), today({}));
        QCOMPARE(byDefault.exitCode, 0);
        QCOMPARE(byDefault.out, summary(0, 1, 0, 0));
        QFile::remove(file.fileName());
    }

    void corpusFromAStaticServer()
    {
        const QString corpus = QStringLiteral(PAPERBOY_CORPUS_DIR);
        if (!QDir(corpus + QStringLiteral("/daily_papers_ko")).exists())
            QFAIL(qPrintable(QStringLiteral("the corpus is missing: ") + corpus));
        QTemporaryDir root;
        QVERIFY(QFile::link(corpus + QStringLiteral("/daily_papers_ko"),
                            root.filePath(QStringLiteral("paper_logs"))));
        QVERIFY(QFile::link(corpus + QStringLiteral("/hf_daily_papers"),
                            root.filePath(QStringLiteral("hf"))));
        PythonHttpServer server(root.path());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        // 2024-12-16 .. 2024-12-22: both sources have Monday to Friday, neither the weekend.
        int pairs = 0;
        for (QDate day(2024, 12, 16); day <= QDate(2024, 12, 22); day = day.addDays(1)) {
            pairs += int(QFile::exists(
                corpus + day.toString(QStringLiteral("'/daily_papers_ko/'yyyy/MM/dd'.md'"))));
            pairs += int(QFile::exists(corpus + QStringLiteral("/hf_daily_papers/") +
                                       day.toString(Qt::ISODate) + QStringLiteral(".json")));
        }
        QTemporaryDir data;
        const CliRun run = paperboy(
            data.path(),
            {QStringLiteral("--from"), QStringLiteral("2024-12-16"), QStringLiteral("--to"),
             QStringLiteral("2024-12-22"), QStringLiteral("--source"),
             QStringLiteral("markdown=") + server.baseUrl() +
                 QStringLiteral("/paper_logs/{yyyy}/{MM}/{dd}.md"),
             QStringLiteral("--source"),
             QStringLiteral("hf-json=") + server.baseUrl() + QStringLiteral("/hf/{date}.json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, summary(pairs, 0, 14 - pairs, 0));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
