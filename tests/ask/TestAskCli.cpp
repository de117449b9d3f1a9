// `paperboy ask` through the real binary against chat_server.py on loopback: the answer printed
// while it streams, the prompt holding the page with the answer (and not the others when the
// budget is small), JSON with the cited pages, the answer kept and carried by userdata
// export/import, and the exit codes of an unknown paper and of a missing key.
#include "AskFixtures.h"
#include "ChatServer.h"
#include "common/CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

const QString paperId = QStringLiteral("2501.02345");

} // namespace

class TestAskCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    asktest::ChatServer m_server;

    QStringList askArgs(const QString& question) const
    {
        return {QStringLiteral("ask"),
                paperId,
                question,
                QStringLiteral("--endpoint"),
                m_server.endpoint(),
                QStringLiteral("--model"),
                QStringLiteral("model-q")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // the children's settings
        qputenv("PAPERBOY_LLM_API_KEY", "");                  // no key, and no keyring asked
        {
            QSettings settings(QStringLiteral("Paperboy"), QStringLiteral("Paperboy"));
            settings.setValue(QStringLiteral("summaries/pdfTokenBudget"), 120); // one page
        }
        QVERIFY(m_server.start());
        const CliResult imported =
            runCli(m_dir.path(),
                   {QStringLiteral("import"), QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("pdf"))));
        QVERIFY(asktest::writeSixPagePdf(
            m_dir.filePath(QStringLiteral("pdf/") + paperId + QStringLiteral(".pdf"))));
    }

    void printsTheAnswerWhileItStreams()
    {
        QProcess process;
        process.start(QStringLiteral(PAPERBOY_EXE),
                      QStringList{QStringLiteral("--data-dir"), m_dir.path()} +
                          askArgs(asktest::questionAboutTheFact() + QStringLiteral(" #hold")));
        QVERIFY(process.waitForStarted());
        // The server holds the rest of the answer back: its first piece is out already.
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (out.isEmpty() && clock.elapsed() < 20000) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        QCOMPARE(out, QByteArray("The "));
        QCOMPARE(process.state(), QProcess::Running);
        m_server.release();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        out += process.readAllStandardOutput();
        QVERIFY2(out.contains("forty-two hertz") && out.contains("[p. 4]"), out.constData());

        // The prompt held page 4, the one with the answer, and no other page in 120 tokens.
        const QString body = m_server.lastRequestBody();
        QVERIFY(body.contains(QStringLiteral("[page 4]")));
        QVERIFY(body.contains(asktest::factOnPageFour()));
        for (const int page : {1, 2, 3, 5, 6})
            QVERIFY2(!body.contains(QStringLiteral("[page %1]").arg(page)), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("\"stream\":true")));
    }

    void jsonNamesThePagesAndTheAnswerIsKept()
    {
        const CliResult result = runCli(m_dir.path(), askArgs(asktest::questionAboutTheFact()) +
                                                          QStringList{QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = result.json().object();
        QCOMPARE(json.value(QStringLiteral("question")).toString(),
                 asktest::questionAboutTheFact());
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("model-q"));
        QVERIFY(json.value(QStringLiteral("answer"))
                    .toString()
                    .contains(QStringLiteral("forty-two hertz")));
        QCOMPARE(json.value(QStringLiteral("pages")).toArray(), (QJsonArray{4, 5}));

        // Kept in the user file, and carried by userdata export/import into another one.
        const QString file = m_dir.filePath(QStringLiteral("user.json"));
        QCOMPARE(runCli(m_dir.path(), {QStringLiteral("userdata"), QStringLiteral("export"), file})
                     .exitCode,
                 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray questions = QJsonDocument::fromJson(exported.readAll())
                                         .object()[QStringLiteral("questions")]
                                         .toArray();
        QCOMPARE(questions.size(), 2); // this one and the streamed one before
        const QJsonObject kept = questions.last().toObject();
        QCOMPARE(kept[QStringLiteral("id")].toString(), paperId);
        QCOMPARE(kept[QStringLiteral("answer")], json[QStringLiteral("answer")]);
        QCOMPARE(kept[QStringLiteral("pages")].toArray(), (QJsonArray{4, 5}));
        QCOMPARE(kept[QStringLiteral("complete")].toBool(), true);
        QCOMPARE(kept[QStringLiteral("endpoint")].toString(), m_server.endpoint());

        QTemporaryDir other;
        const CliResult imported =
            runCli(other.path(), {QStringLiteral("userdata"), QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("2 questions new")),
                 qPrintable(imported.out));
        const QString again = other.filePath(QStringLiteral("again.json"));
        QCOMPARE(runCli(other.path(), {QStringLiteral("userdata"), QStringLiteral("export"), again})
                     .exitCode,
                 0);
        QFile reexported(again);
        QVERIFY(reexported.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(reexported.readAll())
                     .object()[QStringLiteral("questions")]
                     .toArray(),
                 questions);
        // A second import adds nothing.
        QVERIFY(runCli(other.path(), {QStringLiteral("userdata"), QStringLiteral("import"), file})
                    .out.contains(QStringLiteral("0 questions new")));
    }

    void aCutAnswerIsKeptAsIncomplete()
    {
        const CliResult result = runCli(m_dir.path(), askArgs(QStringLiteral("Whale? #cut")) +
                                                          QStringList{QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("cut off")));
        QCOMPARE(result.json().object()[QStringLiteral("complete")].toBool(), false);
    }

    void usageErrors()
    {
        const CliResult unknown =
            runCli(m_dir.path(),
                   {QStringLiteral("ask"), QStringLiteral("2312.99999"), QStringLiteral("why?"),
                    QStringLiteral("--endpoint"), m_server.endpoint()});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("neither in the cache nor bookmarked")));
        // No key for a server on the internet: said plainly, nothing sent.
        const int requests = int(m_server.entries(QStringLiteral("request")).size());
        const CliResult noKey = runCli(
            m_dir.path(), {QStringLiteral("ask"), paperId, QStringLiteral("why?"),
                           QStringLiteral("--endpoint"), QStringLiteral("https://llm.example/v1")});
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY(noKey.err.contains(QStringLiteral("no API key")));
        QCOMPARE(m_server.entries(QStringLiteral("request")).size(), requests);
        QCOMPARE(runCli(m_dir.path(), {QStringLiteral("ask"), paperId}).exitCode, 2);
    }

    void withoutAPdfTheAnswerSaysSo()
    {
        const CliResult result =
            runCli(m_dir.path(), {QStringLiteral("ask"), QStringLiteral("2501.01234"),
                                  QStringLiteral("What is new?"), QStringLiteral("--endpoint"),
                                  m_server.endpoint(), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = result.json().object();
        QVERIFY(json[QStringLiteral("answer")].toString().startsWith(
            QStringLiteral("(The PDF was not available")));
        QCOMPARE(json[QStringLiteral("pdf")].toBool(), false);
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // QPdfWriter
    TestAskCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAskCli.moc"
