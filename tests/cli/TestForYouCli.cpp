// `paperboy dismiss` and `paperboy foryou` through the real binary: exit codes and
// all-or-nothing writes, the "Not interested" marks surviving a cache rebuild and travelling
// through `userdata export/import`, the cold start by votes, and a trained order whose reasons
// carry a hostile title or author as plain strings.
#include "common/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

const QString goodFixture = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good");

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// A Hugging Face API day: `robots` papers about robots, `others` about language models.
QByteArray apiDay(int robots, int others)
{
    QJsonArray day;
    const auto entry = [&](int n, const QString& title, const QString& summary,
                           const QString& author) {
        const QJsonObject paper{
            {QStringLiteral("id"), QStringLiteral("2501.%1").arg(10000 + n)},
            {QStringLiteral("title"), title},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("upvotes"), 100 - n},
            {QStringLiteral("authors"), QJsonArray{QJsonObject{{QStringLiteral("name"), author}}}},
        };
        day.append(QJsonObject{{QStringLiteral("paper"), paper}, {QStringLiteral("title"), title}});
    };
    const QStringList skills = {text("grasping"), text("locomotion"), text("manipulation"),
                                text("navigation")};
    for (int i = 0; i < robots; ++i)
        entry(i, QStringLiteral("<b>Robot</b> %1 policy %2").arg(skills.at(i % 4)).arg(i),
              QStringLiteral("A robot learns %1 with a robot arm.").arg(skills.at(i % 4)),
              text("<i>Ada</i> Lovelace"));
    for (int i = 0; i < others; ++i)
        entry(robots + i, QStringLiteral("Language model study %1").arg(i),
              text("A language model improves text benchmarks."), text("Plain Author"));
    return QJsonDocument(day).toJson();
}

} // namespace

class TestForYouCli final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void dismissExitCodesAndUndo()
    {
        importGood();
        // An id neither cached nor marked, or no id at all: exit 2 and nothing written.
        CliResult result = run({text("dismiss"), text("2501.01234"), text("2401.99999")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(text("2401.99999")), qPrintable(result.err));
        QCOMPARE(dismissedIds(), QStringList());
        QCOMPARE(run({text("dismiss"), text("not-an-id")}).exitCode, 2);
        QCOMPARE(run({text("dismiss")}).exitCode, 2);
        QCOMPARE(run({text("dismiss"), text("--undo"), text("2501.01234")}).exitCode, 2);

        result = run({text("dismiss"), text("arXiv:2501.01234v2"), text("2501.02345")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(dismissedIds(), (QStringList{text("2501.01234"), text("2501.02345")}));
        // Undo: one not marked among them and nothing changes.
        QCOMPARE(
            run({text("dismiss"), text("--undo"), text("2501.01234"), text("2501.03456")}).exitCode,
            2);
        QCOMPARE(dismissedIds().size(), 2);
        result = run({text("dismiss"), text("--undo"), text("2501.01234")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(dismissedIds(), QStringList{text("2501.02345")});
    }

    void dismissalSurvivesACacheRebuild()
    {
        importGood();
        QCOMPARE(run({text("dismiss"), text("2501.02345")}).exitCode, 0);
        for (const QString& suffix : {QString(), text("-wal"), text("-shm")})
            QFile::remove(m_dir->filePath(text("cache.sqlite") + suffix));
        // Without a cache the mark is still there with its paper's text, and can be repeated.
        QCOMPARE(dismissedIds(), QStringList{text("2501.02345")});
        QCOMPARE(run({text("dismiss"), text("2501.02345")}).exitCode, 0);
        importGood();
        const QJsonObject kept = exported()[QStringLiteral("dismissed")][0].toObject();
        QCOMPARE(kept[QStringLiteral("title")].toString(),
                 text("<script>alert('x')</script> Tags in Titles Are Text"));
        QCOMPARE(kept[QStringLiteral("date")].toString(), text("2025-01-06"));
        // The rebuilt cache's For you list (cold start) puts it last.
        const CliResult foryou = run({text("foryou"), text("--json")});
        QVERIFY2(foryou.exitCode == 0, qPrintable(foryou.err));
        const QJsonArray list = foryou.json().array();
        QVERIFY(list.size() >= 2);
        QCOMPARE(list.last()[QStringLiteral("id")].toString(), text("2501.02345"));
        QVERIFY(list.last()[QStringLiteral("dismissed")].toBool());
    }

    void labelsRoundTripThroughUserData()
    {
        importGood();
        QCOMPARE(run({text("bookmarks"), text("add"), text("2501.01234")}).exitCode, 0);
        QCOMPARE(run({text("dismiss"), text("2501.02345"), text("2501.03456")}).exitCode, 0);
        const QString file = m_dir->filePath(text("export.json"));
        QCOMPARE(run({text("userdata"), text("export"), file}).exitCode, 0);
        const QJsonObject before = exported();

        QTemporaryDir other;
        CliResult result = runCli(other.path(), {text("userdata"), text("import"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = runCli(other.path(), {text("userdata"), text("export"), text("-")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject after = result.json().object();
        for (const char* key : {"bookmarks", "dismissed"})
            QCOMPARE(after[QLatin1String(key)], before[QLatin1String(key)]);
        QCOMPARE(after[QStringLiteral("dismissed")].toArray().size(), 2);
        // Importing again changes nothing: ours is as new.
        result = runCli(other.path(), {text("userdata"), text("import"), file});
        QVERIFY2(result.out.contains(text("0 not-interested marks")), qPrintable(result.out));
    }

    void coldStartSaysHowManyBookmarksAreMissing()
    {
        importGood();
        QCOMPARE(run({text("bookmarks"), text("add"), text("2501.01234")}).exitCode, 0);
        const CliResult result = run({text("foryou"), text("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(text("4 more bookmarks")), qPrintable(result.err));
        const QJsonArray list = result.json().array();
        QVERIFY(!list.isEmpty());
        double previous = 1e9;
        for (const QJsonValue& paper : list) {
            QVERIFY(paper[QStringLiteral("id")].toString() != text("2501.01234")); // bookmarked
            QVERIFY(paper[QStringLiteral("score")].toDouble() <= previous);
            previous = paper[QStringLiteral("score")].toDouble();
        }
        QCOMPARE(run({text("foryou"), text("--from"), text("2025-01-01")}).exitCode, 2);
        QCOMPARE(run({text("foryou"), text("--limit"), text("0")}).exitCode, 2);
    }

    void trainedOrderWithPlainReasons()
    {
        QFile day(m_dir->filePath(text("2025-01-07.json")));
        QVERIFY(day.open(QIODevice::WriteOnly));
        day.write(apiDay(12, 30));
        day.close();
        CliResult result = run({text("import"), day.fileName()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QStringList bookmarks = {text("bookmarks"), text("add")};
        for (int i = 0; i < 6; ++i)
            bookmarks.append(QStringLiteral("2501.%1").arg(10000 + i));
        QCOMPARE(run(bookmarks).exitCode, 0);
        QCOMPARE(run({text("dismiss"), text("2501.10020")}).exitCode, 0);

        result = run({text("foryou"), text("--date"), text("2025-01-07"), text("--limit"),
                      text("100"), text("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QJsonArray list = result.json().array();
        QCOMPARE(list.size(), 36); // 42 papers, 6 bookmarked
        // The six other robot papers first, the dismissed one last.
        for (int i = 0; i < 6; ++i) {
            const QJsonObject paper = list.at(i).toObject();
            QVERIFY2(paper[QStringLiteral("title")].toString().startsWith(text("<b>Robot</b>")),
                     qPrintable(paper[QStringLiteral("title")].toString()));
            const QJsonArray why = paper[QStringLiteral("why")].toArray();
            QVERIFY(!why.isEmpty() && why.size() <= 5);
        }
        QCOMPARE(list.last()[QStringLiteral("id")].toString(), text("2501.10020"));
        // An author's name, markup and all, is a reason as written: plain text, never parsed.
        const QJsonArray why = list.at(0)[QStringLiteral("why")].toArray();
        QVERIFY2(why.contains(QJsonValue(text("author: <i>Ada</i> Lovelace"))),
                 QJsonDocument(why).toJson().constData());
        // The model is user data, beside the user file.
        QVERIFY(QFile::exists(m_dir->filePath(text("foryou-model.bin"))));
    }

    // A title with markup, a script and a right-to-left override: in the JSON it is data, as
    // written, and every reason is a word (or phrase, or author) of the paper itself.
    void hostileTitleReasonsAreThePapersWords()
    {
        trainOnRobots();
        const QString hostile = QStringLiteral("<script>alert(1)</script> \u202Erobot grasping "
                                               "<b>policy</b>");
        QJsonArray day;
        const QJsonObject paper{
            {QStringLiteral("id"), text("2501.20000")},
            {QStringLiteral("title"), hostile},
            {QStringLiteral("summary"), text("A robot arm learns grasping.")},
            {QStringLiteral("upvotes"), 1},
        };
        day.append(
            QJsonObject{{QStringLiteral("paper"), paper}, {QStringLiteral("title"), hostile}});
        QFile file(m_dir->filePath(text("2025-01-08.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(day).toJson());
        file.close();
        QCOMPARE(run({text("import"), file.fileName()}).exitCode, 0);

        const CliResult result =
            run({text("foryou"), text("--date"), text("2025-01-08"), text("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject first = result.json().array().at(0).toObject();
        QCOMPARE(first[QStringLiteral("title")].toString(), hostile);
        const QJsonArray why = first[QStringLiteral("why")].toArray();
        QVERIFY(!why.isEmpty());
        const QString words =
            QString(hostile + u' ' + paper[QStringLiteral("summary")].toString()).toCaseFolded();
        for (const QJsonValue& term : why) {
            QVERIFY(term.isString());
            QVERIFY2(words.contains(term.toString()), qPrintable(term.toString()));
        }
    }

    // With a trained model a dismissed robot paper would rank first; after the cache is deleted
    // and rebuilt it is still dismissed and still last.
    void dismissedStillSinksAfterRebuildWithAModel()
    {
        trainOnRobots();
        QCOMPARE(run({text("dismiss"), text("2501.10006")}).exitCode, 0);
        for (const QString& suffix : {QString(), text("-wal"), text("-shm")})
            QFile::remove(m_dir->filePath(text("cache.sqlite") + suffix));
        QCOMPARE(run({text("import"), m_dir->filePath(text("2025-01-07.json"))}).exitCode, 0);
        const CliResult result = run({text("foryou"), text("--date"), text("2025-01-07"),
                                      text("--limit"), text("100"), text("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QJsonArray list = result.json().array();
        QCOMPARE(list.size(), 36); // 42 papers, 6 bookmarked
        QCOMPARE(list.last()[QStringLiteral("id")].toString(), text("2501.10006"));
        QVERIFY(list.last()[QStringLiteral("dismissed")].toBool());
        QVERIFY(list.first()[QStringLiteral("title")].toString().startsWith(text("<b>Robot</b>")));
    }

    // Labels exported and imported into another data folder give the same For you order there.
    void importedLabelsRankTheSame()
    {
        trainOnRobots();
        QCOMPARE(run({text("dismiss"), text("2501.10007")}).exitCode, 0);
        const QStringList foryou = {text("foryou"),  text("--date"), text("2025-01-07"),
                                    text("--limit"), text("100"),    text("--json")};
        const CliResult here = run(foryou);
        QVERIFY2(here.exitCode == 0, qPrintable(here.err));
        const QString file = m_dir->filePath(text("export.json"));
        QCOMPARE(run({text("userdata"), text("export"), file}).exitCode, 0);

        QTemporaryDir other;
        QCOMPARE(runCli(other.path(), {text("import"), m_dir->filePath(text("2025-01-07.json"))})
                     .exitCode,
                 0);
        QCOMPARE(runCli(other.path(), {text("userdata"), text("import"), file}).exitCode, 0);
        const CliResult there = runCli(other.path(), foryou);
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        const auto ids = [](const CliResult& result) {
            QStringList list;
            for (const QJsonValue& paper : result.json().array())
                list.append(paper[QStringLiteral("id")].toString());
            return list;
        };
        QCOMPARE(ids(there), ids(here));
        QCOMPARE(ids(there).last(), text("2501.10007"));
    }

private:
    // The robot day imported, its first six robot papers bookmarked.
    void trainOnRobots()
    {
        QFile day(m_dir->filePath(text("2025-01-07.json")));
        QVERIFY(day.open(QIODevice::WriteOnly));
        day.write(apiDay(12, 30));
        day.close();
        const CliResult result = run({text("import"), day.fileName()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QStringList bookmarks = {text("bookmarks"), text("add")};
        for (int i = 0; i < 6; ++i)
            bookmarks.append(QStringLiteral("2501.%1").arg(10000 + i));
        QCOMPARE(run(bookmarks).exitCode, 0);
    }

    CliResult run(const QStringList& args) { return runCli(m_dir->path(), args); }

    void importGood()
    {
        const CliResult result = run({text("import"), goodFixture});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    QJsonObject exported()
    {
        const CliResult result = run({text("userdata"), text("export"), text("-")});
        return result.json().object();
    }

    QStringList dismissedIds()
    {
        QStringList ids;
        for (const QJsonValue& value : exported()[QStringLiteral("dismissed")].toArray())
            ids.append(value[QStringLiteral("id")].toString());
        ids.sort();
        return ids;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestForYouCli)
#include "TestForYouCli.moc"
