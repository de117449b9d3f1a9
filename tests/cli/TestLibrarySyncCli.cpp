// Library sync (issue 34) through the real binary: data dirs that share one folder, changed by
// the write commands (each one sends its change) and merged by `userdata sync`, until
// `userdata export` of every machine is the same.
#include "common/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using paperboy::testing::CliResult;
using paperboy::testing::runCli;

namespace {

const QString goodFixture = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/good");

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestLibrarySyncCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void twoMachinesConverge();
    void threeMachinesKeepEveryNote();
    void highlightsPagesAndQuestionsTravel();
    void folderCommandAndAbsentFolder();

private:
    QString machine(int n) { return m_dirs->filePath(QStringLiteral("machine%1").arg(n)); }
    QString folder() { return m_dirs->filePath(s("shared")); }
    CliResult ok(int n, const QStringList& args);
    void setUp(int count);
    QByteArray exported(int n);
    std::unique_ptr<QTemporaryDir> m_dirs;
};

void TestLibrarySyncCli::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    QVERIFY(QDir().mkpath(folder()));
}

CliResult TestLibrarySyncCli::ok(int n, const QStringList& args)
{
    const CliResult result = runCli(machine(n), args);
    if (result.exitCode != 0)
        qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(result.err));
    return result;
}

void TestLibrarySyncCli::setUp(int count)
{
    for (int n = 1; n <= count; ++n) {
        QCOMPARE(ok(n, {s("import"), goodFixture}).exitCode, 0);
        QCOMPARE(ok(n, {s("userdata"), s("folder"), folder(), s("--device-name"),
                        QStringLiteral("machine %1").arg(n)})
                     .exitCode,
                 0);
    }
}

QByteArray TestLibrarySyncCli::exported(int n)
{
    const CliResult result = ok(n, {s("userdata"), s("export"), s("-")});
    QJsonObject object = result.json().object();
    object.remove(s("exported_at"));
    return QJsonDocument(object).toJson();
}

void TestLibrarySyncCli::twoMachinesConverge()
{
    setUp(2);
    QCOMPARE(ok(1, {s("bookmarks"), s("add"), s("2501.01234"), s("2501.02345")}).exitCode, 0);
    QCOMPARE(ok(2, {s("bookmarks"), s("add"), s("2501.02345"), s("2501.03456")}).exitCode, 0);
    QCOMPARE(ok(1, {s("note"), s("2501.01234"), s("laptop: strong baseline")}).exitCode, 0);
    QCOMPARE(ok(2, {s("note"), s("2501.01234"), s("desktop: <b>not bold</b>")}).exitCode, 0);
    QCOMPARE(ok(2, {s("read"), s("2501.01234")}).exitCode, 0);
    QCOMPARE(ok(1, {s("dismiss"), s("2501.03456")}).exitCode, 0);
    QCOMPARE(ok(1, {s("watch"), s("add"), s("attention"), s("attention")}).exitCode, 0);
    // Every write command has already put its change in the folder.
    QCOMPARE(QDir(folder()).entryList({s("*.jsonl")}).size(), 2);
    const CliResult first = ok(1, {s("userdata"), s("sync")});
    QVERIFY2(first.out.contains(s("Machines seen: 2")), qPrintable(first.out));
    QVERIFY2(first.out.contains(s("Came in: 2 bookmarks, 1 read mark, 1 note")),
             qPrintable(first.out));
    ok(2, {s("userdata"), s("sync")});
    ok(1, {s("userdata"), s("sync")});
    QCOMPARE(exported(1), exported(2));
    const QString note = ok(2, {s("note"), s("2501.01234")}).out;
    QCOMPARE(note.count(s("laptop: strong baseline")), 1);
    QCOMPARE(note.count(s("desktop: <b>not bold</b>")), 1);
    QVERIFY(note.contains(QStringLiteral("\u2014 from machine ")));
    // A removal on one is a removal on both; syncing again changes nothing.
    QCOMPARE(ok(2, {s("bookmarks"), s("remove"), s("2501.02345")}).exitCode, 0);
    ok(1, {s("userdata"), s("sync")});
    const CliResult again = ok(2, {s("userdata"), s("sync")});
    QVERIFY2(again.out.contains(s("Came in: 0 bookmarks, 0 read marks, 0 notes")),
             qPrintable(again.out));
    const QString list = ok(1, {s("bookmarks"), s("list")}).out;
    QVERIFY(!list.contains(s("2501.02345")));
    QVERIFY(list.contains(s("2501.03456")));
    QCOMPARE(exported(1), exported(2));
}

void TestLibrarySyncCli::threeMachinesKeepEveryNote()
{
    setUp(3);
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(ok(n, {s("note"), s("2501.03456"), QStringLiteral("text %1").arg(n)}).exitCode, 0);
    for (int round = 0; round < 2; ++round) {
        for (int n : {3, 1, 2})
            ok(n, {s("userdata"), s("sync")});
    }
    QCOMPARE(exported(1), exported(2));
    QCOMPARE(exported(2), exported(3));
    const QString note = ok(3, {s("note"), s("2501.03456")}).out;
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(note.count(QStringLiteral("text %1").arg(n)), 1);
}

// What the Read view keeps, brought in on one machine by `userdata import`, arrives once on the
// other, and importing the same file there too changes nothing more.
void TestLibrarySyncCli::highlightsPagesAndQuestionsTravel()
{
    setUp(2);
    QJsonObject data = ok(1, {s("userdata"), s("export"), s("-")}).json().object();
    const QByteArray rest = R"([{"uid":"9b1c6a52-2a4e-4d55-9d0f-0e7c1f0a1b2c","id":"2501.01234",
        "page":2,"text":"a <i>claim</i>","rects":[[72,100.5,200,12]],"colour":"green",
        "comment":"check this","created_at":"2025-01-06T09:00:00.000Z",
        "updated_at":"2025-01-06T09:05:00.000Z"}])";
    data.insert(s("highlights"), QJsonDocument::fromJson(rest).array());
    data.insert(s("reading_positions"), QJsonDocument::fromJson(R"([{"id":"2501.01234","page":7,
                    "updated_at":"2025-01-06T09:06:00.000Z"}])")
                                            .array());
    data.insert(s("questions"), QJsonDocument::fromJson(R"([{"id":"2501.01234","question":"Why?",
                    "answer":"Because [p. 2].","model":"m","endpoint":"http://127.0.0.1:1/v1",
                    "pages":[2],"created_at":"2025-01-06T09:07:00.000Z","complete":true}])")
                                    .array());
    const QString file = m_dirs->filePath(s("reading.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(data).toJson());
    out.close();
    QCOMPARE(ok(1, {s("userdata"), s("import"), file}).exitCode, 0);
    const CliResult first = ok(2, {s("userdata"), s("sync")});
    QVERIFY2(first.out.contains(s("1 highlight, 1 reading page, 1 question")),
             qPrintable(first.out));
    QCOMPARE(ok(2, {s("userdata"), s("import"), file}).exitCode, 0);
    ok(1, {s("userdata"), s("sync")});
    const CliResult again = ok(2, {s("userdata"), s("sync")});
    QVERIFY2(again.out.contains(s("0 highlights, 0 reading pages, 0 questions")),
             qPrintable(again.out));
    QCOMPARE(exported(2).count("\"question\": \"Why?\""), 1);
    QCOMPARE(exported(1), exported(2));
}

void TestLibrarySyncCli::folderCommandAndAbsentFolder()
{
    setUp(1);
    const CliResult shown = ok(1, {s("userdata"), s("folder")});
    QVERIFY(shown.out.contains(folder()));
    QVERIFY(shown.out.contains(s("machine 1")));
    QCOMPARE(
        runCli(machine(1), {s("userdata"), s("folder"), m_dirs->filePath(s("missing"))}).exitCode,
        1);
    // The share goes away: writes still work, and wait.
    QVERIFY(QDir().rename(folder(), folder() + s("-away")));
    QCOMPARE(ok(1, {s("bookmarks"), s("add"), s("2501.01234")}).exitCode, 0);
    const CliResult away = ok(1, {s("userdata"), s("sync")});
    QCOMPARE(away.exitCode, 0);
    QVERIFY2(away.out.contains(s("1 change wait")), qPrintable(away.out));
    QVERIFY(QDir().rename(folder() + s("-away"), folder()));
    QVERIFY(ok(1, {s("userdata"), s("sync")}).out.contains(s("Sent: 1 change")));
    QCOMPARE(ok(1, {s("userdata"), s("folder"), s("--off")}).out.contains(s("Library folder: off")),
             true);
    QCOMPARE(runCli(machine(1), {s("userdata"), s("sync")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestLibrarySyncCli)
#include "TestLibrarySyncCli.moc"
