// Damaged and full files through the real `paperboy` binary: a damaged cache is set aside with
// a plain message on stderr and every command still works; a damaged user file comes back from
// its newest backup, named with its date; a full cache or user file (SQLite's max_page_count,
// the same SQLITE_FULL a full disk gives) fails the write with a clear message and loses
// nothing already stored.
#include "common/CliRunner.h"
#include "common/FileBytes.h"
#include "common/ReadOnlyFolder.h"
#include "common/ScopedEnv.h"

#include "store/db/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy::testing;

using paperboy::testing::fileBytes;
using paperboy::testing::ScopedEnv;

namespace {

QString text(const char* s)
{
    return QString::fromUtf8(s);
}

const QString uiDigests = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/ui/digests/2024/03");
const QString hostileDay = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/ui/hostile/2024-03-09.json");

} // namespace

class TestDamagedFiles final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedCacheIsSetAsideWithAMessage_data();
    void damagedCacheIsSetAsideWithAMessage();
    void damagedUserFileComesBackFromItsBackup();
    void fullCacheFailsCleanlyAndKeepsWhatItHad();
    void fullUserFileFailsCleanlyAndKeepsWhatItHad();
    void readOnlyFolderIsReadButNotWritten();
    void olderCacheSaysItIsUpgraded();

private:
    CliResult run(const QStringList& args) { return runCli(m_dir->path(), args); }
    QStringList days();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDamagedFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestDamagedFiles::days()
{
    QStringList found;
    for (const QJsonValue& day : run({text("days"), text("--json")}).json().array())
        found.append(day[QStringLiteral("date")].toString());
    return found;
}

void TestDamagedFiles::damagedCacheIsSetAsideWithAMessage_data()
{
    QTest::addColumn<QString>("fixtureName");
    for (const char* name :
         {"cache-truncated.sqlite", "cache-random-bytes.sqlite", "cache-scrambled-schema.sqlite",
          "cache-newer-schema.sqlite", "cache-foreign.sqlite"})
        QTest::newRow(name) << text(name);
}

void TestDamagedFiles::damagedCacheIsSetAsideWithAMessage()
{
    QFETCH(QString, fixtureName);
    const CliResult first = run({text("import"), uiDigests + text("/04.md")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(run({text("bookmarks"), text("add"), text("2403.01001")}).exitCode, 0);
    QCOMPARE(run({text("note"), text("2403.01001"), text("read this twice")}).exitCode, 0);
    const QString cacheFile = m_dir->filePath(text("cache.sqlite"));
    for (const QString& suffix : {QString(), text("-wal"), text("-shm")})
        QFile::remove(cacheFile + suffix);
    QVERIFY(QFile::copy(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/damaged/") + fixtureName,
                        cacheFile));
    const QByteArray damaged = fileBytes(cacheFile);

    const CliResult listed = run({text("days")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.err.contains(text("could not be used")), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(text("Sync")), qPrintable(listed.err));
    const QStringList aside =
        QDir(m_dir->path()).entryList({text("cache.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(listed.err.contains(aside.constFirst()), qPrintable(listed.err));
    QCOMPARE(fileBytes(m_dir->filePath(aside.constFirst())), damaged);

    // Said once: the next command finds a good (empty) cache.
    QVERIFY(!run({text("days")}).err.contains(text("could not be used")));
    // Bookmarks and notes were never in the cache and are all there.
    const CliResult bookmarks = run({text("bookmarks"), text("list"), text("--json")});
    QCOMPARE(bookmarks.json().array().size(), 1);
    QCOMPARE(run({text("note"), text("2403.01001")}).out.trimmed(), text("read this twice"));
    // The cache fills again.
    QCOMPARE(run({text("import"), uiDigests}).exitCode, 0);
    QCOMPARE(days().size(), 3);
}

void TestDamagedFiles::damagedUserFileComesBackFromItsBackup()
{
    QCOMPARE(run({text("import"), uiDigests}).exitCode, 0);
    QCOMPARE(run({text("bookmarks"), text("add"), text("2403.01001")}).exitCode, 0);
    const CliResult backup = run({text("userdata"), text("backup")});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QString userFile = m_dir->filePath(text("user.sqlite"));
    for (const QString& suffix : {text("-wal"), text("-shm")})
        QFile::remove(userFile + suffix);
    QFile damaged(userFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(8192, '\x5a'));
    damaged.close();

    const CliResult list = run({text("bookmarks"), text("list"), text("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json().array().size(), 1);
    QVERIFY2(list.err.contains(text("was restored")), qPrintable(list.err));
    // "the backup of YYYY-MM-DD HH:mm UTC": the name of the backup file has the same time.
    const QString stamp = QFileInfo(backup.out.trimmed()).fileName().mid(5, 8);
    const QString date =
        stamp.left(4) + QLatin1Char('-') + stamp.mid(4, 2) + QLatin1Char('-') + stamp.mid(6, 2);
    QVERIFY2(list.err.contains(date), qPrintable(list.err));
    QCOMPARE(QDir(m_dir->path()).entryList({text("user.sqlite.damaged-*")}, QDir::Files).size(), 1);
}

void TestDamagedFiles::fullCacheFailsCleanlyAndKeepsWhatItHad()
{
    QCOMPARE(run({text("import"), uiDigests + text("/04.md")}).exitCode, 0);
    QCOMPARE(days(), QStringList{text("2024-03-04")});
    const QString before = run({text("list"), text("2024-03-04"), text("--json")}).out;
    {
        // The file may not grow: a day of 270 KB cannot fit in the room its pages have left.
        const ScopedEnv full("PAPERBOY_TEST_CACHE_MAX_PAGES", "1");
        const CliResult more = run({text("import"), hostileDay});
        QVERIFY2(more.exitCode == 1, qPrintable(more.out + more.err));
        QVERIFY2(QString(more.out + more.err).contains(text("The disk is full")),
                 qPrintable(more.out + more.err));
        // Reading needs no room: the cache answers as before, without the day that failed.
        QCOMPARE(days(), QStringList{text("2024-03-04")});
        QCOMPARE(run({text("list"), text("2024-03-04"), text("--json")}).out, before);
    }
    // With room again, the same import completes.
    QCOMPARE(run({text("import"), hostileDay}).exitCode, 0);
    QCOMPARE(days(), (QStringList{text("2024-03-04"), text("2024-03-09")}));
}

void TestDamagedFiles::fullUserFileFailsCleanlyAndKeepsWhatItHad()
{
    QCOMPARE(run({text("import"), uiDigests}).exitCode, 0);
    QCOMPARE(run({text("bookmarks"), text("add"), text("2403.01001")}).exitCode, 0);
    QCOMPARE(run({text("note"), text("2403.01001"), text("first note")}).exitCode, 0);
    {
        const ScopedEnv full("PAPERBOY_TEST_USER_MAX_PAGES", "1");
        // A note far larger than the free room in the file's last page.
        const CliResult note =
            run({text("note"), text("2403.01001"), QString(100000, QLatin1Char('n'))});
        QVERIFY2(note.exitCode != 0, qPrintable(note.err));
        QVERIFY2(note.err.contains(text("full")), qPrintable(note.err));
        QCOMPARE(run({text("note"), text("2403.01001")}).out.trimmed(), text("first note"));
    }
    const CliResult bookmarks = run({text("bookmarks"), text("list"), text("--json")});
    QCOMPARE(bookmarks.json().array().size(), 1);
    QCOMPARE(run({text("note"), text("2403.01001")}).out.trimmed(), text("first note"));
}

void TestDamagedFiles::readOnlyFolderIsReadButNotWritten()
{
    QCOMPARE(run({text("import"), uiDigests}).exitCode, 0);
    QCOMPARE(run({text("bookmarks"), text("add"), text("2403.01001")}).exitCode, 0);
    const QString cacheFile = m_dir->filePath(text("cache.sqlite"));
    const QString userFile = m_dir->filePath(text("user.sqlite"));
    const QByteArray cacheBefore = fileBytes(cacheFile);
    const QByteArray userBefore = fileBytes(userFile);
    {
        const ReadOnlyFolder readOnly(m_dir->path());
        if (!readOnly.works())
            QSKIP("neither chmod nor chattr can make a folder read-only here");
        // Reading works: days, a day's list, a paper, a search.
        const CliResult days = run({text("days"), text("--json")});
        QVERIFY2(days.exitCode == 0, qPrintable(days.err));
        QCOMPARE(days.json().array().size(), 3);
        QVERIFY2(days.err.isEmpty(), qPrintable(days.err));
        QCOMPARE(run({text("list"), text("2024-03-04"), text("--json")}).json().array().size(), 3);
        QCOMPARE(run({text("show"), text("2403.01001")}).exitCode, 0);
        const CliResult search = run({text("search"), text("planners"), text("--json")});
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QVERIFY(!search.json().array().isEmpty());
        // Writing fails, saying why.
        const CliResult import = run({text("import"), uiDigests});
        QVERIFY(import.exitCode != 0);
        QVERIFY2(QString(import.out + import.err).contains(text("read-only")),
                 qPrintable(import.out + import.err));
        const CliResult bookmark = run({text("bookmarks"), text("add"), text("2403.01002")});
        QVERIFY(bookmark.exitCode != 0);
        QVERIFY2(bookmark.err.contains(text("read-only")), qPrintable(bookmark.err));
    }
    // Nothing was changed, moved or lost.
    QCOMPARE(fileBytes(cacheFile), cacheBefore);
    QCOMPARE(fileBytes(userFile), userBefore);
    QCOMPARE(QDir(m_dir->path()).entryList({text("*.damaged-*")}).size(), 0);
    QCOMPARE(run({text("bookmarks"), text("list"), text("--json")}).json().array().size(), 1);
}

QTEST_GUILESS_MAIN(TestDamagedFiles)
// A cache of an older schema is upgraded by the first command that opens it, which may take a
// minute: stderr says so, once, and the command answers as usual.
void TestDamagedFiles::olderCacheSaysItIsUpgraded()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(text("QSQLITE"), text("v1"));
        db.setDatabaseName(m_dir->path() + text("/cache.sqlite"));
        QVERIFY(db.open());
        QFile fixture(text(PAPERBOY_TEST_DATA_DIR "/store/cache_v1.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        for (const QString& statement :
             paperboy::store::splitSqlScript(QString::fromUtf8(fixture.readAll()))) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(text("v1"));
    const CliResult first = run({text("days")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains(text("upgrading the cache")), qPrintable(first.err));
    QVERIFY2(first.out.contains(text("2024-10-15")), qPrintable(first.out));
    const CliResult second = run({text("days")});
    QVERIFY2(!second.err.contains(text("upgrading")), qPrintable(second.err));
}

#include "TestDamagedFiles.moc"
