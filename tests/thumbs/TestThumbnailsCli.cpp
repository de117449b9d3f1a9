// `paperboy thumbnails prefetch|status` through the real binary, against loopback servers.
#include "ImageServer.h"
#include "common/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;
using paperboy::thumbstest::ImageServer;

namespace {

QJsonObject entry(const QString& id, const QString& thumbnail)
{
    return QJsonObject{{QStringLiteral("paper"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("title"), QString(QStringLiteral("T ") + id)}}},
                       {QStringLiteral("thumbnail"), thumbnail}};
}

} // namespace

class TestThumbnailsCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // no user settings leak in
    }

    void prefetchThenStatusThenNothingAgain()
    {
        ImageServer server;
        QVERIFY(server.start());
        ImageServer elsewhere(QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(elsewhere.start());
        QTemporaryDir data;
        const QJsonArray day{
            entry(QStringLiteral("2611.00001"), server.url(QStringLiteral("/png/w600h300-1.png"))),
            entry(QStringLiteral("2611.00002"), server.url(QStringLiteral("/jpeg/w300h200-2.jpg"))),
            entry(QStringLiteral("2611.00003"), server.url(QStringLiteral("/notfound/3.png"))),
            entry(QStringLiteral("2611.00004"), elsewhere.url(QStringLiteral("/png/4.png"))),
        };
        const QString file = data.filePath(QStringLiteral("2026-11-20.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(day).toJson());
        out.close();
        const QString dir = data.filePath(QStringLiteral("d"));
        QCOMPARE(runCli(dir, {QStringLiteral("import"), file}).exitCode, 0);

        // Without --image-host the test server is just another host: nothing is contacted.
        CliResult result = runCli(dir, {QStringLiteral("thumbnails"), QStringLiteral("prefetch")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("refused host 4")), qPrintable(result.out));
        QCOMPARE(server.totalRequests(), 0);

        const QStringList prefetch{QStringLiteral("thumbnails"), QStringLiteral("prefetch"),
                                   QStringLiteral("--image-host"), QStringLiteral("127.0.0.1")};
        result = runCli(dir, prefetch);
        QCOMPARE(result.exitCode, 1); // the 404
        QVERIFY2(result.out.contains(QLatin1String("fetched 2, already cached 0, refused host 1, "
                                                   "failed 1")),
                 qPrintable(result.out));
        QVERIFY(result.err.contains(QLatin1String("/notfound/3.png")));

        result = runCli(dir, {QStringLiteral("thumbnails"), QStringLiteral("status"),
                              QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject status = result.json().object();
        QCOMPARE(status.value(QStringLiteral("cached")).toInt(), 2);
        QVERIFY(status.value(QStringLiteral("bytes")).toInteger() > 0);
        QCOMPARE(status.value(QStringLiteral("limit_bytes")).toInteger(), 512LL * 1024 * 1024);

        // A second run downloads nothing it has.
        result = runCli(dir, prefetch);
        QVERIFY2(result.out.contains(QLatin1String("fetched 0, already cached 2")),
                 qPrintable(result.out));
        QCOMPARE(server.requests(QStringLiteral("/png/w600h300-1.png")), 1);
        QCOMPARE(server.requests(QStringLiteral("/jpeg/w300h200-2.jpg")), 1);
        QCOMPARE(elsewhere.totalRequests(), 0);
    }

    void usage()
    {
        QTemporaryDir data;
        QCOMPARE(runCli(data.path(), {QStringLiteral("thumbnails")}).exitCode, 2);
        QCOMPARE(runCli(data.path(), {QStringLiteral("thumbnails"), QStringLiteral("prefetch"),
                                      QStringLiteral("--from"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        // Status of an empty cache reads nothing and creates nothing.
        const CliResult result =
            runCli(data.path(), {QStringLiteral("thumbnails"), QStringLiteral("status"),
                                 QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().object().value(QStringLiteral("cached")).toInt(), 0);
        QVERIFY(!QDir(data.filePath(QStringLiteral("thumbnails"))).exists());
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestThumbnailsCli)
#include "TestThumbnailsCli.moc"
