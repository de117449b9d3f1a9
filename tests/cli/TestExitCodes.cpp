// One exit-status rule for every command (README.md, packaging/paperboy.1): 0 done, 1 not
// found or (partly) failed, 2 a wrong command line. Each command is run through the real
// binary for each case it has, on a copy of the same small cache.
#include "common/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

const QString goodFixture = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good");

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every file of `from` into `to` (the cache and its WAL, if any).
bool copyFolder(const QString& from, const QString& to)
{
    const QDir source(from);
    for (const QString& name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

} // namespace

class TestExitCodes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void perCommand_data();
    void perCommand();
    void helpIsThePerCommandHelp_data();
    void helpIsThePerCommandHelp();
    void bookmarkingTwiceSaysSo();
    void syncWhereEveryDayFails();

private:
    QTemporaryDir m_home;   // settings and keyring-free XDG folders for every child
    QTemporaryDir m_cached; // the fixture imported once, copied for each case
};

void TestExitCodes::initTestCase()
{
    QVERIFY(m_home.isValid() && m_cached.isValid());
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, m_home.filePath(QString::fromLatin1(variable)).toLocal8Bit());
    // No key anywhere: `summarize` must notice before any request.
    qunsetenv("PAPERBOY_LLM_API_KEY");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const CliResult imported = runCli(m_cached.path(), {QStringLiteral("import"), goodFixture});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestExitCodes::perCommand_data()
{
    QTest::addColumn<bool>("cached");      // on a copy of the cache; else an empty folder
    QTest::addColumn<QStringList>("args"); // "GOOD" stands for the fixture folder
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("said"); // expected in stdout + stderr ("" = anything)

    const auto row = [](const char* name, bool cached, const char* args, int code,
                        const char* said) {
        QTest::newRow(name) << cached << words(args) << code << QString::fromUtf8(said);
    };
    const char* hf = "https://huggingface.co/papers/2501.01234";
    const QByteArray showHf = QByteArray("show ") + hf;
    const QByteArray relatedHf = QByteArray("related ") + hf;
    const QByteArray bookmarkHf = QByteArray("bookmarks add ") + hf;
    const QByteArray searchHf = QByteArray("search ") + hf;

    row("import ok", false, "import GOOD", 0, "");
    row("import nothing", false, "import", 2, "nothing to import");
    row("import missing file", false, "import /nonexistent/2025-01-06.md", 1, "");

    row("days", true, "days", 0, "2025-01-06");
    row("days empty", false, "days", 0, "No cached days.");
    row("days extra argument", true, "days 2025-01-06", 2, "unexpected argument");
    row("days unknown language", true, "--lang fr days", 2, "unknown language 'fr'");
    row("days language list", true, "days --lang=xx", 2, "en, ko");

    row("list", true, "list 2025-01-06", 0, "2501.01234");
    row("list latest", true, "list", 0, "2501.01234");
    row("list uncached day", true, "list 2025-01-07", 1, "2025-01-07 is not a cached day");
    row("list empty cache", false, "list", 1, "The cache is empty");
    row("list bad date", true, "list 2025-13-01", 2, "not a date");

    row("show", true, "show 2501.01234", 0, "Lantern");
    row("show hf url", true, showHf.constData(), 0, "Lantern");
    row("show unknown", true, "show 2401.99999", 1, "2401.99999 is not in the cache");
    row("show not an id", true, "show nonsense", 2, "'nonsense' is not an arXiv id or URL");

    row("search", true, "search lantern", 0, "2501.01234");
    row("search hf url", true, searchHf.constData(), 0, "2501.01234");
    row("search no query", true, "search", 2, "name what to search for");

    row("top", true, "top --month 2025-01", 0, "2501.01234");
    row("top no such week", true, "top --week 2026-W60", 2, "no such week: 2026-W60");
    row("top no such month", true, "top --month 2025-13", 2, "no such month");
    row("top no period", true, "top", 2, "--week");

    row("related", true, "related 2501.01234", 0, "");
    row("related hf url", true, relatedHf.constData(), 0, "");
    row("related unknown", true, "related 2401.99999", 1, "2401.99999 is not in the cache");
    row("related no id", true, "related", 2, "name one arXiv id");

    row("bookmarks add hf url", true, bookmarkHf.constData(), 0, "1 paper bookmarked");
    row("bookmarks list", true, "bookmarks list", 0, "");
    row("bookmarks add unknown", true, "bookmarks add 2401.99999", 2, "not in the cache");
    row("bookmarks remove unbookmarked", true, "bookmarks remove 2501.01234", 2, "not bookmarked");
    row("bookmarks no action", true, "bookmarks", 2, "name an action");

    row("read", true, "read 2501.01234", 0, "");
    row("read unknown", true, "read 2401.99999", 2, "neither in the cache nor bookmarked");
    row("read no id", true, "read", 2, "name at least one paper id");

    row("note", true, "note 2501.01234 hello", 0, "");
    row("note unknown", true, "note 2401.99999 hello", 2, "neither in the cache");
    row("note no id", true, "note", 2, "name one paper id");

    row("export", true, "export --format csv --date 2025-01-06", 0, "id,title,title_ko");
    row("export uncached day", true, "export --format csv --date 2025-01-07", 1,
        "2025-01-07 is not a cached day");
    row("export no match", true, "export --format ris --query zzzunheardof", 1,
        "no cached paper matches");
    row("export bad date", true, "export --format csv --date 2025-01-32", 2, "not a date");
    row("export no format", true, "export --bookmarks", 2, "--format");

    row("digest", true, "digest export --date 2025-01-06", 0, "2025-01-06");
    row("digest uncached day", true, "digest export --date 2025-01-07", 1,
        "2025-01-07 is not a cached day");
    row("digest no date", true, "digest export", 2, "use: digest export");

    row("userdata export", true, "userdata export -", 0, "paperboy-userdata");
    row("userdata import missing", true, "userdata import /nonexistent/x.json", 1, "cannot read");
    row("userdata nonsense", true, "userdata x", 2, "use:");

    row("thumbnails status", true, "thumbnails status", 0, "");
    row("thumbnails no action", true, "thumbnails", 2, "Usage");

    row("pdf status", true, "pdf status", 0, "");
    row("pdf fetch not bookmarked", true, "pdf fetch 2501.01234", 1, "not bookmarked");
    row("pdf no action", true, "pdf", 2, "Usage");

    row("sync unknown option", true, "sync --fast", 2, "");
    row("sync bad date", true, "sync --from 2024-02-30", 2, "");

    row("summarize no key", true, "summarize --date 2025-01-06", 2, "no API key is set");
    row("summarize no key remote", true,
        "summarize --date 2025-01-06 --endpoint https://llm.example.com/v1", 2,
        "no API key is set for the endpoint https://llm.example.com/v1");
    row("summarize unknown paper", true,
        "summarize --id 2401.99999 --endpoint http://127.0.0.1:9/v1", 1,
        "2401.99999 is not in the cache");
    row("summarize nothing chosen", true, "summarize", 2, "give --date");

    row("unknown command", true, "frobnicate", 2, "unknown command");
}

void TestExitCodes::perCommand()
{
    QFETCH(bool, cached);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, said);
    QTemporaryDir data;
    QVERIFY(data.isValid());
    if (cached)
        QVERIFY(copyFolder(m_cached.path(), data.path()));
    args.replaceInStrings(QStringLiteral("GOOD"), goodFixture);
    const CliResult result = runCli(data.path(), args);
    const QString all = result.out + result.err;
    QVERIFY2(result.exitCode == code,
             qPrintable(QStringLiteral("exit %1\n").arg(result.exitCode) + all));
    QVERIFY2(all.contains(said), qPrintable(all));
    // Whatever went wrong is said on stderr.
    if (code != 0)
        QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(all));
}

void TestExitCodes::helpIsThePerCommandHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char* command :
         {"import", "days", "list", "show", "search", "top", "related", "sync", "bookmarks", "read",
          "note", "export", "digest", "userdata", "summarize"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestExitCodes::helpIsThePerCommandHelp()
{
    QFETCH(QString, command);
    QTemporaryDir data;
    const CliResult help = runCli(data.path(), {command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: paperboy ") + command),
             qPrintable(help.out));
    QVERIFY2(!help.out.contains(QStringLiteral("--help-all")), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QStringLiteral(PAPERBOY_EXE)), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("--help")), qPrintable(help.out));
}

void TestExitCodes::bookmarkingTwiceSaysSo()
{
    QTemporaryDir data;
    QVERIFY(copyFolder(m_cached.path(), data.path()));
    const QStringList add{QStringLiteral("bookmarks"), QStringLiteral("add"),
                          QStringLiteral("2501.01234")};
    const CliResult first = runCli(data.path(), add);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, QStringLiteral("1 paper bookmarked\n"));
    const CliResult again = runCli(data.path(), add);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("2501.01234 was already bookmarked\n"));
    const CliResult mixed = runCli(data.path(), add + QStringList{QStringLiteral("2501.02345")});
    QCOMPARE(mixed.exitCode, 0);
    QCOMPARE(mixed.out, QStringLiteral("1 paper bookmarked\n2501.01234 was already bookmarked\n"));
}

// Total failure is a failure (1), not a usage error (2).
void TestExitCodes::syncWhereEveryDayFails()
{
    QTcpServer probe; // a port nobody listens on: take a free one and close it again
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QTemporaryDir data;
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    const CliResult result =
        runCli(data.path(),
               {QStringLiteral("sync"), QStringLiteral("--retry-base-ms"), QStringLiteral("10"),
                QStringLiteral("--timeout-ms"), QStringLiteral("300"), QStringLiteral("--from"),
                day, QStringLiteral("--to"), day, QStringLiteral("--source"),
                QStringLiteral("markdown=http://127.0.0.1:%1/{date}.md").arg(port)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("failed 1")), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "TestExitCodes.moc"
