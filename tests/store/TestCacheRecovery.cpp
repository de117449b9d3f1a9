// A damaged cache at start (tests/data/store/damaged, one fixture per kind of damage): it is
// moved aside byte for byte, never deleted, an empty cache is begun, the notice says what was
// found and where the file went, and the user file is not touched. A good cache is left alone.
#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheRecovery.h"
#include "store/cache/CacheWriter.h"
#include "store/db/Schema.h"
#include "store/user/UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;
using namespace paperboy::store;
using paperboy::store::test::fileBytes;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/damaged/") + name;
}

} // namespace

class TestCacheRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void damagedCacheIsMovedAsideAndRebuilt_data();
    void damagedCacheIsMovedAsideAndRebuilt();
    void goodEmptyAndMissingCachesAreLeftAlone();
    void openingAgainKeepsTheLocksOfOpenConnections();
};

void TestCacheRecovery::damagedCacheIsMovedAsideAndRebuilt_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QStringLiteral("cache-truncated.sqlite")
                               << QStringLiteral("cut off");
    QTest::newRow("random bytes") << QStringLiteral("cache-random-bytes.sqlite")
                                  << QStringLiteral("not a SQLite database");
    QTest::newRow("scrambled schema") << QStringLiteral("cache-scrambled-schema.sqlite")
                                      << QStringLiteral("SQLite cannot read it");
    QTest::newRow("newer schema") << QStringLiteral("cache-newer-schema.sqlite")
                                  << QStringLiteral("newer version of Paperboy (schema 999");
    QTest::newRow("foreign sqlite")
        << QStringLiteral("cache-foreign.sqlite") << QStringLiteral("another program");
}

void TestCacheRecovery::damagedCacheIsMovedAsideAndRebuilt()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const DataPaths paths = DataPaths::inDirectory(dir.path());
    QString error;
    {
        auto user = UserStore::open(paths, &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY(user->setBookmarked(QStringLiteral("2501.00001"), true, &error));
        QVERIFY(user->setNote(QStringLiteral("2501.00001"), QStringLiteral("keep me"), &error));
    }
    const QByteArray userBefore = fileBytes(paths.userFile);
    QVERIFY(QFile::copy(fixture(fixtureName), paths.cacheFile));
    const QByteArray damaged = fileBytes(paths.cacheFile);

    QString notice;
    QVERIFY2(recoverCache(paths, &notice, &error), qPrintable(error));
    QVERIFY2(notice.contains(reason), qPrintable(notice));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(notice.contains(dir.filePath(aside.constFirst())), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("Sync")), qPrintable(notice));
    QCOMPARE(fileBytes(dir.filePath(aside.constFirst())), damaged);
    QVERIFY(!QFile::exists(paths.cacheFile));

    // An empty cache is begun where it was, and the user's file is as it was.
    auto writer = CacheWriter::open(paths, &error);
    QVERIFY2(writer, qPrintable(error));
    writer.reset();
    auto reader = CacheReader::open(paths, &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->days().isEmpty());
    QCOMPARE(fileBytes(paths.userFile), userBefore);
    auto user = UserStore::open(paths, &error);
    QVERIFY(user->isBookmarked(QStringLiteral("2501.00001")));
    QCOMPARE(user->note(QStringLiteral("2501.00001")).value_or(QString()),
             QStringLiteral("keep me"));
}

void TestCacheRecovery::goodEmptyAndMissingCachesAreLeftAlone()
{
    QTemporaryDir dir;
    const DataPaths paths = DataPaths::inDirectory(dir.path());
    QString notice, error;
    QVERIFY(recoverCache(paths, &notice, &error)); // missing
    QVERIFY(notice.isEmpty());
    QVERIFY(!QFile::exists(paths.cacheFile));
    {
        QFile(paths.cacheFile).open(QIODevice::WriteOnly);
    } // empty: SQLite makes it a cache
    QVERIFY(recoverCache(paths, &notice, &error));
    QVERIFY(notice.isEmpty());
    {
        auto writer = CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));
    }
    const QByteArray good = fileBytes(paths.cacheFile);
    QVERIFY(recoverCache(paths, &notice, &error));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(fileBytes(paths.cacheFile), good);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).size(), 0);
}

// The soak of test_crash_safety found this: reading a file's header with a descriptor of our own
// and closing it dropped the POSIX locks of this process's open connections to that file. A
// second process that then closed its connection believed itself the last one, checkpointed
// and deleted the write-ahead log under the first process's writer: a corrupt cache.
void TestCacheRecovery::openingAgainKeepsTheLocksOfOpenConnections()
{
    QTemporaryDir dir;
    const DataPaths paths = DataPaths::inDirectory(dir.path());
    QString error;
    auto writer = openDatabase(paths.cacheFile, SchemaSpec::cache(), false, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), &error));
    QVERIFY(writer->exec(QStringLiteral("CREATE TABLE kept (x)"), &error));
    QVERIFY(writer->exec(QStringLiteral("INSERT INTO kept VALUES (1)"), &error));
    QVERIFY(QFileInfo(paths.cacheFile + QStringLiteral("-wal")).size() > 0);
    // Everything that looks at the file again from this process while the writer is open.
    QString notice;
    QVERIFY(recoverCache(paths, &notice, &error));
    QVERIFY(notice.isEmpty());
    auto reader = openDatabase(paths.cacheFile, SchemaSpec::cache(), true, &error);
    QVERIFY2(reader, qPrintable(error));

    // Another process opens, reads and closes: with our locks held it is not the last one,
    // so the log stays.
    QProcess other;
    other.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
                                "db.execute('SELECT count(*) FROM sqlite_schema').fetchall(); "
                                "db.close()"),
                 paths.cacheFile});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    QVERIFY2(QFileInfo::exists(paths.cacheFile + QStringLiteral("-wal")),
             "another process took this one's connections for closed and removed the log");
}

QTEST_GUILESS_MAIN(TestCacheRecovery)
#include "TestCacheRecovery.moc"
