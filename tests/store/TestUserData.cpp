// The user store for real: bookmarks that keep their paper, read marks, notes, the snapshot
// and newest-wins merge behind `userdata export/import`, and the upgrade from schema 1.
#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

core::Paper fullPaper(const QString& id, const QString& title)
{
    core::Paper p = paper(id, title);
    p.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("김철수")};
    p.date = QDate(2025, 1, 6);
    p.abstract = QStringLiteral("We study {braces} & 100% of $x_1$.");
    p.githubRepo = QStringLiteral("https://github.com/example/repo");
    return p;
}

} // namespace

class TestUserData final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bookmarkKeepsItsPaper();
    void addingIsAllOrNothing();
    void listIsNewestFirst();
    void readMarksInBulk();
    void bookmarkSurvivesCacheDeletionAndReimport();
    void snapshotRoundTripIsLossless();
    void mergeNewestWins();
    void upgradesSchemaOneKeepingBookmarks();

private:
    std::unique_ptr<UserStore> open();
    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
};

void TestUserData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
}

std::unique_ptr<UserStore> TestUserData::open()
{
    QString error;
    auto store = UserStore::open(m_paths, &error);
    if (!store)
        qWarning("UserStore::open failed: %s", qPrintable(error));
    return store;
}

void TestUserData::bookmarkKeepsItsPaper()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    Bookmark b = Bookmark::fromPaper(fullPaper(QStringLiteral("2501.00001"), QStringLiteral("T")));
    b.koreanTitle = QStringLiteral("한국어 제목");
    b.primaryClass = QStringLiteral("cs.CL");
    QVERIFY2(store->addBookmarks({b}, &error), qPrintable(error));
    const auto kept = store->bookmark(QStringLiteral("arXiv:2501.00001v2"));
    QVERIFY(kept);
    QCOMPARE(kept->title, QStringLiteral("T"));
    QCOMPARE(kept->authors, b.authors);
    QCOMPARE(kept->date, QDate(2025, 1, 6));
    QCOMPARE(kept->abstract, b.abstract);
    QCOMPARE(kept->koreanTitle, b.koreanTitle);
    QCOMPARE(kept->primaryClass, QStringLiteral("cs.CL"));
    QCOMPARE(kept->githubUrl, b.githubUrl);
    QVERIFY(kept->bookmarkedAt.isValid());
    QCOMPARE(kept->updatedAt, kept->bookmarkedAt);

    // Refreshing the metadata keeps the bookmark time and moves updated_at.
    QTest::qWait(5);
    b.title = QStringLiteral("T2");
    QVERIFY(store->addBookmarks({b}, &error));
    const auto refreshed = store->bookmark(QStringLiteral("2501.00001"));
    QCOMPARE(refreshed->title, QStringLiteral("T2"));
    QCOMPARE(refreshed->bookmarkedAt, kept->bookmarkedAt);
    QVERIFY(refreshed->updatedAt > kept->updatedAt);
    QCOMPARE(store->bookmarks(), QSet<QString>{QStringLiteral("2501.00001")});
    const core::Paper back = refreshed->toPaper();
    QCOMPARE(back.id.id(), QStringLiteral("2501.00001"));
    QCOMPARE(back.title, QStringLiteral("T2"));
}

void TestUserData::addingIsAllOrNothing()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    Bookmark good = Bookmark::fromPaper(paper(QStringLiteral("2501.00001"), QStringLiteral("A")));
    Bookmark bad;
    bad.id = QStringLiteral("not-an-id");
    QVERIFY(!store->addBookmarks({good, bad}, &error));
    QVERIFY2(error.contains(QLatin1String("not-an-id")), qPrintable(error));
    QVERIFY(store->bookmarks().isEmpty());
    QVERIFY(!store->removeBookmarks({QStringLiteral("2501.00001"), QStringLiteral("x")}, &error));
}

void TestUserData::listIsNewestFirst()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    for (int i = 1; i <= 3; ++i) {
        const QString id = QStringLiteral("2501.0000") + QString::number(i);
        QVERIFY(store->addBookmarks({Bookmark::fromPaper(paper(id, id))}, &error));
        QTest::qWait(3);
    }
    const QList<Bookmark> list = store->bookmarkList();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, QStringLiteral("2501.00003"));
    QCOMPARE(list.at(2).id, QStringLiteral("2501.00001"));
    QVERIFY(store->removeBookmarks({QStringLiteral("2501.00002")}, &error));
    QCOMPARE(store->bookmarkList().size(), 2);
}

void TestUserData::readMarksInBulk()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    const QStringList ids{QStringLiteral("2501.00001"), QStringLiteral("2501.00002")};
    QVERIFY(store->setRead(ids, true, &error));
    QCOMPARE(store->readIds(), (QSet<QString>{ids.at(0), ids.at(1)}));
    QVERIFY(store->setRead(QStringList{ids.at(0)}, false, &error));
    QCOMPARE(store->readIds(), QSet<QString>{ids.at(1)});
    // One bad id: nothing of the batch is written.
    QVERIFY(!store->setRead(QStringList{ids.at(0), QStringLiteral("nope")}, true, &error));
    QCOMPARE(store->readIds(), QSet<QString>{ids.at(1)});
}

void TestUserData::bookmarkSurvivesCacheDeletionAndReimport()
{
    const core::Paper p = fullPaper(QStringLiteral("2501.00007"), QStringLiteral("Kept title"));
    QString error;
    {
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->writeDigest(digest(p.date, core::koreanDigestSource(), {p}), &error));
        auto reader = CacheReader::open(m_paths, &error);
        auto cached = reader->paper(p.id.id());
        QVERIFY(cached);
        auto store = open();
        QVERIFY(store->addBookmarks({Bookmark::fromPaper(*cached)}, &error));
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_paths.cacheFile + suffix);
    {
        auto store = open();
        const auto kept = store->bookmark(p.id.id());
        QVERIFY(kept);
        QCOMPARE(kept->title, QStringLiteral("Kept title"));
        QCOMPARE(kept->authors, p.authors);
    }
    // A full re-import into a new cache changes nothing of the user file.
    const QByteArray userBefore = ScratchConnection(m_paths.userFile).snapshot().toUtf8();
    auto writer = CacheWriter::open(m_paths, &error);
    QVERIFY(writer->writeDigest(digest(p.date, core::koreanDigestSource(), {p}), &error));
    QCOMPARE(ScratchConnection(m_paths.userFile).snapshot().toUtf8(), userBefore);
    QCOMPARE(open()->bookmark(p.id.id())->title, QStringLiteral("Kept title"));
}

void TestUserData::snapshotRoundTripIsLossless()
{
    QString error;
    UserSnapshot original;
    {
        auto store = open();
        Bookmark b =
            Bookmark::fromPaper(fullPaper(QStringLiteral("2501.00001"), QStringLiteral("A")));
        b.koreanTitle = QStringLiteral("제목");
        QVERIFY(store->addBookmarks({b}, &error));
        QVERIFY(store->setBookmarked(QStringLiteral("hep-th/9901001"), true, &error));
        QVERIFY(store->setRead(QStringLiteral("2501.00002"), true, &error));
        QVERIFY(store->setNote(QStringLiteral("2501.00001"), QStringLiteral("line 1\n*line* 2"),
                               &error));
        original = *store->snapshot(&error);
    }
    QCOMPARE(original.bookmarks.size(), 2);
    const QString before = ScratchConnection(m_paths.userFile).snapshot();

    QTemporaryDir other;
    QString otherError;
    auto target = UserStore::open(DataPaths::inDirectory(other.path()), &otherError);
    QVERIFY2(target, qPrintable(otherError));
    const auto counts = target->merge(original, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->bookmarks, 2);
    QCOMPARE(counts->reads, 1);
    QCOMPARE(counts->notes, 1);
    target.reset();
    QCOMPARE(ScratchConnection(DataPaths::inDirectory(other.path()).userFile).snapshot(), before);
    // Merging the same again changes nothing.
    target = UserStore::open(DataPaths::inDirectory(other.path()), &otherError);
    const auto again = target->merge(original, &error);
    QCOMPARE(again->bookmarks + again->reads + again->notes, 0);
}

void TestUserData::mergeNewestWins()
{
    auto store = open();
    QString error;
    QVERIFY(store->setNote(QStringLiteral("2501.00001"), QStringLiteral("ours"), &error));
    QVERIFY(store->addBookmarks(
        {Bookmark::fromPaper(paper(QStringLiteral("2501.00001"), QStringLiteral("ours")))},
        &error));
    QVERIFY(store->setRead(QStringLiteral("2501.00001"), true, &error));
    const UserSnapshot ours = *store->snapshot(&error);

    UserSnapshot incoming = ours;
    incoming.notes[0].markdown = QStringLiteral("older");
    incoming.notes[0].updatedAt = ours.notes[0].updatedAt.addSecs(-60);
    incoming.bookmarks[0].title = QStringLiteral("newer");
    incoming.bookmarks[0].updatedAt = ours.bookmarks[0].updatedAt.addSecs(60);
    incoming.reads[0].readAt = ours.reads[0].readAt.addSecs(-3600); // read earlier elsewhere
    incoming.notes.append(
        {QStringLiteral("2501.00009"), QStringLiteral("new"), QDateTime::currentDateTimeUtc()});
    const auto counts = store->merge(incoming, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(*store->note(QStringLiteral("2501.00001")), QStringLiteral("ours"));
    QCOMPARE(*store->note(QStringLiteral("2501.00009")), QStringLiteral("new"));
    QCOMPARE(store->bookmark(QStringLiteral("2501.00001"))->title, QStringLiteral("newer"));
    QCOMPARE(store->snapshot(&error)->reads.at(0).readAt, incoming.reads[0].readAt);
    QCOMPARE(counts->notes, 1);
    QCOMPARE(counts->bookmarks, 1);
    QCOMPARE(counts->reads, 1);

    // A broken record rolls the whole merge back.
    UserSnapshot broken;
    broken.notes.append(
        {QStringLiteral("2501.00010"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()});
    broken.reads.append({QStringLiteral("bad id"), QDateTime::currentDateTimeUtc()});
    QVERIFY(!store->merge(broken, &error));
    QVERIFY(!store->note(QStringLiteral("2501.00010")));
}

void TestUserData::upgradesSchemaOneKeepingBookmarks()
{
    QVERIFY(m_paths.ensureDirectories(nullptr));
    {
        ScratchConnection old(m_paths.userFile);
        QCOMPARE(old.run(readTextFile(QStringLiteral(
                             PAPERBOY_SOURCE_DIR "/resources/migrations/user/001_initial.sql")) +
                         QStringLiteral(";PRAGMA application_id = 1346525525;"
                                        "PRAGMA user_version = 1;"
                                        "INSERT INTO bookmarks VALUES ('2401.00001', "
                                        "'2024-01-02T03:04:05.000Z');")),
                 QString());
    }
    QString notice, error;
    auto store = openUserData(m_paths, &notice, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    const auto kept = store->bookmark(QStringLiteral("2401.00001"));
    QVERIFY(kept);
    QCOMPARE(kept->updatedAt, kept->bookmarkedAt);
    QCOMPARE(kept->bookmarkedAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    // The rotation holds a copy of the version 1 file, taken before the upgrade.
    const QList<UserBackup> backups = UserBackups(m_paths.userFile).list();
    QVERIFY(!backups.isEmpty());
    ScratchConnection copy(backups.constLast().path);
    QCOMPARE(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(copy.scalar(QStringLiteral("SELECT paper_id FROM bookmarks")).toString(),
             QStringLiteral("2401.00001"));
}

QTEST_GUILESS_MAIN(TestUserData)
#include "TestUserData.moc"
