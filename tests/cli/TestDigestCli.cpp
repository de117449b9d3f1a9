// `paperboy digest export` through the real binary: a day merged from three sources written as
// a daily_papers_ko digest (the best Korean text per paper, a paper without any still listed),
// the summary with its counts, the file imported again, and every usage error exit 2.
#include "common/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

const QString goodFixture = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good");
const QString briefsFixture =
    QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/digest/2025-01-06_paper_ko.json");

QStringList listedIds(const CliResult& list)
{
    QStringList ids;
    for (const QJsonValue& paper : list.json().array())
        ids.append(paper[QStringLiteral("id")].toString());
    return ids;
}

} // namespace

class TestDigestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesTheDayWithTheBestKoreanText();
    void writesAFileThatImportsAgain();
    void usageErrors_data();
    void usageErrors();

private:
    CliResult run(const QStringList& args) { return runCli(m_dir->path(), args); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDigestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const CliResult imported =
        run({QStringLiteral("import"), QStringLiteral("--quiet"), goodFixture, briefsFixture});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestDigestCli::writesTheDayWithTheBestKoreanText()
{
    const CliResult result = run({QStringLiteral("digest"), QStringLiteral("export"),
                                  QStringLiteral("--date"), QStringLiteral("2025-01-06")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString& md = result.out;
    QVERIFY2(md.startsWith(QStringLiteral("## Daily Papers (2025-01-06)\n\n### [")),
             qPrintable(md));
    // The digest's own summary wins over the brief of the same paper.
    QVERIFY(md.contains(QStringLiteral("### [Lantern: Lightweight Attention for Long "
                                       "Documents](https://arxiv.org/abs/2501.01234)")));
    QVERIFY(md.contains(QStringLiteral("- ***What's New***: 긴 문서를 위한")));
    QVERIFY(!md.contains(QStringLiteral("이 브리프는 쓰이지 않아야 함")));
    // A paper only the briefs describe gets their sections under their own names.
    QVERIFY(md.contains(QStringLiteral("- ***Purpose***: 다이제스트가 없는 논문의 한국어 브리프")));
    QVERIFY(md.contains(QStringLiteral("- ***Method***: - 첫 단계(First step.)\n  - 둘째 단계")));
    QVERIFY(md.contains(QStringLiteral("Authors: ['Kim Minji', 'Park, Jr.']")));
    // A title with brackets is escaped; the Hugging Face-only paper is listed without sections.
    QVERIFY(md.contains(QStringLiteral("### [GPT-\\[n\\] and the \\[IDK\\] Token](")));
    const qsizetype hfOnly = md.indexOf(QStringLiteral("(https://arxiv.org/abs/2501.09999)"));
    QVERIFY(hfOnly > 0);
    const QString hfPart = md.mid(hfOnly, md.indexOf(QStringLiteral("\n### "), hfOnly) - hfOnly);
    QVERIFY2(hfPart.contains(QStringLiteral("Vote: 5\n\nAuthors: Pat Doe")), qPrintable(hfPart));
    QVERIFY2(!hfPart.contains(QStringLiteral("- ***")), qPrintable(hfPart));
    // The summary goes to the error stream, so that standard output is the file alone.
    QVERIFY2(result.err.contains(QStringLiteral("Digest of 2025-01-06: 5 papers")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Korean text from daily_papers_ko: 3 papers")));
    QVERIFY(result.err.contains(QStringLiteral("Korean text from korean_autoflow: 1 paper\n")));
    QVERIFY(result.err.contains(
        QStringLiteral("No Korean text (title, links, vote and authors only): 1 paper\n")));
}

void TestDigestCli::writesAFileThatImportsAgain()
{
    const QString path = m_dir->filePath(QStringLiteral("out/2025-01-06.md"));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("out")));
    const CliResult result =
        run({QStringLiteral("digest"), QStringLiteral("export"), QStringLiteral("--date"),
             QStringLiteral("2025-01-06"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("5 papers written to ") + path),
             qPrintable(result.out));
    QVERIFY(result.err.isEmpty());

    // Imported into a new cache, the day lists the same papers in the same order.
    QTemporaryDir other;
    const CliResult imported = runCli(other.path(), {QStringLiteral("import"), path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    const QStringList args{QStringLiteral("list"), QStringLiteral("2025-01-06"),
                           QStringLiteral("--json")};
    const QStringList before = listedIds(run(args));
    QCOMPARE(before.size(), 5);
    QCOMPARE(listedIds(runCli(other.path(), args)), before);
    const CliResult shown =
        runCli(other.path(),
               {QStringLiteral("show"), QStringLiteral("2501.07777"), QStringLiteral("--json")});
    const QJsonObject paper = shown.json().object();
    QCOMPARE(paper[QStringLiteral("authors")].toArray().size(), 2);
    QCOMPARE(paper[QStringLiteral("authors")].toArray().at(1).toString(),
             QStringLiteral("Park, Jr."));
    QCOMPARE(paper[QStringLiteral("sections")].toArray().at(0)[QStringLiteral("name")].toString(),
             QStringLiteral("Purpose"));
}

void TestDigestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code"); // 2 a wrong command line, 1 not found or failed
    const QString digest = QStringLiteral("digest");
    const QString exportAction = QStringLiteral("export");
    const QString date = QStringLiteral("--date");
    QTest::newRow("no action") << QStringList{digest} << QStringLiteral("use: digest export") << 2;
    QTest::newRow("unknown action")
        << QStringList{digest, QStringLiteral("import"), date, QStringLiteral("2025-01-06")}
        << QStringLiteral("use: digest export") << 2;
    QTest::newRow("no date") << QStringList{digest, exportAction}
                             << QStringLiteral("use: digest export") << 2;
    QTest::newRow("bad date") << QStringList{digest, exportAction, date,
                                             QStringLiteral("2025-02-30")}
                              << QStringLiteral("2025-02-30") << 2;
    QTest::newRow("day not cached")
        << QStringList{digest, exportAction, date, QStringLiteral("2025-01-07")}
        << QStringLiteral("2025-01-07 is not a cached day") << 1;
    QTest::newRow("unwritable file")
        << QStringList{digest,
                       exportAction,
                       date,
                       QStringLiteral("2025-01-06"),
                       QStringLiteral("-o"),
                       QStringLiteral("/nonexistent-folder/x.md")}
        << QStringLiteral("cannot write /nonexistent-folder/x.md") << 1;
}

void TestDigestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(int, code);
    const CliResult result = run(args);
    QCOMPARE(result.exitCode, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestDigestCli)
#include "TestDigestCli.moc"
