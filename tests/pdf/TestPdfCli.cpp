// `paperboy pdf fetch|status` through the real binary against a loopback server: bookmarked
// papers' PDFs are fetched once, a failure is reported with exit 1, an id that is not
// bookmarked is a usage error that fetches nothing.
#include "PdfServer.h"
#include "common/CliRunner.h"

#include "pdf/PdfFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using paperboy::testing::CliResult;
using paperboy::testing::runCli;
using pdftest::PdfServer;

class TestPdfCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    PdfServer m_server;

    CliResult run(const QStringList& args) { return runCli(m_dir.path(), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // the children's settings
        QVERIFY(m_server.start());
        const CliResult imported =
            run({QStringLiteral("import"), QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void fetchesBookmarkedPdfsOnce()
    {
        const QString good = QStringLiteral("2501.01234");
        const QString missing = QStringLiteral("2501.02345");
        m_server.setMode(good, PdfServer::Mode::CutOnce);
        m_server.setMode(missing, PdfServer::Mode::Missing);
        const CliResult add = run({QStringLiteral("bookmarks"), QStringLiteral("add"), good,
                                   QStringLiteral("https://arxiv.org/abs/2501.02345v1")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));

        const QStringList fetch{QStringLiteral("pdf"), QStringLiteral("fetch"),
                                QStringLiteral("--base-url"), m_server.baseUrl()};
        CliResult result = run(fetch);
        QCOMPARE(result.exitCode, 1); // the 404
        QVERIFY2(result.out.contains(QStringLiteral("downloaded 1")), qPrintable(result.out));
        QVERIFY2(result.err.contains(missing), qPrintable(result.err));
        const pdf::PdfFiles files(m_dir.filePath(QStringLiteral("user.sqlite")));
        QVERIFY(files.has(good));

        result = run({QStringLiteral("pdf"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray rows = result.json().array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue& row : rows)
            QCOMPARE(row[QStringLiteral("kept")].toBool(),
                     row[QStringLiteral("id")].toString() == good);

        // Only the one still missing is asked for again.
        result = run(fetch + QStringList{good});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("already kept 1")), qPrintable(result.out));
        // The cut try (which Qt may ask again by itself) and the one that continued it.
        QVERIFY(m_server.requests(good) >= 2);
        QVERIFY(m_server.ranges(good).last().startsWith(QStringLiteral("bytes=")));
    }

    void notBookmarkedIsNotFound()
    {
        const QString id = QStringLiteral("2501.03456");
        m_server.setMode(id, PdfServer::Mode::Pdf);
        const CliResult result = run({QStringLiteral("pdf"), QStringLiteral("fetch"),
                                      QStringLiteral("--base-url"), m_server.baseUrl(), id});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not bookmarked")), qPrintable(result.err));
        QCOMPARE(m_server.requests(id), 0);
        QCOMPARE(run({QStringLiteral("pdf"), QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPdfCli)
#include "TestPdfCli.moc"
