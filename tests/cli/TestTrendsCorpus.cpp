// `paperboy trends` on the shared corpus (every day of it imported): per week and per month, a
// query's counts are `search`'s hits by period, for words, a Korean word, a phrase, authors
// and vote filters; Rising keeps out stop words and answers terms that did grow.
#include "TrendsCounts.h"
#include "common/Corpus.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using paperboy::testing::CliResult;
using paperboy::testing::corpusDir;
using paperboy::testing::runCli;
using paperboy::testing::searchCountsByPeriod;
using paperboy::testing::trendCounts;

class TestTrendsCorpus final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        PAPERBOY_REQUIRE_CORPUS();
        QVERIFY(m_dir.isValid());
        const QDir corpus(corpusDir());
        const CliResult imported =
            runCli(m_dir.path(),
                   {QStringLiteral("import"), corpus.filePath(QStringLiteral("daily_papers_ko")),
                    corpus.filePath(QStringLiteral("hf_daily_papers")),
                    corpus.filePath(QStringLiteral("hf_korean_autoflow"))},
                   600000);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void countsEqualSearchByPeriod_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << QStringLiteral("diffusion");
        QTest::newRow("korean") << QStringLiteral("강화학습");
        QTest::newRow("phrase") << QStringLiteral("\"world model\"");
        QTest::newRow("author") << QStringLiteral("author:\"Ziwei Liu\"");
        QTest::newRow("votes") << QStringLiteral("votes:>30");
        QTest::newRow("excluded") << QStringLiteral("agent -survey");
        QTest::newRow("source") << QStringLiteral("reasoning source:hf");
    }

    void countsEqualSearchByPeriod()
    {
        QFETCH(QString, query);
        for (const bool byWeek : {true, false}) {
            const CliResult result =
                runCli(m_dir.path(),
                       {QStringLiteral("trends"), QStringLiteral("--json"), QStringLiteral("--by"),
                        byWeek ? QStringLiteral("week") : QStringLiteral("month"), query});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const auto expected = searchCountsByPeriod(m_dir.path(), query, byWeek);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(trendCounts(result.json().array(), query), expected);
        }
    }

    void risingLeavesBoilerplateOut()
    {
        const CliResult result =
            runCli(m_dir.path(),
                   {QStringLiteral("trends"), QStringLiteral("--rising"), QStringLiteral("--json"),
                    QStringLiteral("--limit"), QStringLiteral("50")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray terms = result.json().array();
        QVERIFY(!terms.isEmpty());
        const QStringList boilerplate{QStringLiteral("paper"), QStringLiteral("propose"),
                                      QStringLiteral("model"), QStringLiteral("모델"),
                                      QStringLiteral("논문"),  QStringLiteral("제안")};
        double previous = 1e300;
        for (const QJsonValue& value : terms) {
            const QJsonObject term = value.toObject();
            const QString text = term.value(QStringLiteral("term")).toString();
            for (const QString& word : text.split(QLatin1Char(' ')))
                QVERIFY2(!boilerplate.contains(word), qPrintable(text));
            const double ratio = term.value(QStringLiteral("ratio")).toDouble();
            QVERIFY(ratio > 1.0 && ratio <= previous);
            previous = ratio;
            QVERIFY(term.value(QStringLiteral("recent")).toInt() >= 5);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrendsCorpus)
#include "TestTrendsCorpus.moc"
