// The headless CLI end to end, through the real binary: import, days, list, show, exit codes,
// and every kind of bad input meeting a clear message without losing what is cached.
#include "common/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

QString fixture(const QString& relative)
{
    return QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/") + relative;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importAndQuery();
    void mergedPaperKeepsBothSources();
    void reimportIsIdempotent();
    void badInput_data();
    void badInput();
    void folderWithGoodAndBadFiles();
    void usageErrors_data();
    void usageErrors();
    void unknownCommandNeverOpensTheWindow_data();
    void unknownCommandNeverOpensTheWindow();
    void imageHostValueIsNoCommand();
    void jsonDateOverride();
    void emptyCache();

private:
    void importGood();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::importGood()
{
    const CliResult result =
        runCli(m_dir->path(), {QStringLiteral("import"), fixture(QStringLiteral("good"))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Imported 2 of 2 files: 1 days, 5 papers")),
             qPrintable(result.out));
}

void TestCli::importAndQuery()
{
    importGood();
    const CliResult days =
        runCli(m_dir->path(), {QStringLiteral("days"), QStringLiteral("--json")});
    QCOMPARE(days.exitCode, 0);
    const QJsonArray dayArray = days.json().array();
    QCOMPARE(dayArray.size(), 1);
    QCOMPARE(dayArray.at(0)[QStringLiteral("date")].toString(), QStringLiteral("2025-01-06"));
    QCOMPARE(dayArray.at(0)[QStringLiteral("papers")].toInt(), 4); // 3 markdown + 1 HF-only

    // Default day = latest cached day; digest order = the Korean digest first, then HF-only.
    const CliResult list =
        runCli(m_dir->path(), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray papers = list.json().array();
    QStringList ids;
    for (const QJsonValue& paper : papers)
        ids << paper[QStringLiteral("id")].toString();
    QCOMPARE(ids, QStringList({QStringLiteral("2501.01234"), QStringLiteral("2501.02345"),
                               QStringLiteral("2501.03456"), QStringLiteral("2501.09999")}));

    const QJsonObject html = papers.at(1).toObject();
    QCOMPARE(html[QStringLiteral("title")].toString(),
             QStringLiteral("<script>alert('x')</script> Tags in Titles Are Text"));
    QVERIFY(html[QStringLiteral("votes")].isNull()); // "Vote: -" is unknown, not 0
    QCOMPARE(html[QStringLiteral("authors")].toArray().size(), 2);
    QCOMPARE(papers.at(2)[QStringLiteral("title")].toString(),
             QStringLiteral("GPT-[n] and the [IDK] Token"));

    const CliResult text =
        runCli(m_dir->path(), {QStringLiteral("list"), QStringLiteral("2025-01-06")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), 4);
}

void TestCli::mergedPaperKeepsBothSources()
{
    importGood();
    const CliResult show =
        runCli(m_dir->path(),
               {QStringLiteral("show"), QStringLiteral("https://arxiv.org/abs/2501.01234v2"),
                QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const QJsonObject paper = show.json().object();
    for (const char* key :
         {"id", "title", "title_ko", "authors", "votes", "date", "thumbnail", "media", "sections",
          "abstract", "ai_summary", "keywords", "links", "sources"})
        QVERIFY2(paper.contains(QLatin1String(key)), key);
    QVERIFY(paper[QStringLiteral("title_ko")].isNull()); // no source has a Korean title
    QCOMPARE(paper[QStringLiteral("id")].toString(), QStringLiteral("2501.01234"));
    QCOMPARE(paper[QStringLiteral("date")].toString(), QStringLiteral("2025-01-06"));
    QCOMPARE(paper[QStringLiteral("authors")].toArray().size(), 3); // de-duplicated
    const QJsonArray sections = paper[QStringLiteral("sections")].toArray();
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0)[QStringLiteral("name")].toString(), QStringLiteral("What's New"));
    QCOMPARE(sections.at(0)[QStringLiteral("source")].toString(),
             QStringLiteral("daily_papers_ko"));
    QVERIFY(sections.at(1)[QStringLiteral("markdown")].toString().contains(
        QStringLiteral("**Routing**")));
    QVERIFY(paper[QStringLiteral("abstract")].toString().startsWith(
        QStringLiteral("We present Lantern")));
    QVERIFY(!paper[QStringLiteral("ai_summary")].isNull());
    QCOMPARE(paper[QStringLiteral("keywords")].toArray().size(), 2);
    const QJsonObject links = paper[QStringLiteral("links")].toObject();
    QCOMPARE(links[QStringLiteral("abs")].toString(),
             QStringLiteral("https://arxiv.org/abs/2501.01234"));
    QCOMPARE(links[QStringLiteral("pdf")].toString(),
             QStringLiteral("https://arxiv.org/pdf/2501.01234"));
    QCOMPARE(links[QStringLiteral("hf")].toString(),
             QStringLiteral("https://huggingface.co/papers/2501.01234"));
    QCOMPARE(links[QStringLiteral("github")].toString(),
             QStringLiteral("https://github.com/example/lantern"));
    QCOMPARE(links[QStringLiteral("project")].toString(),
             QStringLiteral("https://example.org/lantern"));
    QCOMPARE(paper[QStringLiteral("sources")].toArray().size(), 2);

    const CliResult missing =
        runCli(m_dir->path(), {QStringLiteral("show"), QStringLiteral("2501.00001")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("2501.00001")));
}

void TestCli::reimportIsIdempotent()
{
    importGood();
    importGood();
    const CliResult days =
        runCli(m_dir->path(), {QStringLiteral("days"), QStringLiteral("--json")});
    QCOMPARE(days.json().array().at(0)[QStringLiteral("papers")].toInt(), 4);

    // A later version of the same day updates votes rather than adding rows.
    QFile original(fixture(QStringLiteral("good/2025/01/06.md")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    text.replace("Vote: 42", "Vote: 99");
    const QString changed = m_dir->path() + QStringLiteral("/later/2025/01/06.md");
    writeFile(changed, text);
    QCOMPARE(runCli(m_dir->path(), {QStringLiteral("import"), changed}).exitCode, 0);
    const CliResult list =
        runCli(m_dir->path(), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 4);
    const CliResult show =
        runCli(m_dir->path(),
               {QStringLiteral("show"), QStringLiteral("2501.02345"), QStringLiteral("--json")});
    QCOMPARE(show.json()[QStringLiteral("sources")].toArray().size(), 1);
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("empty") << "2025-02-01.md" << QByteArray();
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 256));
    QTest::newRow("binary garbage") << "01.md" << garbage;
    QTest::newRow("missing header")
        << "02.md" << QByteArray("### [A](https://arxiv.org/abs/2501.01111)\n");
    QTest::newRow("unparsable header") << "03.md" << QByteArray("## Daily Papers (yesterday)\n");
    QTest::newRow("json not an array") << "2025-02-04.json" << QByteArray("{\"paper\": {}}");
    QTest::newRow("json truncated")
        << "2025-02-05.json" << QByteArray("[{\"paper\": {\"id\": \"2501.0");
    QTest::newRow("deeply nested json")
        << "2025-02-06.json" << (QByteArray(200000, '[') + QByteArray(200000, ']'));
    QTest::newRow("json without date") << "papers.json" << QByteArray("[]");
}

void TestCli::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    importGood();
    const QString path = m_dir->path() + QStringLiteral("/bad/") + name;
    writeFile(path, content);
    const CliResult result = runCli(m_dir->path(), {QStringLiteral("import"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    // What was cached before is still all there.
    const CliResult list =
        runCli(m_dir->path(),
               {QStringLiteral("list"), QStringLiteral("2025-01-06"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 4);
}

void TestCli::folderWithGoodAndBadFiles()
{
    const QString folder = m_dir->path() + QStringLiteral("/mixed");
    QFile good(fixture(QStringLiteral("good/2025/01/06.md")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    writeFile(folder + QStringLiteral("/2025/01/06.md"), good.readAll());
    writeFile(folder + QStringLiteral("/2025/01/07.md"), QByteArray("\xff\xfe\x00garbage", 10));
    writeFile(folder + QStringLiteral("/README.md"), QByteArray("# not a digest\n"));
    // 50 MB: refused by size with a clear message, never read into memory as a whole.
    writeFile(folder + QStringLiteral("/2025/01/08.md"),
              QByteArray("## Daily Papers (2025-01-08)\n") + QByteArray(50 * 1024 * 1024, 'x'));

    const CliResult result = runCli(m_dir->path(), {QStringLiteral("import"), folder});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("Imported 1 of 3 files")), qPrintable(result.out));
    QVERIFY(result.err.contains(QStringLiteral("07.md")));
    QVERIFY(result.err.contains(QStringLiteral("08.md")));
    QVERIFY(!result.err.contains(QStringLiteral("README.md")));
    const CliResult days = runCli(m_dir->path(), {QStringLiteral("days")});
    QCOMPARE(days.out, QStringLiteral("2025-01-06\t3\n"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("import without paths") << QStringList{QStringLiteral("import")} << 2;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("days"), QStringLiteral("--bogus")} << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("list"), QStringLiteral("2025-13-01")}
                              << 2;
    QTest::newRow("bad id") << QStringList{QStringLiteral("show"),
                                           QStringLiteral("javascript:alert(1)")}
                            << 2;
    QTest::newRow("missing path") << QStringList{QStringLiteral("import"),
                                                 QStringLiteral("/nonexistent/x.md")}
                                  << 1;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("command help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                  << 0;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliResult result = runCli(m_dir->path(), args);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY(!result.err.isEmpty());
    else
        QVERIFY(!result.out.isEmpty());
}

void TestCli::unknownCommandNeverOpensTheWindow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("word");
    QTest::newRow("made up") << QStringList{QStringLiteral("frobnicate")}
                             << QStringLiteral("frobnicate");
    QTest::newRow("typo") << QStringList{QStringLiteral("serach"), QStringLiteral("x")}
                          << QStringLiteral("serach");
    QTest::newRow("after --data-dir")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("data"), QStringLiteral("lst")}
        << QStringLiteral("lst");
}

void TestCli::imageHostValueIsNoCommand()
{
    // `paperboy --image-host HOST` opens the window; HOST was once taken for a command.
    const CliResult result =
        runCli(m_dir->path(), {QStringLiteral("--image-host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--measure-startup")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("first-paint ")), qPrintable(result.out));
}

void TestCli::unknownCommandNeverOpensTheWindow()
{
    QFETCH(QStringList, args);
    QFETCH(QString, word);
    // No display at all: the window could not open, and Qt would abort (exit 134) trying.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PAPERBOY_DATA_DIR"})
        env.remove(QString::fromLatin1(variable));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(variable), home.filePath(QString::fromLatin1(variable)));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home.path());
    process.start(QStringLiteral(PAPERBOY_EXE), args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("paperboy: unknown command '%1'\n").arg(word)),
             qPrintable(err));
    for (const char* command : {"import", "days", "list", "show", "sync"})
        QVERIFY2(err.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))),
                 qPrintable(err));
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    // No database, settings or folder was made.
    QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCli::jsonDateOverride()
{
    const QString path = m_dir->path() + QStringLiteral("/response.json");
    QFile source(fixture(QStringLiteral("good/2025-01-06.json")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    writeFile(path, source.readAll());
    const CliResult result =
        runCli(m_dir->path(), {QStringLiteral("import"), QStringLiteral("--date"),
                               QStringLiteral("2025-03-03"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const CliResult days = runCli(m_dir->path(), {QStringLiteral("days")});
    QCOMPARE(days.out, QStringLiteral("2025-03-03\t2\n"));
}

void TestCli::emptyCache()
{
    const CliResult days =
        runCli(m_dir->path(), {QStringLiteral("days"), QStringLiteral("--json")});
    QCOMPARE(days.exitCode, 0);
    QCOMPARE(days.json().array().size(), 0);
    QVERIFY2(days.err.contains(QStringLiteral("No cached days.")), qPrintable(days.err));
    const CliResult list =
        runCli(m_dir->path(), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 1); // no day to list: not found
    QVERIFY2(list.err.contains(QStringLiteral("The cache is empty")), qPrintable(list.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
