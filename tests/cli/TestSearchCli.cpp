// `paperboy search`, `top` and `related` through the real binary, on the year-end fixture:
// four Hugging Face days around 2025-01-01, one of them with markup in its text.
#include "common/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

QStringList ids(const CliResult& result)
{
    QStringList list;
    for (const QJsonValue& value : result.json().array())
        list.append(value.toObject().value(QStringLiteral("id")).toString());
    return list;
}

} // namespace

class TestSearchCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList& args) { return runCli(m_dir.path(), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliResult imported = run(
            {QStringLiteral("import"), QStringLiteral(PAPERBOY_TEST_DATA_DIR "/search/year-end")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void searchJson()
    {
        const CliResult result =
            run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--sort"),
                 QStringLiteral("votes"), QStringLiteral("sparse")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(ids(result),
                 (QStringList{QStringLiteral("2412.20001"), QStringLiteral("2412.20002"),
                              QStringLiteral("2501.00004")}));
        const QJsonObject first = result.json().array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-12-29"));
        QCOMPARE(first.value(QStringLiteral("votes")).toInt(), 30);
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Sparse Mixture of Experts at Scale"));
        const QString snippet = first.value(QStringLiteral("snippet")).toString();
        const QJsonArray range =
            first.value(QStringLiteral("highlights")).toArray().first().toArray();
        QCOMPARE(snippet.mid(range.at(0).toInt(), range.at(1).toInt()).toLower(),
                 QStringLiteral("sparse"));
    }

    void searchOptions()
    {
        const CliResult one =
            run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"),
                 QStringLiteral("1"), QStringLiteral("sparse")});
        QCOMPARE(ids(one).size(), 1);
        // That more match is said on stderr, leaving the JSON on stdout as it is.
        QVERIFY2(one.err.contains(QStringLiteral("More papers match")), qPrintable(one.err));
        QCOMPARE(
            ids(run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--sort"),
                     QStringLiteral("date"), QStringLiteral("sparse -video")})),
            (QStringList{QStringLiteral("2412.20002"), QStringLiteral("2412.20001")}));
        QCOMPARE(ids(run({QStringLiteral("search"), QStringLiteral("--json"),
                          QStringLiteral("https://huggingface.co/papers/2412.20003")})),
                 QStringList{QStringLiteral("2412.20003")});
        QCOMPARE(ids(run({QStringLiteral("search"), QStringLiteral("--json"),
                          QStringLiteral("votes:>35 after:2024-12-30")})),
                 (QStringList{QStringLiteral("2501.00005"), QStringLiteral("2412.20003")}));
        const CliResult none = run({QStringLiteral("search"), QStringLiteral("nothingsuch")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QStringLiteral("No papers match."));
        // An open quote is no error: the words are searched.
        QCOMPARE(ids(run({QStringLiteral("search"), QStringLiteral("--json"),
                          QStringLiteral("\"video tokenizers")})),
                 QStringList{QStringLiteral("2412.20003")});
    }

    // Markup in a paper stays text: in JSON it is a string, in the terminal it is printed as is,
    // and the highlights are our own markers around the matched word only.
    void hostileText()
    {
        const CliResult text = run({QStringLiteral("search"), QStringLiteral("reward")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Reward Models <img src=x onerror=alert(1)>")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("\u00abReward\u00bb")), qPrintable(text.out));
        const CliResult json =
            run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("reward")});
        const QJsonObject hit = json.json().array().first().toObject();
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(u'<'));
    }

    // ISO weeks: 2024-12-29 is in 2024-W52, 2024-12-30 to 2025-01-05 are 2025-W01.
    void topWeeksAndMonthsAcrossTheYearEnd()
    {
        const auto top = [this](const char* option, const char* value) {
            return run({QStringLiteral("top"), QStringLiteral("--json"),
                        QString::fromLatin1(option), QString::fromLatin1(value)});
        };
        QCOMPARE(ids(top("--week", "2025-W01")),
                 (QStringList{QStringLiteral("2412.20003"), QStringLiteral("2412.20002"),
                              QStringLiteral("2501.00004")}));
        QCOMPARE(ids(top("--week", "2024-W52")), QStringList{QStringLiteral("2412.20001")});
        QCOMPARE(ids(top("--week", "2025-W02")), QStringList{QStringLiteral("2501.00005")});
        QCOMPARE(ids(top("--month", "2024-12")),
                 (QStringList{QStringLiteral("2412.20003"), QStringLiteral("2412.20001"),
                              QStringLiteral("2412.20002")}));
        QCOMPARE(ids(top("--month", "2025-01")),
                 (QStringList{QStringLiteral("2501.00005"), QStringLiteral("2501.00004")}));
        const CliResult week = top("--week", "2025-W01");
        QCOMPARE(week.json().array().at(2).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2025-01-05"));
        QCOMPARE(top("--week", "2020-W53").exitCode, 0); // 2020 has 53 weeks
        QCOMPARE(top("--week", "2024-W53").exitCode, 2); // 2024 has 52
        QCOMPARE(top("--month", "2024-13").exitCode, 2);
        QCOMPARE(run({QStringLiteral("top")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("top"), QStringLiteral("--week"), QStringLiteral("2025-W01"),
                      QStringLiteral("--month"), QStringLiteral("2025-01")})
                     .exitCode,
                 2);
    }

    void related()
    {
        const CliResult result = run(
            {QStringLiteral("related"), QStringLiteral("--json"), QStringLiteral("2412.20001")});
        QCOMPARE(result.exitCode, 0);
        const QStringList found = ids(result);
        QVERIFY(!found.contains(QStringLiteral("2412.20001")));
        QVERIFY(found.size() <= 5);
        QVERIFY2(found.contains(QStringLiteral("2412.20002")), qPrintable(found.join(u',')));
        QCOMPARE(run({QStringLiteral("related"), QStringLiteral("nonsense")}).exitCode, 2);
        // Not found, as for `show`: not "no papers match".
        const CliResult unknown = run({QStringLiteral("related"), QStringLiteral("2412.99999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("2412.99999 is not in the cache")),
                 qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
    }

    // is:bookmarked, is:unread, is:read and has:note read the user file; notes are searched.
    void userDataFilters()
    {
        QTemporaryDir dir;
        const auto in = [&dir](const QStringList& args) { return runCli(dir.path(), args); };
        QCOMPARE(in({QStringLiteral("import"),
                     QStringLiteral(PAPERBOY_TEST_DATA_DIR "/search/year-end")})
                     .exitCode,
                 0);
        const auto found = [&in](const QString& query) {
            return ids(in({QStringLiteral("search"), QStringLiteral("--json"),
                           QStringLiteral("--sort"), QStringLiteral("votes"), query}));
        };
        // Before any user file: nothing bookmarked or noted, everything unread.
        QCOMPARE(found(QStringLiteral("is:bookmarked")), QStringList());
        QCOMPARE(found(QStringLiteral("sparse is:unread")),
                 (QStringList{QStringLiteral("2412.20001"), QStringLiteral("2412.20002"),
                              QStringLiteral("2501.00004")}));

        QCOMPARE(
            in({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("2412.20002")})
                .exitCode,
            0);
        QCOMPARE(in({QStringLiteral("read"), QStringLiteral("2412.20001")}).exitCode, 0);
        QCOMPARE(in({QStringLiteral("note"), QStringLiteral("2501.00004"),
                     QStringLiteral("멀티모달 zebra-crossing 100%")})
                     .exitCode,
                 0);
        QCOMPARE(found(QStringLiteral("is:bookmarked")), QStringList{QStringLiteral("2412.20002")});
        QCOMPARE(found(QStringLiteral("sparse is:unread")),
                 (QStringList{QStringLiteral("2412.20002"), QStringLiteral("2501.00004")}));
        QCOMPARE(found(QStringLiteral("sparse is:read")),
                 QStringList{QStringLiteral("2412.20001")});
        QCOMPARE(found(QStringLiteral("has:note")), QStringList{QStringLiteral("2501.00004")});
        // The note's words find its paper, Korean inside a word and LIKE's % taken literally.
        QCOMPARE(found(QStringLiteral("zebra-crossing")),
                 QStringList{QStringLiteral("2501.00004")});
        QCOMPARE(found(QStringLiteral("모달")), QStringList{QStringLiteral("2501.00004")});
        QCOMPARE(found(QStringLiteral("100%")), QStringList{QStringLiteral("2501.00004")});
        QCOMPARE(found(QStringLiteral("10%0")), QStringList());
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("size"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void emptyCache()
    {
        QTemporaryDir empty;
        const CliResult result =
            runCli(empty.path(), {QStringLiteral("search"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("No papers match."));
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "TestSearchCli.moc"
