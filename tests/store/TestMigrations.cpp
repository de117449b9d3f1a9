#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/db/Schema.h"
#include "store/db/SqlScript.h"
#include "store/fts/FtsText.h"
#include "store/user/UserStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

QString pragma(Connection& connection, const char* name)
{
    QString error;
    const auto value = connection.scalar(QStringLiteral("PRAGMA ") + QLatin1String(name), &error);
    return value ? value->toString() : error;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void splitsScripts();
    void setsUpFreshFilesWithPragmas();
    void readOnlyConnectionCannotWrite();
    void migratesVersion1FixtureKeepingData();
    void refusesNewerSchemaUntouched();
    void refusesNonSqliteFileUntouched();
    void refusesOtherSqliteFiles();
    void failedMigrationKeepsPreviousVersion();
    void cacheKeepsOnlyItsNewestBackup();
    void existingCacheKeepsItsPageSize();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
}

void TestMigrations::splitsScripts()
{
    const QStringList statements =
        splitSqlScript(u"-- a comment; with a semicolon\n"
                       u"CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;\" INT, [c;] INT);\n"
                       u"/* block; comment */ INSERT INTO t VALUES ('it''s; fine', 1, 2);\n"
                       u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                       u"  UPDATE t SET a = 'z'; DELETE FROM t WHERE a = ';';\n"
                       u"END;\n"
                       u"-- only a comment at the end;\n"
                       u"  ;  ;");
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements[0].startsWith(QLatin1String("CREATE TABLE t")));
    QVERIFY(statements[0].endsWith(QLatin1String("[c;] INT)")));
    QVERIFY(statements[1].endsWith(QLatin1String("VALUES ('it''s; fine', 1, 2)")));
    QVERIFY(statements[2].startsWith(QLatin1String("CREATE TRIGGER tr")));
    QVERIFY(statements[2].endsWith(QLatin1String("END")));
    QVERIFY(statements[2].contains(QLatin1String("DELETE FROM t WHERE a = ';';")));

    // The real migrations split into statements that SQLite accepts one by one.
    ScratchConnection scratch(m_dir->filePath(QStringLiteral("split.sqlite")));
    for (const QString& name : {QStringLiteral(":/migrations/cache/001_initial.sql"),
                                QStringLiteral(":/migrations/cache/002_fetch_log.sql"),
                                QStringLiteral(":/migrations/cache/003_fts_tokenizer.sql"),
                                QStringLiteral(":/migrations/cache/004_list_index.sql")})
        QCOMPARE(scratch.run(readTextFile(name)), QString());
}

void TestMigrations::setsUpFreshFilesWithPragmas()
{
    QVERIFY(m_paths.ensureDirectories(nullptr));
    QString error;
    auto cache = openDatabase(m_paths.cacheFile, SchemaSpec::cache(), false, &error);
    QVERIFY2(cache, qPrintable(error));
    QCOMPARE(pragma(*cache, "user_version"), QString::number(newestCacheVersion));
    QCOMPARE(pragma(*cache, "application_id"), QString::number(SchemaSpec::cache().applicationId));
    QCOMPARE(pragma(*cache, "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(*cache, "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(*cache, "synchronous"), QStringLiteral("1")); // NORMAL
    QCOMPARE(pragma(*cache, "busy_timeout"), QStringLiteral("5000"));
    QCOMPARE(pragma(*cache, "temp_store"), QStringLiteral("2")); // MEMORY
    QCOMPARE(pragma(*cache, "query_only"), QStringLiteral("0"));
    // A new cache has 8 KiB pages (set before WAL fixed the size), the user file SQLite's 4 KiB.
    QCOMPARE(pragma(*cache, "page_size"), QStringLiteral("8192"));
    QVERIFY(!QFileInfo::exists(m_paths.cacheFile + QStringLiteral(".bak-v0"))); // new: no backup

    auto user = openDatabase(m_paths.userFile, SchemaSpec::user(), false, &error);
    QVERIFY2(user, qPrintable(error));
    QCOMPARE(pragma(*user, "user_version"), QStringLiteral("8"));
    QCOMPARE(pragma(*user, "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(*user, "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(*user, "synchronous"), QStringLiteral("2")); // FULL for the user's data
    QCOMPARE(pragma(*user, "page_size"), QStringLiteral("4096"));

    // Opening again changes nothing: no migration, no backup.
    cache.reset();
    cache = openDatabase(m_paths.cacheFile, SchemaSpec::cache(), false, &error);
    QVERIFY2(cache, qPrintable(error));
    QCOMPARE(filesIn(m_dir->path()).filter(QStringLiteral(".bak")), QStringList());
}

void TestMigrations::readOnlyConnectionCannotWrite()
{
    QString error;
    auto reader = openDatabase(m_paths.cacheFile, SchemaSpec::cache(), true, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(pragma(*reader, "query_only"), QStringLiteral("1"));
    QVERIFY(!reader->exec(QStringLiteral("INSERT INTO papers (id) VALUES ('2401.00001')"), &error));
}

void TestMigrations::migratesVersion1FixtureKeepingData()
{
    {
        ScratchConnection build(m_paths.cacheFile);
        QCOMPARE(
            build.run(readTextFile(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/cache_v1.sql"))),
            QString());
        QCOMPARE(build.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }
    QString error;
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));

    // The backup is the version 1 file with its data.
    const QString backup = m_paths.cacheFile + QStringLiteral(".bak-v1");
    QVERIFY(QFileInfo::exists(backup));
    {
        ScratchConnection old(backup);
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) FROM paper_sources")).toInt(), 3);
    }
    ScratchConnection look(m_paths.cacheFile);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newestCacheVersion);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA page_size")).toInt(), 4096); // as it was made
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    // Version 4 added the day list's index over the rows already there.
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                        "AND name = 'paper_sources_list'"))
                 .toInt(),
             1);

    // Every part of the data reads back as before.
    QCOMPARE(reader->paperCount(), 2);
    const QList<DaySummary> days = reader->days();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days[0].paperCount, 2);
    const QList<PaperListItem> list = reader->dayList(QDate(2024, 10, 15));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, QStringLiteral("2410.09732"));
    QCOMPARE(list[0].votes, std::optional<int>(50)); // hf's row changed last
    QCOMPARE(list[1].authorCount, 5);
    // Version 6: a paper whose source names no thumbnail shows the first image of its media
    // line in the list (the video before it is no image), as the detail pane does.
    QCOMPARE(list[1].thumbnailUrl,
             QStringLiteral("https://cdn-uploads.huggingface.co/production/uploads/"
                            "Fig1.PNG?download=true"));
    QCOMPARE(list[0].thumbnailUrl, QStringLiteral("https://cdn-thumbnails.huggingface.co/"
                                                  "social-thumbnails/papers/2410.09732.png"));
    const auto loki = reader->paper(QStringLiteral("2410.09732"));
    QVERIFY(loki);
    QCOMPARE(loki->sources, (QStringList{core::koreanDigestSource(), core::huggingFaceSource()}));
    QCOMPARE(loki->sections.size(), 2);
    QCOMPARE(loki->githubStars, std::optional<int>(12));
    QCOMPARE(loki->keywords,
             (QStringList{QStringLiteral("synthetic data"), QStringLiteral("benchmark")}));
    QCOMPARE(look.column(QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"),
                         {fts::matchQuery(u"탐지")}),
             QStringList{QStringLiteral("1")});
    // Version 3 rebuilt the index with its own tokenizer, from the tables: the rewritten text
    // that version 1 stored is gone, every source's words are found, and FTS5 finds the index
    // consistent with its content.
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM paper_fts WHERE body LIKE ?"),
                         {QStringLiteral("%탐지 지를%")})
                 .toInt(),
             0);
    QCOMPARE(look.column(QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"),
                         {fts::matchQuery(u"synthetic")}),
             QStringList{QStringLiteral("1")});
    QCOMPARE(
        look.run(QStringLiteral("INSERT INTO paper_fts (paper_fts) VALUES ('integrity-check')")),
        QString());
    // Version 5 keeps no copy of the text (external content over paper_fts_text), stems English
    // words, and its index agrees with the text it reads (rank 1: compared with the content).
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                        "'paper_fts_content'"))
                 .toInt(),
             0);
    QVERIFY(look.column(QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"),
                        {QStringLiteral("benchmarks")})
                .contains(QStringLiteral("1"))); // its keyword is "benchmark"
    QCOMPARE(look.run(QStringLiteral(
                 "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)")),
             QString());

    // Version 2's additions work on the upgraded file, and the old data can be rewritten.
    reader.reset();
    auto writer = CacheWriter::open(m_paths, &error);
    QVERIFY2(writer, qPrintable(error));
    FetchRecord fetch;
    fetch.date = QDate(2024, 10, 15);
    fetch.source = core::huggingFaceSource();
    fetch.status = FetchRecord::Status::Fetched;
    QVERIFY2(writer->recordFetch(fetch, &error), qPrintable(error));
    QVERIFY2(
        writer->writeDigest(digest(QDate(2024, 10, 15), core::koreanDigestSource(),
                                   {paper(QStringLiteral("2410.10139"), QStringLiteral("MMIE"))}),
                            &error),
        qPrintable(error));
    reader = CacheReader::open(m_paths, &error);
    QVERIFY(reader->fetchRecord(QDate(2024, 10, 15), core::huggingFaceSource()));
    QCOMPARE(reader->dayList(QDate(2024, 10, 15)).size(), 2); // hf still lists 2410.09732
    // The rewrite removed the Korean digest's old rows with their exact indexed values.
    QCOMPARE(look.run(QStringLiteral(
                 "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)")),
             QString());
    QCOMPARE(filesIn(m_dir->path()).filter(QStringLiteral(".bak")),
             QStringList{QStringLiteral("cache.sqlite.bak-v1")}); // one backup only
}

void TestMigrations::refusesNewerSchemaUntouched()
{
    {
        ScratchConnection build(m_paths.cacheFile);
        QCOMPARE(build.run(QStringLiteral("PRAGMA application_id = 1346525507;"
                                          "CREATE TABLE from_the_future (x);"
                                          "PRAGMA user_version = 99;")),
                 QString());
    }
    const QByteArray before = fileBytes(m_paths.cacheFile);
    const QStringList filesBefore = filesIn(m_dir->path());
    const QString expected =
        m_paths.cacheFile + QStringLiteral(" was written by a newer Paperboy (schema 99, this "
                                           "version knows %1)")
                                .arg(newestCacheVersion);
    QString error;
    QVERIFY(!CacheWriter::open(m_paths, &error));
    QCOMPARE(error, expected);
    QVERIFY(!CacheReader::open(m_paths, &error));
    QCOMPARE(error, expected);
    QCOMPARE(fileBytes(m_paths.cacheFile), before);
    QCOMPARE(filesIn(m_dir->path()), filesBefore);
}

void TestMigrations::refusesNonSqliteFileUntouched()
{
    QVERIFY(m_paths.ensureDirectories(nullptr));
    for (const QString& file : {m_paths.cacheFile, m_paths.userFile}) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("# My notes\nThis is not a database, and must survive.\n");
    }
    const QByteArray before = fileBytes(m_paths.cacheFile);
    QString error;
    QVERIFY(!CacheWriter::open(m_paths, &error));
    QVERIFY2(error.contains(QLatin1String("is not a SQLite database")), qPrintable(error));
    QVERIFY(!CacheReader::open(m_paths, &error));
    QVERIFY(!UserStore::open(m_paths, &error));
    QVERIFY2(error.contains(m_paths.userFile), qPrintable(error));
    QCOMPARE(fileBytes(m_paths.cacheFile), before);
    QCOMPARE(fileBytes(m_paths.userFile), before);
    QCOMPARE(filesIn(m_dir->path()),
             (QStringList{QStringLiteral("cache.sqlite"), QStringLiteral("user.sqlite")}));
}

void TestMigrations::refusesOtherSqliteFiles()
{
    QString error;
    QVERIFY(UserStore::open(m_paths, &error));
    // The user's file given as the cache must not get cache tables, nor the other way round.
    const DataPaths swapped{m_paths.userFile, m_paths.cacheFile};
    const QByteArray before = fileBytes(m_paths.userFile);
    QVERIFY(!CacheWriter::open(swapped, &error));
    QVERIFY2(error.contains(QLatin1String("not a Paperboy cache file")), qPrintable(error));
    QCOMPARE(fileBytes(m_paths.userFile), before);

    ScratchConnection other(m_dir->filePath(QStringLiteral("other.sqlite")));
    QCOMPARE(other.run(QStringLiteral("CREATE TABLE accounts (x)")), QString());
    QVERIFY(!UserStore::open({m_paths.cacheFile, m_dir->filePath(QStringLiteral("other.sqlite"))},
                             &error));
    QVERIFY2(error.contains(QLatin1String("not a Paperboy user file")), qPrintable(error));
}

void TestMigrations::failedMigrationKeepsPreviousVersion()
{
    SchemaSpec broken = SchemaSpec::cache();
    broken.migrationsDir = QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/broken_migrations");
    QString error;
    QVERIFY(!openDatabase(m_paths.cacheFile, broken, false, &error));
    QVERIFY2(error.contains(QLatin1String("002_fails_half_way.sql")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("table_that_does_not_exist")), qPrintable(error));

    ScratchConnection look(m_paths.cacheFile);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(look.column(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")),
             QStringList{QStringLiteral("notes")});
    QCOMPARE(look.scalar(QStringLiteral("SELECT text FROM notes")).toString(),
             QStringLiteral("written by version 1; it; has; semicolons"));
    // The second attempt backs the version 1 file up first, then fails the same way.
    QVERIFY(!openDatabase(m_paths.cacheFile, broken, false, &error));
    QVERIFY(QFileInfo::exists(m_paths.cacheFile + QStringLiteral(".bak-v1")));
    // A failed upgrade removes no backup: a third attempt keeps the second's.
    QVERIFY(!openDatabase(m_paths.cacheFile, broken, false, &error));
    QVERIFY(QFileInfo::exists(m_paths.cacheFile + QStringLiteral(".bak-v1")));
    QVERIFY(QFileInfo::exists(m_paths.cacheFile + QStringLiteral(".bak-v1-2")));
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

// Each backup is a whole copy of the cache: after an upgrade succeeds, the backups of earlier
// upgrades go, and only files named the way backups are named.
void TestMigrations::cacheKeepsOnlyItsNewestBackup()
{
    {
        ScratchConnection build(m_paths.cacheFile);
        QCOMPARE(
            build.run(readTextFile(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/cache_v1.sql"))),
            QString());
    }
    const QString file = m_paths.cacheFile;
    const QStringList older = {file + QStringLiteral(".bak-v1"), file + QStringLiteral(".bak-v0"),
                               file + QStringLiteral(".bak-v1-7")};
    const QStringList unrelated = {file + QStringLiteral(".bak-v1.mine"),
                                   file + QStringLiteral(".bak-vX"),
                                   m_paths.userFile + QStringLiteral(".bak-v1")};
    for (const QString& path : older + unrelated) {
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("an older backup");
    }
    QString error;
    QVERIFY2(CacheReader::open(m_paths, &error), qPrintable(error));
    // The new backup took the first free name for version 1.
    const QString newest = file + QStringLiteral(".bak-v1-2");
    ScratchConnection backup(newest);
    QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    for (const QString& path : older)
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    for (const QString& path : unrelated)
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
}

// A cache made before 8 KiB pages (4 KiB, WAL) opens, is written and read as it is: its page
// size cannot change in WAL mode, and nothing tries.
void TestMigrations::existingCacheKeepsItsPageSize()
{
    QString error;
    {
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY2(writer->writeDigest(digest(QDate(2024, 10, 15), core::koreanDigestSource(),
                                            {paper(QStringLiteral("2410.00001"),
                                                   QStringLiteral("지식증류를 위한 방법"))}),
                                     &error),
                 qPrintable(error));
    }
    {
        // The way to another page size: out of WAL, VACUUM, back into WAL.
        ScratchConnection shrink(m_paths.cacheFile);
        QCOMPARE(shrink.run(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096;"
                                           "VACUUM; PRAGMA journal_mode = WAL;")),
                 QString());
        QCOMPARE(shrink.scalar(QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    }
    auto writer = CacheWriter::open(m_paths, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY2(writer->writeDigest(
                 digest(QDate(2024, 10, 16), core::koreanDigestSource(),
                        {paper(QStringLiteral("2410.00002"), QStringLiteral("확산 모델의 평가"))}),
                 &error),
             qPrintable(error));
    auto reader = CacheReader::open(m_paths, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->paperCount(), 2);
    QCOMPARE(reader->dayList(QDate(2024, 10, 16)).size(), 1);
    ScratchConnection look(m_paths.cacheFile);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(look.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(look.column(QStringLiteral("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"),
                         {fts::matchQuery(u"모델")})
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
