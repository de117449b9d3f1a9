// "Never lost": rotating backups, the start-up check that moves a damaged or foreign user
// file aside and restores the newest good backup, and concurrent writers losing nothing.
#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

class TestUserBackups final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepsTheLastSeven();
    void dailyBackupAtMostOncePerDay();
    void damagedFileIsRestoredFromBackup_data();
    void damagedFileIsRestoredFromBackup();
    void damagedFileWithoutBackupStartsEmpty();
    void missingFileIsRestoredFromBackup();
    void damagedBackupIsPassedOver();
    void concurrentSyncAndBookmarkingLoseNothing();

private:
    // A user file with bookmark 2501.00001 in the backup and 2501.00002 only after it.
    QString prepareWithBackup();
    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
};

void TestUserBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
}

QString TestUserBackups::prepareWithBackup()
{
    QString error;
    auto store = UserStore::open(m_paths, &error);
    if (!store || !store->setBookmarked(QStringLiteral("2501.00001"), true, &error))
        qFatal("cannot prepare the user file: %s", qPrintable(error));
    const auto backup = UserBackups(m_paths.userFile).backUp(*store, &error);
    if (!backup || !store->setBookmarked(QStringLiteral("2501.00002"), true, &error))
        qFatal("cannot back up: %s", qPrintable(error));
    return *backup;
}

void TestUserBackups::keepsTheLastSeven()
{
    QString error;
    auto store = UserStore::open(m_paths, &error);
    QVERIFY(store);
    const UserBackups backups(m_paths.userFile);
    QStringList made;
    for (int i = 0; i < 9; ++i) {
        QVERIFY(store->setRead(QStringLiteral("2501.0000") + QString::number(i), true, &error));
        const auto path = backups.backUp(*store, &error);
        QVERIFY2(path, qPrintable(error));
        made.append(*path);
    }
    const QList<UserBackup> list = backups.list();
    QCOMPARE(list.size(), UserBackups::kept);
    QCOMPARE(list.constFirst().path, made.constLast());
    QVERIFY(!QFileInfo::exists(made.at(0)));
    QVERIFY(!QFileInfo::exists(made.at(1)));
    QVERIFY(QFileInfo::exists(made.at(2)));
    // The newest backup holds all nine read marks; nothing half-written is left around.
    ScratchConnection newest(list.constFirst().path);
    QCOMPARE(newest.scalar(QStringLiteral("SELECT count(*) FROM read_state")).toInt(), 9);
    QCOMPARE(QDir(backups.directory()).entryList({QStringLiteral("*.part")}, QDir::Files),
             QStringList());
}

void TestUserBackups::dailyBackupAtMostOncePerDay()
{
    QString notice, error;
    {
        auto store = openUserData(m_paths, &notice, &error);
        QVERIFY2(store, qPrintable(error));
        // Nothing to keep yet: no empty backups.
        QCOMPARE(UserBackups(m_paths.userFile).list().size(), 0);
        QVERIFY(store->setBookmarked(QStringLiteral("2501.00001"), true, &error));
    }
    QVERIFY(openUserData(m_paths, &notice, &error));
    QCOMPARE(UserBackups(m_paths.userFile).list().size(), 1);
    QVERIFY(openUserData(m_paths, &notice, &error));
    QCOMPARE(UserBackups(m_paths.userFile).list().size(), 1);
    QVERIFY(notice.isEmpty());
}

void TestUserBackups::damagedFileIsRestoredFromBackup_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("pages overwritten") << QStringLiteral("pages");
    QTest::newRow("not sqlite") << QStringLiteral("text");
    QTest::newRow("foreign sqlite") << QStringLiteral("foreign");
}

void TestUserBackups::damagedFileIsRestoredFromBackup()
{
    QFETCH(QString, damage);
    const QString backup = prepareWithBackup();
    QByteArray damaged;
    if (damage == QLatin1String("pages")) {
        damaged = fileBytes(m_paths.userFile);
        QVERIFY(damaged.size() > 8192);
        for (qsizetype i = 4096; i < damaged.size(); ++i)
            damaged[i] = char((i * 7) & 0xff);
    } else if (damage == QLatin1String("text")) {
        damaged = "my notes, not a database\n";
    }
    if (damage == QLatin1String("foreign")) {
        QFile::remove(m_paths.userFile);
        ScratchConnection other(m_paths.userFile);
        QCOMPARE(other.run(QStringLiteral("CREATE TABLE accounts (x); INSERT INTO accounts "
                                          "VALUES (42)")),
                 QString());
    } else {
        QFile out(m_paths.userFile);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(damaged);
    }
    const QByteArray before = fileBytes(m_paths.userFile);

    QString notice, error;
    auto store = openUserData(m_paths, &notice, &error);
    QVERIFY2(store, qPrintable(error));
    // The backup's bookmark is back; the one made after the backup is, honestly, not.
    QVERIFY(store->isBookmarked(QStringLiteral("2501.00001")));
    QVERIFY(!store->isBookmarked(QStringLiteral("2501.00002")));
    const QDateTime taken = UserBackups(m_paths.userFile).list().constLast().takenAt;
    QVERIFY2(notice.contains(taken.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("was restored")), qPrintable(notice));
    // The damaged file was moved aside, byte for byte, never deleted.
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("user.sqlite.damaged-*")}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), qPrintable(aside.join(u',')));
    QVERIFY2(notice.contains(aside.constFirst()), qPrintable(notice));
    QCOMPARE(fileBytes(m_dir->filePath(aside.constFirst())), before);
    QVERIFY(QFileInfo::exists(backup));
}

void TestUserBackups::damagedFileWithoutBackupStartsEmpty()
{
    QVERIFY(m_paths.ensureDirectories(nullptr));
    QFile out(m_paths.userFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("garbage");
    out.close();
    QString notice, error;
    auto store = openUserData(m_paths, &notice, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isEmpty());
    QVERIFY2(notice.contains(QLatin1String("no backup")), qPrintable(notice));
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral("user.sqlite.damaged-*")}, QDir::Files)
                 .size(),
             1);
}

void TestUserBackups::missingFileIsRestoredFromBackup()
{
    prepareWithBackup();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_paths.userFile + suffix);
    QString notice, error;
    auto store = openUserData(m_paths, &notice, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isBookmarked(QStringLiteral("2501.00001")));
    QVERIFY2(notice.contains(QLatin1String("was missing")), qPrintable(notice));
}

void TestUserBackups::damagedBackupIsPassedOver()
{
    const QString good = prepareWithBackup();
    QString error;
    {
        auto store = UserStore::open(m_paths, &error);
        QTest::qWait(3);
        const auto newer = UserBackups(m_paths.userFile).backUp(*store, &error);
        QVERIFY(newer);
        QFile broken(*newer);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("truncated by a full disk");
    }
    QFile out(m_paths.userFile);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("garbage");
    out.close();
    QString notice;
    auto store = openUserData(m_paths, &notice, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isBookmarked(QStringLiteral("2501.00001")));
    QVERIFY(!store->isBookmarked(QStringLiteral("2501.00002")));
    QVERIFY(QFileInfo::exists(good));
}

namespace {

// Bookmarks (with metadata) and read marks from a thread of its own, like the window's user
// thread or a `paperboy bookmarks add` run beside it.
class Bookmarker final : public QThread
{
public:
    Bookmarker(DataPaths paths, int first, int count)
        : m_paths(std::move(paths)), m_first(first), m_count(count)
    {}
    QString error;

protected:
    void run() override
    {
        auto store = UserStore::open(m_paths, &error);
        for (int i = m_first; store && i < m_first + m_count && error.isEmpty(); ++i) {
            const QString id = QStringLiteral("2402.%1").arg(i, 5, 10, QLatin1Char('0'));
            Bookmark b = Bookmark::fromPaper(paper(id, QStringLiteral("Title ") + id));
            if (!store->addBookmarks({b}, &error) || !store->setRead(id, true, &error))
                break;
        }
    }

private:
    DataPaths m_paths;
    int m_first;
    int m_count;
};

} // namespace

void TestUserBackups::concurrentSyncAndBookmarkingLoseNothing()
{
    QString error;
    QVERIFY(UserStore::open(m_paths, &error)); // created before the writers race
    WriterThread writer(m_paths);
    QSignalSpy written(&writer, &WriterThread::digestWritten);
    constexpr int days = 120;
    for (int d = 0; d < days; ++d) {
        const QDate day = QDate(2024, 1, 1).addDays(d);
        const QString id = QStringLiteral("2401.%1").arg(d + 1, 5, 10, QLatin1Char('0'));
        writer.writeDigest(digest(day, core::koreanDigestSource(), {paper(id, id)}));
    }
    Bookmarker a(m_paths, 0, 150);
    Bookmarker b(m_paths, 150, 150);
    a.start();
    b.start();
    QVERIFY(a.wait(120000));
    QVERIFY(b.wait(120000));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), days, 120000);
    for (const QList<QVariant>& answer : std::as_const(written))
        QVERIFY2(answer.at(3).toBool(), qPrintable(answer.at(4).toString()));

    auto store = UserStore::open(m_paths, &error);
    QCOMPARE(store->bookmarks().size(), 300);
    QCOMPARE(store->readIds().size(), 300);
    QCOMPARE(store->bookmark(QStringLiteral("2402.00299"))->title,
             QStringLiteral("Title 2402.00299"));
    auto reader = CacheReader::open(m_paths, &error);
    QCOMPARE(reader->days().size(), days);
}

QTEST_GUILESS_MAIN(TestUserBackups)
#include "TestUserBackups.moc"
