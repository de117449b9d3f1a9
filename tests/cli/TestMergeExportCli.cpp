// What the issue reproduced (issue 30): Hugging Face's day, then the Korean digest of the same
// day. The paper keeps Hugging Face's votes and first author, and so do its citations.
#include "common/CliRunner.h"
#include "common/Corpus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace paperboy::testing;

class TestMergeExportCli final : public QObject
{
    Q_OBJECT

private slots:
    void koreanDigestAfterHuggingFace_data();
    void koreanDigestAfterHuggingFace();
};

void TestMergeExportCli::koreanDigestAfterHuggingFace_data()
{
    QTest::addColumn<bool>("hfFirst");
    QTest::newRow("Hugging Face first") << true;
    QTest::newRow("Korean digest first") << false;
}

void TestMergeExportCli::koreanDigestAfterHuggingFace()
{
    QFETCH(bool, hfFirst);
    PAPERBOY_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString hf = corpusDir() + QStringLiteral("/hf_daily_papers/2024-12-16.json");
    const QString korean = corpusDir() + QStringLiteral("/daily_papers_ko/2024/12/16.md");
    for (const QString& file : hfFirst ? QStringList{hf, korean} : QStringList{korean, hf}) {
        const CliResult imported = runCli(dir.path(), {QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    const QString id = QStringLiteral("2412.10360");
    const CliResult show =
        runCli(dir.path(), {QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject paper = show.json().object();
    QCOMPARE(paper[QStringLiteral("votes")].toInt(), 107);
    QCOMPARE(paper[QStringLiteral("authors")].toArray().at(0).toString(),
             QStringLiteral("Orr Zohar"));
    QCOMPARE(paper[QStringLiteral("sources")].toArray().size(), 2);

    QCOMPARE(runCli(dir.path(), {QStringLiteral("bookmarks"), QStringLiteral("add"), id}).exitCode,
             0);
    const CliResult bib =
        runCli(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("bibtex"), QStringLiteral("--bookmarks")});
    QCOMPARE(bib.exitCode, 0);
    static const QRegularExpression author(QStringLiteral("author = \\{([^\\n]*?) and "));
    const auto match = author.match(bib.out);
    QVERIFY2(match.hasMatch(), qPrintable(bib.out));
    QCOMPARE(match.captured(1), QStringLiteral("Orr Zohar"));

    const CliResult ris = runCli(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"),
                                              QStringLiteral("ris"), QStringLiteral("--date"),
                                              QStringLiteral("2024-12-16")});
    QCOMPARE(ris.exitCode, 0);
    // The paper's record, and its first AU line.
    const qsizetype record = ris.out.indexOf(id);
    QVERIFY(record >= 0);
    const qsizetype start = ris.out.lastIndexOf(QStringLiteral("TY  - "), record);
    const qsizetype firstAuthor = ris.out.indexOf(QStringLiteral("AU  - "), start);
    QVERIFY(start >= 0 && firstAuthor > start);
    QCOMPARE(
        ris.out
            .mid(firstAuthor + 6, ris.out.indexOf(QLatin1Char('\n'), firstAuthor) - firstAuthor - 6)
            .trimmed(),
        QStringLiteral("Orr Zohar"));
}

QTEST_GUILESS_MAIN(TestMergeExportCli)
#include "TestMergeExportCli.moc"
