// `paperboy trends` through the real binary on the year-end fixture (Hugging Face days
// 2024-12-29, 2024-12-30, 2025-01-05 and 2025-01-06: the ISO weeks 2024-W52, 2025-W01 twice,
// 2025-W02): counts equal `search` by period, empty periods are 0, pruned days are gone.
#include "TrendsCounts.h"
#include "store/cache/CacheWriter.h"
#include "store/db/DataPaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;
using paperboy::testing::searchCountsByPeriod;
using paperboy::testing::trendCounts;

namespace {

QStringList periodNames(const QJsonArray& periods)
{
    QStringList names;
    for (const QJsonValue& period : periods)
        names.append(period.toObject().value(QStringLiteral("period")).toString());
    return names;
}

// The queries of the tests: words, a phrase, a prefix, an exclusion, filters, and text no
// query language should choke on.
QStringList queries()
{
    return {QStringLiteral("sparse"),
            QStringLiteral("\"mixture of experts\""),
            QStringLiteral("diff*"),
            QStringLiteral("sparse -video"),
            QStringLiteral("votes:>20"),
            QStringLiteral("after:2024-12-30 before:2025-01-05"),
            QStringLiteral("\"unterminated"),
            QStringLiteral("NEAR(a b) OR * ^"),
            QStringLiteral("'; DROP TABLE papers; --"),
            QStringLiteral("<b>bold</b> &amp;"),
            QStringLiteral("author:")};
}

} // namespace

class TestTrendsCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList& args) { return runCli(m_dir.path(), args); }

    static CliResult importFixture(const QString& dir)
    {
        return runCli(dir, {QStringLiteral("import"),
                            QStringLiteral(PAPERBOY_TEST_DATA_DIR "/search/year-end")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliResult imported = importFixture(m_dir.path());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void weeksAcrossTheYearEnd()
    {
        const CliResult result = run({QStringLiteral("trends"), QStringLiteral("--json"),
                                      QStringLiteral("sparse"), QStringLiteral("votes:>20")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray periods = result.json().array();
        // 2024-12-30 is a Monday of 2025's first ISO week; 2025-01-05 its Sunday.
        QCOMPARE(periodNames(periods),
                 (QStringList{QStringLiteral("2024-W52"), QStringLiteral("2025-W01"),
                              QStringLiteral("2025-W02")}));
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("first")).toString(),
                 QStringLiteral("2024-12-30"));
        for (const QString& query : {QStringLiteral("sparse"), QStringLiteral("votes:>20")})
            QCOMPARE(trendCounts(periods, query), searchCountsByPeriod(m_dir.path(), query, true));
        // `papers` is every paper of the period: what a query matching all of them finds.
        const auto all = searchCountsByPeriod(m_dir.path(), QStringLiteral("votes:>=0"), true);
        int total = 0;
        for (const QJsonValue& period : periods) {
            const QJsonObject object = period.toObject();
            QCOMPARE(object.value(QStringLiteral("papers")).toInt(),
                     all.value(object.value(QStringLiteral("period")).toString()));
            total += object.value(QStringLiteral("papers")).toInt();
        }
        QVERIFY(total > 0);
    }

    void everyQueryCountsAsSearchFinds()
    {
        for (const bool byWeek : {true, false}) {
            QStringList args{
                QStringLiteral("trends"), QStringLiteral("--json"), QStringLiteral("--by"),
                byWeek ? QStringLiteral("week") : QStringLiteral("month"), QStringLiteral("--")};
            args += queries();
            const CliResult result = run(args);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const QJsonArray periods = result.json().array();
            QVERIFY(!periods.isEmpty());
            for (const QString& query : queries()) {
                QCOMPARE(trendCounts(periods, query.simplified()),
                         searchCountsByPeriod(m_dir.path(), query, byWeek));
            }
        }
    }

    void emptyPeriodsAreZero()
    {
        const CliResult result =
            run({QStringLiteral("trends"), QStringLiteral("--json"), QStringLiteral("--from"),
                 QStringLiteral("2024-11-25"), QStringLiteral("--to"), QStringLiteral("2025-02-02"),
                 QStringLiteral("sparse")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray periods = result.json().array();
        QCOMPARE(periods.size(), 10); // 2024-W48 to 2025-W05, none left out
        QCOMPARE(periods.first().toObject().value(QStringLiteral("period")).toString(),
                 QStringLiteral("2024-W48"));
        QCOMPARE(periods.last().toObject().value(QStringLiteral("period")).toString(),
                 QStringLiteral("2025-W05"));
        for (const QJsonValue& value : periods) {
            const QJsonObject period = value.toObject();
            const QString name = period.value(QStringLiteral("period")).toString();
            if (name == QLatin1String("2024-W52") || name == QLatin1String("2025-W01") ||
                name == QLatin1String("2025-W02"))
                continue;
            QCOMPARE(period.value(QStringLiteral("papers")).toInt(-1), 0);
            QCOMPARE(period.value(QStringLiteral("counts"))
                         .toObject()
                         .value(QStringLiteral("sparse"))
                         .toInt(-1),
                     0);
        }
    }

    void prunedDaysAreGone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(importFixture(dir.path()).exitCode, 0);
        {
            QString error;
            const auto writer = paperboy::store::CacheWriter::open(
                paperboy::store::DataPaths::inDirectory(dir.path()), &error);
            QVERIFY2(writer, qPrintable(error));
            // Everything but the newest day (2025-01-06) goes.
            QVERIFY(!writer->pruneToSize(1, &error).isEmpty());
        }
        const CliResult result =
            runCli(dir.path(),
                   {QStringLiteral("trends"), QStringLiteral("--json"), QStringLiteral("--from"),
                    QStringLiteral("2024-12-23"), QStringLiteral("sparse")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray periods = result.json().array();
        QCOMPARE(periodNames(periods),
                 (QStringList{QStringLiteral("2024-W52"), QStringLiteral("2025-W01"),
                              QStringLiteral("2025-W02")}));
        QCOMPARE(periods.at(0).toObject().value(QStringLiteral("papers")).toInt(-1), 0);
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("papers")).toInt(-1), 0);
        QVERIFY(periods.at(2).toObject().value(QStringLiteral("papers")).toInt() > 0);
        QCOMPARE(trendCounts(periods, QStringLiteral("sparse")),
                 searchCountsByPeriod(dir.path(), QStringLiteral("sparse"), true));
    }

    void authorsCountTheQuerysPapers()
    {
        const CliResult result = run({QStringLiteral("trends"), QStringLiteral("--authors"),
                                      QStringLiteral("--json"), QStringLiteral("sparse")});
        QCOMPARE(result.exitCode, 0);
        // Each author's papers, counted from `search` and `show`.
        QHash<QString, int> expected;
        const CliResult hits =
            run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--sort"),
                 QStringLiteral("date"), QStringLiteral("sparse")});
        for (const QJsonValue& hit : hits.json().array()) {
            const CliResult shown = run({QStringLiteral("show"), QStringLiteral("--json"),
                                         hit.toObject().value(QStringLiteral("id")).toString()});
            for (const QJsonValue& author :
                 shown.json().object().value(QStringLiteral("authors")).toArray())
                ++expected[author.toString()];
        }
        QHash<QString, int> counted;
        for (const QJsonValue& value : result.json().array())
            counted.insert(value.toObject().value(QStringLiteral("author")).toString(),
                           value.toObject().value(QStringLiteral("papers")).toInt());
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted, expected);
    }

    void risingAnswersJson()
    {
        const CliResult result =
            run({QStringLiteral("trends"), QStringLiteral("--rising"), QStringLiteral("--json"),
                 QStringLiteral("--weeks"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.json().isArray());
        for (const QJsonValue& value : result.json().array()) {
            const QJsonObject term = value.toObject();
            QVERIFY(term.value(QStringLiteral("ratio")).toDouble() > 1.0);
            QVERIFY(!term.value(QStringLiteral("term")).toString().isEmpty());
        }
    }

    void risingReadsTheStartOfSectionsInWholeWords()
    {
        // Six Korean digest papers of a day: a topic word at the start of each summary, then one
        // Korean word longer than all Rising reads of a source's sections; six papers a month
        // before say neither. The topic word rises; no piece of the long word does (a cut
        // falls before it, never inside it).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString topic = QStringLiteral("양자컴퓨팅");
        QString longWord;
        for (int i = 0; i < 800; ++i)
            longWord += QStringLiteral("탐험");
        const auto writeDigest = [&](const QString& day, const QString& text) {
            QString digest = QStringLiteral("## Daily Papers (%1)\n\n").arg(day);
            for (int paper = 1; paper <= 6; ++paper) {
                digest += QStringLiteral("### [Paper %1 of %2](https://arxiv.org/abs/%2.0100%1)\n\n"
                                         "Authors: Alice Moon\n\n- ***What's New***: %3\n\n")
                              .arg(paper)
                              .arg(day.mid(2, 2) + day.mid(5, 2), text);
            }
            const QString path = dir.filePath(day + QStringLiteral(".md"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(digest.toUtf8());
            return path;
        };
        const QString earlier =
            writeDigest(QStringLiteral("2024-02-05"), QStringLiteral("고전역학"));
        const QString recent =
            writeDigest(QStringLiteral("2024-03-04"), topic + QLatin1Char(' ') + longWord);
        QVERIFY(!earlier.isEmpty() && !recent.isEmpty());
        const CliResult imported = runCli(dir.path(), {QStringLiteral("import"), earlier, recent});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CliResult result =
            runCli(dir.path(),
                   {QStringLiteral("trends"), QStringLiteral("--rising"), QStringLiteral("--json"),
                    QStringLiteral("--limit"), QStringLiteral("100")});
        QCOMPARE(result.exitCode, 0);
        QStringList terms;
        for (const QJsonValue& value : result.json().array())
            terms.append(value.toObject().value(QStringLiteral("term")).toString());
        QVERIFY2(terms.contains(topic), qPrintable(terms.join(u", ")));
        for (const QString& term : std::as_const(terms))
            QVERIFY2(!longWord.startsWith(term.left(4)) || term == longWord, qPrintable(term));
    }

    void usageErrors()
    {
        const QList<QStringList> wrong{
            {QStringLiteral("trends")},
            {QStringLiteral("trends"), QStringLiteral("--by"), QStringLiteral("year"),
             QStringLiteral("x")},
            {QStringLiteral("trends"), QStringLiteral("--rising"), QStringLiteral("x")},
            {QStringLiteral("trends"), QStringLiteral("--rising"), QStringLiteral("--authors")},
            {QStringLiteral("trends"), QStringLiteral("--from"), QStringLiteral("2025-13-01"),
             QStringLiteral("x")},
            {QStringLiteral("trends"), QStringLiteral("--from"), QStringLiteral("2025-02-01"),
             QStringLiteral("--to"), QStringLiteral("2025-01-01"), QStringLiteral("x")},
            {QStringLiteral("trends"), QStringLiteral("--rising"), QStringLiteral("--weeks"),
             QStringLiteral("0")},
        };
        for (const QStringList& args : wrong)
            QCOMPARE(run(args).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTrendsCli)
#include "TestTrendsCli.moc"
