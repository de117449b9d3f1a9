// The user-data commands through the real binary: bookmarks, read, note, userdata
// export/import/backup and export, with their exit codes and all-or-nothing writes.
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

CliResult runWithInput(const QString& dataDir, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(PAPERBOY_EXE),
                  QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestUserDataCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bookmarksSurviveDeletingTheCacheAndReimport();
    void unknownIdWritesNothing();
    void readAndNotes();
    void userDataRoundTrip();
    void exportFormats();
    void koreanTitleIsKeptAndNamedTitleKo();
    void usageErrors_data();
    void usageErrors();

private:
    CliResult run(const QStringList& args) { return runCli(m_dir->path(), args); }
    void importGood();
    QStringList bookmarkedIds();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUserDataCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUserDataCli::importGood()
{
    const CliResult result = run({text("import"), goodFixture});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

QStringList TestUserDataCli::bookmarkedIds()
{
    const CliResult list = run({text("bookmarks"), text("list"), text("--json")});
    QStringList ids;
    for (const QJsonValue& value : list.json().array())
        ids.append(value[QStringLiteral("id")].toString());
    return ids;
}

void TestUserDataCli::bookmarksSurviveDeletingTheCacheAndReimport()
{
    importGood();
    CliResult add =
        run({text("bookmarks"), text("add"), text("https://arxiv.org/abs/2501.01234v2")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QTest::qWait(5);
    add = run({text("bookmarks"), text("add"), text("2501.02345")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));

    for (const QString& suffix : {QString(), text("-wal"), text("-shm")})
        QFile::remove(m_dir->filePath(text("cache.sqlite") + suffix));
    const CliResult list = run({text("bookmarks"), text("list"), text("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray array = list.json().array();
    QCOMPARE(array.size(), 2);
    const QJsonObject newest = array.at(0).toObject();
    for (const char* key : {"id", "title", "authors", "date", "bookmarked_at"})
        QVERIFY2(newest.contains(QLatin1String(key)), key);
    QCOMPARE(newest[QStringLiteral("id")].toString(), text("2501.02345"));
    QCOMPARE(newest[QStringLiteral("title")].toString(),
             text("<script>alert('x')</script> Tags in Titles Are Text"));
    QCOMPARE(newest[QStringLiteral("date")].toString(), text("2025-01-06"));
    QCOMPARE(newest[QStringLiteral("authors")].toArray().size(), 2);
    const QJsonObject older = array.at(1).toObject();
    QCOMPARE(older[QStringLiteral("id")].toString(), text("2501.01234"));
    QVERIFY(older[QStringLiteral("abstract")].toString().startsWith(text("We present Lantern")));
    QCOMPARE(older[QStringLiteral("links")][QStringLiteral("github")].toString(),
             text("https://github.com/example/lantern"));
    const QString before = list.out;

    // The text form needs no cache either, and a full re-import changes no bookmark.
    const CliResult plain = run({text("bookmarks"), text("list")});
    QVERIFY(plain.out.contains(text("2501.01234\t2025-01-06\t")));
    importGood();
    QCOMPARE(run({text("bookmarks"), text("list"), text("--json")}).out, before);
    // Removing one.
    QCOMPARE(run({text("bookmarks"), text("remove"), text("2501.02345")}).exitCode, 0);
    QCOMPARE(bookmarkedIds(), QStringList{text("2501.01234")});
}

void TestUserDataCli::unknownIdWritesNothing()
{
    importGood();
    CliResult add = run({text("bookmarks"), text("add"), text("2501.01234"), text("2401.99999")});
    QCOMPARE(add.exitCode, 2); // an id a write cannot act on: nothing written
    QVERIFY2(add.err.contains(text("2401.99999")), qPrintable(add.err));
    QCOMPARE(bookmarkedIds(), QStringList());
    add = run({text("bookmarks"), text("add"), text("2501.01234"), text("not-an-id")});
    QCOMPARE(add.exitCode, 2); // not an id: a usage error
    QVERIFY2(add.err.contains(text("not-an-id")), qPrintable(add.err));
    QCOMPARE(bookmarkedIds(), QStringList());

    QCOMPARE(run({text("read"), text("2501.01234"), text("2401.99999")}).exitCode, 2);
    QCOMPARE(run({text("note"), text("2401.99999"), text("hello")}).exitCode, 2);
    const CliResult removed = run({text("bookmarks"), text("remove"), text("2501.01234")});
    QCOMPARE(removed.exitCode, 2);
    QVERIFY2(removed.err.contains(text("not bookmarked")), qPrintable(removed.err));
    const CliResult exported = run({text("userdata"), text("export"), text("-")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject all = exported.json().object();
    QCOMPARE(all[QStringLiteral("read")].toArray().size(), 0);
    QCOMPARE(all[QStringLiteral("notes")].toArray().size(), 0);
}

void TestUserDataCli::readAndNotes()
{
    importGood();
    QCOMPARE(run({text("read"), text("2501.01234"), text("arXiv:2501.02345")}).exitCode, 0);
    QCOMPARE(run({text("read"), text("2501.02345"), text("--unread")}).exitCode, 0);
    QJsonObject all = run({text("userdata"), text("export"), text("-")}).json().object();
    const QJsonArray reads = all[QStringLiteral("read")].toArray();
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0)[QStringLiteral("id")].toString(), text("2501.01234"));

    QCOMPARE(run({text("note"), text("2501.01234"), text("first"), text("words")}).exitCode, 0);
    QCOMPARE(run({text("note"), text("2501.01234")}).out, text("first words\n"));
    const QByteArray markdown = QStringLiteral("# 메모\n\n- *point* one\n").toUtf8();
    const CliResult fromStdin =
        runWithInput(m_dir->path(), {text("note"), text("2501.01234"), text("-")}, markdown);
    QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.err));
    QCOMPARE(run({text("note"), text("2501.01234")}).out.toUtf8(), markdown);
    // An empty note deletes it.
    QCOMPARE(run({text("note"), text("2501.01234"), QString()}).exitCode, 0);
    QCOMPARE(run({text("note"), text("2501.01234")}).out, QString());
}

void TestUserDataCli::userDataRoundTrip()
{
    importGood();
    QCOMPARE(run({text("bookmarks"), text("add"), text("2501.01234"), text("2501.03456")}).exitCode,
             0);
    QCOMPARE(run({text("read"), text("2501.02345")}).exitCode, 0);
    QCOMPARE(
        run({text("note"), text("2501.03456"), text("a \"quoted\" note, with, commas")}).exitCode,
        0);
    const QString file = m_dir->filePath(text("mine.json"));
    CliResult exported = run({text("userdata"), text("export"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    // Into a fresh data folder with no cache at all: the same data comes out again.
    QTemporaryDir other;
    const CliResult imported = runCli(other.path(), {text("userdata"), text("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(text("2 bookmarks")), qPrintable(imported.out));
    const QString again = other.filePath(text("again.json"));
    QCOMPARE(runCli(other.path(), {text("userdata"), text("export"), again}).exitCode, 0);
    QJsonObject a = QJsonDocument::fromJson([&] {
                        QFile f(file);
                        f.open(QIODevice::ReadOnly);
                        return f.readAll();
                    }())
                        .object();
    QJsonObject b = QJsonDocument::fromJson([&] {
                        QFile f(again);
                        f.open(QIODevice::ReadOnly);
                        return f.readAll();
                    }())
                        .object();
    a.remove(text("exported_at"));
    b.remove(text("exported_at"));
    QCOMPARE(b, a);
    QCOMPARE(runCli(other.path(), {text("note"), text("2501.03456")}).out,
             text("a \"quoted\" note, with, commas\n"));
    // A broken file imports nothing.
    QFile broken(m_dir->filePath(text("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": "paperboy-userdata", "version": 1, "notes": [
        {"id": "2501.07777", "markdown": "x", "updated_at": "2025-01-01T00:00:00.000Z"}],
        "read": [{"id": "nonsense", "read_at": "2025-01-01T00:00:00.000Z"}]})");
    broken.close();
    const CliResult refused = run({text("userdata"), text("import"), broken.fileName()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(text("\"read\"")), qPrintable(refused.err));
    QCOMPARE(run({text("note"), text("2501.07777")}).out, QString());

    // A backup on request, in the rotation beside the user file.
    const CliResult backup = run({text("userdata"), text("backup")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(QFileInfo::exists(backup.out.trimmed()));
    QVERIFY(backup.out.startsWith(m_dir->filePath(text("backups/user-"))));
}

void TestUserDataCli::exportFormats()
{
    importGood();
    QCOMPARE(run({text("bookmarks"), text("add"), text("2501.01234")}).exitCode, 0);
    const CliResult bib =
        run({text("export"), text("--format"), text("bibtex"), text("--bookmarks")});
    QVERIFY2(bib.exitCode == 0, qPrintable(bib.err));
    QVERIFY2(bib.out.startsWith(text("@misc{arXiv:2501.01234,")), qPrintable(bib.out));
    QVERIFY(bib.out.contains(text("eprint = {2501.01234}")));
    QVERIFY(bib.out.contains(text("month = jan")));

    const QString file = m_dir->filePath(text("day.csv"));
    const CliResult csv = run({text("export"), text("--format"), text("csv"), text("--date"),
                               text("2025-01-06"), text("-o"), file});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    QCOMPARE(bytes.count("\r\n"), 5); // header + 4 papers, no field with a line break
    QVERIFY(bytes.startsWith("id,title,"));

    const CliResult md = run(
        {text("export"), text("--format"), text("markdown"), text("--date"), text("2025-01-06")});
    QCOMPARE(md.exitCode, 0);
    QVERIFY2(md.out.contains(text("- \\<script\\>alert('x')\\</script\\> Tags")) ||
                 md.out.contains(text("[\\<script\\>alert('x')\\</script\\> Tags")),
             qPrintable(md.out));
    const CliResult ris =
        run({text("export"), text("--format"), text("ris"), text("--date"), text("2025-01-06")});
    QCOMPARE(ris.exitCode, 0);
    QCOMPARE(ris.out.count(text("TY  - UNPB")), 4);

    // A query exports what `search` finds, merged as the detail pane shows it.
    const CliResult found =
        run({text("export"), text("--format"), text("ris"), text("--query"), text("lantern")});
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    QCOMPARE(found.out.count(text("TY  - UNPB")), 1);
    QVERIFY2(found.out.contains(text("2501.01234")), qPrintable(found.out));
    const CliResult none =
        run({text("export"), text("--format"), text("ris"), text("--query"), text("zzzunheardof")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(text("no cached paper matches")), qPrintable(none.err));
    QVERIFY(none.out.isEmpty());
}

// The Korean title `show` has is what the bookmark keeps (in the user file: it shows without
// the cache), what `bookmarks list --json`, the CSV and the userdata file call "title_ko";
// a userdata file written when it was "korean_title" still imports.
void TestUserDataCli::koreanTitleIsKeptAndNamedTitleKo()
{
    importGood();
    const CliResult brief =
        run({text("import"), QStringLiteral(PAPERBOY_TEST_DATA_DIR "/cli/digest")});
    QVERIFY2(brief.exitCode == 0, qPrintable(brief.err));
    const QString id = text("2501.01234");
    const QString titleKo =
        run({text("show"), id, text("--json")}).json()[QStringLiteral("title_ko")].toString();
    QVERIFY(!titleKo.isEmpty());
    QCOMPARE(run({text("bookmarks"), text("add"), id}).exitCode, 0);

    const CliResult csv = run({text("export"), text("--format"), text("csv"), text("--bookmarks")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY2(csv.out.startsWith(text("id,title,title_ko,")), qPrintable(csv.out));
    QVERIFY2(csv.out.contains(titleKo), qPrintable(csv.out));
    const CliResult bib = run({text("export"), text("--format"), text("ris"), text("--bookmarks")});
    QVERIFY2(bib.out.contains(text("T2  - ") + titleKo), qPrintable(bib.out));

    // Without the cache, from the user file alone.
    for (const QString& suffix : {QString(), text("-wal"), text("-shm")})
        QFile::remove(m_dir->filePath(text("cache.sqlite") + suffix));
    const QJsonObject listed =
        run({text("bookmarks"), text("list"), text("--json")}).json().array().at(0).toObject();
    QCOMPARE(listed[QStringLiteral("title_ko")].toString(), titleKo);
    QVERIFY(!listed.contains(text("korean_title")));
    const CliResult exported = run({text("userdata"), text("export"), text("-")});
    const QJsonObject saved =
        exported.json()[QStringLiteral("bookmarks")].toArray().at(0).toObject();
    QCOMPARE(saved[QStringLiteral("title_ko")].toString(), titleKo);

    // A file of the old name imports into a fresh folder with the title.
    QJsonObject file = exported.json().object();
    QJsonArray bookmarks = file[QStringLiteral("bookmarks")].toArray();
    QJsonObject old = bookmarks.at(0).toObject();
    old.remove(QStringLiteral("title_ko"));
    old.insert(QStringLiteral("korean_title"), titleKo);
    bookmarks[0] = old;
    file[QStringLiteral("bookmarks")] = bookmarks;
    const QString oldFile = m_dir->filePath(text("old.json"));
    {
        QFile out(oldFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(file).toJson());
    }
    QTemporaryDir other;
    QCOMPARE(runCli(other.path(), {text("userdata"), text("import"), oldFile}).exitCode, 0);
    const QJsonObject imported =
        runCli(other.path(), {text("bookmarks"), text("list"), text("--json")})
            .json()
            .array()
            .at(0)
            .toObject();
    QCOMPARE(imported[QStringLiteral("title_ko")].toString(), titleKo);
}

void TestUserDataCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code"); // 2 a wrong command line, 1 not found or failed
    QTest::newRow("bookmarks without action")
        << QStringList{text("bookmarks")} << text("action") << 2;
    QTest::newRow("bookmarks add without ids")
        << QStringList{text("bookmarks"), text("add")} << text("at least one") << 2;
    QTest::newRow("export without format")
        << QStringList{text("export"), text("--bookmarks")} << text("--format") << 2;
    QTest::newRow("export both sources")
        << QStringList{text("export"),      text("--format"), text("ris"),
                       text("--bookmarks"), text("--date"),   text("2025-01-06")}
        << text("one of") << 2;
    QTest::newRow("export query without cache")
        << QStringList{text("export"), text("--format"), text("ris"), text("--query"), text("x")}
        << text("no cached paper matches x") << 1;
    QTest::newRow("export empty query")
        << QStringList{text("export"), text("--format"), text("ris"), text("--query"), text(" ")}
        << text("needs something") << 2;
    QTest::newRow("export unknown day")
        << QStringList{text("export"), text("--format"), text("ris"), text("--date"),
                       text("2020-01-01")}
        << text("not a cached day") << 1;
    QTest::newRow("userdata import missing file")
        << QStringList{text("userdata"), text("import"), text("/nonexistent/x.json")}
        << text("cannot read") << 1;
    QTest::newRow("userdata nonsense")
        << QStringList{text("userdata"), text("x")} << text("use:") << 2;
}

void TestUserDataCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(int, code);
    const CliResult result = run(args);
    QCOMPARE(result.exitCode, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestUserDataCli)
#include "TestUserDataCli.moc"
