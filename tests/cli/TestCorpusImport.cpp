// Imports all of ../shared/corpus through the real CLI and checks every day's paper count
// against counts made independently from the raw files (regex over markdown headings, plain
// JSON arrays). Fails, never skips, when the corpus is missing.
#include "common/CliRunner.h"
#include "common/Corpus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace paperboy::testing;

namespace {

// The paper ids per day of the JSON files in `folder` (Hugging Face days, Korean briefs).
QHash<QDate, QSet<QString>> independentJsonIds(const char* folder)
{
    QHash<QDate, QSet<QString>> result;
    const QDir dir(corpusDir() + QLatin1Char('/') + QLatin1String(folder));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QDate date = QDate::fromString(name.left(10), Qt::ISODate);
        QSet<QString>& ids = result[date];
        for (const QJsonValue& entry : QJsonDocument::fromJson(file.readAll()).array())
            ids.insert(entry[QStringLiteral("paper")][QStringLiteral("id")].toString());
    }
    return result;
}

} // namespace

class TestCorpusImport final : public QObject
{
    Q_OBJECT

private slots:
    void wholeCorpus();
};

void TestCorpusImport::wholeCorpus()
{
    PAPERBOY_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const CliResult result =
        runCli(dir.path(), {QStringLiteral("import"), QStringLiteral("--quiet"), corpusDir()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err.left(4000)));
    qInfo().noquote() << result.out.trimmed();

    QHash<QDate, QSet<QString>> expected = independentMarkdownIds();
    const auto hf = independentJsonIds("hf_daily_papers");
    const auto briefs = independentJsonIds("hf_korean_autoflow");
    QCOMPARE(expected.size(), 265);
    QCOMPARE(hf.size(), 68);
    QCOMPARE(briefs.size(), 54);
    int markdownPapers = 0;
    for (const auto& ids : std::as_const(expected))
        markdownPapers += int(ids.size());
    QCOMPARE(markdownPapers, 3591);
    for (auto it = hf.cbegin(); it != hf.cend(); ++it)
        expected[it.key()].unite(it.value()); // a paper in both sources counts once
    for (auto it = briefs.cbegin(); it != briefs.cend(); ++it)
        expected[it.key()].unite(it.value());
    // A day whose files list no paper (a brief file of `[]`) is no day with a digest.
    const qsizetype withEmpty = expected.size();
    expected.removeIf(
        [](QHash<QDate, QSet<QString>>::iterator day) { return day.value().isEmpty(); });
    qInfo() << withEmpty - expected.size() << "days without papers";

    const CliResult days = runCli(dir.path(), {QStringLiteral("days"), QStringLiteral("--json")});
    QCOMPARE(days.exitCode, 0);
    const QJsonArray array = days.json().array();
    QCOMPARE(array.size(), expected.size());
    int total = 0;
    for (const QJsonValue& day : array) {
        const QDate date = QDate::fromString(day[QStringLiteral("date")].toString(), Qt::ISODate);
        QVERIFY2(expected.contains(date), qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(day[QStringLiteral("papers")].toInt(), int(expected.value(date).size()));
        total += day[QStringLiteral("papers")].toInt();
    }
    qInfo() << "days" << array.size() << "papers" << total;

    // A day that all three sources cover: the shared papers carry every source.
    const QDate both(2024, 12, 16);
    QVERIFY(hf.contains(both));
    const CliResult list = runCli(
        dir.path(), {QStringLiteral("list"), both.toString(Qt::ISODate), QStringLiteral("--json")});
    int merged = 0;
    int mergedThree = 0;
    for (const QJsonValue& paper : list.json().array()) {
        const qsizetype sources = paper[QStringLiteral("sources")].toArray().size();
        if (sources >= 2) {
            ++merged;
            QVERIFY(!paper[QStringLiteral("sections")].toArray().isEmpty());
            QVERIFY(!paper[QStringLiteral("abstract")].toString().isEmpty());
        }
        if (sources == 3) {
            ++mergedThree;
            QVERIFY(!paper[QStringLiteral("title_ko")].toString().isEmpty());
        }
    }
    QVERIFY2(merged > 0, "no paper of 2024-12-16 was merged from two sources");
    QVERIFY2(mergedThree > 0, "no paper of 2024-12-16 was merged from all three sources");
}

QTEST_GUILESS_MAIN(TestCorpusImport)
#include "TestCorpusImport.moc"
