// `paperboy summarize` through the real binary against an OpenAI-compatible server on
// loopback: a day summarized and stored as the source "summarizer", not asked again, a
// refused key reported clearly (exit 1), usage errors (exit 2), the PDF's text in the prompt,
// and the key in no file the app writes.
#include "LlmServer.h"
#include "PythonHttpServer.h"
#include "common/CliRunner.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using paperboy::testing::CliResult;
using paperboy::testing::runCli;
using summarytest::LlmServer;

namespace {

const QString secretKey = QStringLiteral("sk-cli-secret-0123456789");
const QString day = QStringLiteral("2025-01-06");

} // namespace

class TestSummarizeCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    LlmServer m_server;

    CliResult run(QStringList args)
    {
        args.prepend(QStringLiteral("summarize"));
        return runCli(m_dir.path(), args);
    }
    QStringList endpoint() const { return {QStringLiteral("--endpoint"), m_server.endpoint()}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // the children's settings
        qputenv("PAPERBOY_LLM_API_KEY", secretKey.toUtf8());
        QVERIFY(m_server.start());
        const CliResult imported =
            runCli(m_dir.path(),
                   {QStringLiteral("import"), QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void summarizesADayOnce()
    {
        m_server.setMode(QStringLiteral("2501.02345"), LlmServer::Mode::Fenced);
        CliResult result =
            run(endpoint() + QStringList{QStringLiteral("--date"), day, QStringLiteral("--model"),
                                         QStringLiteral("model-a"), QStringLiteral("--concurrency"),
                                         QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const int papers = m_server.totalRequests();
        QVERIFY(papers >= 3);
        QVERIFY2(result.out.contains(
                     QStringLiteral("summarized %1, already done 0, failed 0").arg(papers)),
                 qPrintable(result.out));
        QVERIFY(m_server.authorizations().contains(QStringLiteral("Bearer ") + secretKey));

        const CliResult shown =
            runCli(m_dir.path(), {QStringLiteral("show"), QStringLiteral("2501.02345"),
                                  QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject paper = shown.json().object();
        QVERIFY(paper[QStringLiteral("sources")].toArray().contains(QStringLiteral("summarizer")));
        QStringList summarizerSections;
        for (const QJsonValue& section : paper[QStringLiteral("sections")].toArray()) {
            if (section[QStringLiteral("source")].toString() == QLatin1String("summarizer"))
                summarizerSections.append(section[QStringLiteral("name")].toString());
        }
        QCOMPARE(summarizerSections,
                 (QStringList{QStringLiteral("What's New"), QStringLiteral("Technical Details"),
                              QStringLiteral("Performance Highlights")}));
        QCOMPARE(paper[QStringLiteral("summary")][QStringLiteral("model")].toString(),
                 QStringLiteral("model-a"));

        // The same model again: nothing is asked.
        result =
            run(endpoint() + QStringList{QStringLiteral("--date"), day, QStringLiteral("--model"),
                                         QStringLiteral("model-a")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(
                     QStringLiteral("summarized 0, already done %1, failed 0").arg(papers)),
                 qPrintable(result.out));
        QCOMPARE(m_server.totalRequests(), papers);
    }

    void refusedKeyIsExitOne()
    {
        const QString id = QStringLiteral("2501.01234");
        m_server.setMode(id, LlmServer::Mode::Unauthorized);
        const CliResult result =
            run(endpoint() + QStringList{QStringLiteral("--id"), id, QStringLiteral("--model"),
                                         QStringLiteral("model-b")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("the endpoint refused the key")),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(secretKey) && !result.out.contains(secretKey));
        QVERIFY(result.out.contains(QStringLiteral("failed 1")));
        m_server.setMode(id, LlmServer::Mode::Clean);
    }

    void pdfTextJoinsThePrompt()
    {
        const QString id = QStringLiteral("2501.03456");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("pdf"))));
        {
            QPdfWriter writer(m_dir.filePath(QStringLiteral("pdf/2501.03456.pdf")));
            QPainter painter(&writer);
            painter.drawText(QPointF(300, 300), QStringLiteral("Calibrated abstention token"));
        }
        const CliResult result = run(
            endpoint() + QStringList{QStringLiteral("--id"), id, QStringLiteral("--model"),
                                     QStringLiteral("model-pdf"), QStringLiteral("--with-pdf")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(m_server.lastPrompt(id).contains(QStringLiteral("Calibrated abstention token")),
                 qPrintable(m_server.lastPrompt(id)));
    }

    void downloadsThePdfOnlyForThePrompt()
    {
        // A real PDF served by a static web server as arXiv would: GET /pdf/ID.
        QTemporaryDir served;
        QVERIFY(QDir().mkpath(served.filePath(QStringLiteral("pdf"))));
        const QString id = QStringLiteral("2501.09999");
        {
            QPdfWriter writer(served.filePath(QStringLiteral("pdf/") + id));
            QPainter painter(&writer);
            painter.drawText(QPointF(300, 300), QStringLiteral("Survey of surveys downloaded"));
        }
        synctest::PythonHttpServer web(served.path());
        QString error;
        QVERIFY2(web.start(&error), qPrintable(error));
        QSettings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy"))
            .setValue(QStringLiteral("pdf/baseUrl"), web.baseUrl());

        const CliResult result =
            run(endpoint() + QStringList{QStringLiteral("--id"), id, QStringLiteral("--model"),
                                         QStringLiteral("model-download"),
                                         QStringLiteral("--with-pdf")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(m_server.lastPrompt(id).contains(QStringLiteral("Survey of surveys downloaded")),
                 qPrintable(m_server.lastPrompt(id)));
        // Fetched for the prompt, not kept among the user's PDFs.
        QVERIFY(!QFileInfo::exists(
            m_dir.filePath(QStringLiteral("pdf/") + id + QStringLiteral(".pdf"))));
    }

    void usageErrors()
    {
        const int before = m_server.totalRequests();
        const QList<QStringList> bad{
            {},
            {QStringLiteral("--date"), QStringLiteral("2025-13-01")},
            {QStringLiteral("--date"), day, QStringLiteral("--from"), day},
            {QStringLiteral("--from"), day},
            {QStringLiteral("--date"), day, QStringLiteral("--concurrency"), QStringLiteral("9")},
            {QStringLiteral("--id"), QStringLiteral("not-an-id")},
            {QStringLiteral("--date"), day, QStringLiteral("--endpoint"),
             QStringLiteral("ftp://x")},
        };
        for (const QStringList& args : bad) {
            const CliResult result = run(args);
            QVERIFY2(result.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + result.err));
        }
        // Not cached: not found, 1.
        QCOMPARE(run({QStringLiteral("--id"), QStringLiteral("2501.77777")}).exitCode, 1);
        QCOMPARE(m_server.totalRequests(), before);
        QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
        // A day without papers is no error, but is said.
        const CliResult empty =
            run(endpoint() + QStringList{QStringLiteral("--date"), QStringLiteral("1999-01-01")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.err.contains(QStringLiteral("no cached paper on 1999-01-01")));
        QVERIFY(empty.out.contains(QStringLiteral("summarized 0, already done 0, failed 0")));
    }

    // Without a key in the environment and without a keyring (no D-Bus session here, or an
    // empty one), a local endpoint runs without a note about the keyring: it needs no key.
    void localEndpointNeedsNoKeyringNote()
    {
        const QByteArray key = qgetenv("PAPERBOY_LLM_API_KEY");
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("PAPERBOY_LLM_API_KEY");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const CliResult result =
            run(endpoint() + QStringList{QStringLiteral("--date"), QStringLiteral("1999-01-01")});
        qputenv("PAPERBOY_LLM_API_KEY", key);
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.err.contains(QStringLiteral("keyring")), qPrintable(result.err));
    }

    void keyIsInNoFileWritten()
    {
        int files = 0;
        for (const QString& root : {m_dir.path(), m_config.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secretKey.toUtf8()), qPrintable(file.fileName()));
                ++files;
            }
        }
        QVERIFY(files >= 2); // the cache and its WAL at least
    }
};

QTEST_MAIN(TestSummarizeCli)
#include "TestSummarizeCli.moc"
