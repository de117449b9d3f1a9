#include "StoreTestSupport.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/user/UserStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

class TestUserStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bookmarks();
    void readState();
    void notes();
    void questionWithoutModelOrEndpoint();
    void rejectsWhatIsNotAnArxivId();
    void persistsAcrossReopening();
    void survivesDeletingTheCache();
    void locatesFiles();

private:
    std::unique_ptr<UserStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
    DataPaths m_paths;
};

void TestUserStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = DataPaths::inDirectory(m_dir->path());
}

std::unique_ptr<UserStore> TestUserStore::open()
{
    QString error;
    auto store = UserStore::open(m_paths, &error);
    if (!store)
        qWarning("UserStore::open failed: %s", qPrintable(error));
    return store;
}

void TestUserStore::bookmarks()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    QVERIFY(!store->isBookmarked(QStringLiteral("2401.00001")));
    QVERIFY2(store->setBookmarked(QStringLiteral("arXiv:2401.00001v3"), true, &error),
             qPrintable(error));
    QVERIFY(store->setBookmarked(QStringLiteral("https://arxiv.org/abs/2401.00002"), true, &error));
    QVERIFY(store->setBookmarked(QStringLiteral("2401.00001"), true, &error)); // already: fine
    // Keyed by the normalised id, whatever spelling was used.
    QVERIFY(store->isBookmarked(QStringLiteral("2401.00001")));
    QVERIFY(store->isBookmarked(QStringLiteral("2401.00001v1")));
    QCOMPARE(store->bookmarks(),
             (QSet<QString>{QStringLiteral("2401.00001"), QStringLiteral("2401.00002")}));
    // Only those asked about (the first day's list at start-up); quotes in ids stay data.
    QCOMPARE(store->bookmarkedAmong({QStringLiteral("2401.00002"), QStringLiteral("2401.00009"),
                                     QStringLiteral("x\"], [\"2401.00001")}),
             QSet<QString>{QStringLiteral("2401.00002")});
    QCOMPARE(store->bookmarkedAmong({}), QSet<QString>());
    QVERIFY(store->setBookmarked(QStringLiteral("2401.00001"), false, &error));
    QVERIFY(!store->isBookmarked(QStringLiteral("2401.00001")));
    QVERIFY(store->setBookmarked(QStringLiteral("2401.00001"), false, &error)); // not there: fine
    QCOMPARE(store->bookmarks(), QSet<QString>{QStringLiteral("2401.00002")});
}

void TestUserStore::readState()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    QVERIFY(!store->isRead(QStringLiteral("2401.00001")));
    QVERIFY2(store->setRead(QStringLiteral("2401.00001"), true, &error), qPrintable(error));
    QVERIFY(store->isRead(QStringLiteral("2401.00001v2")));
    QVERIFY(!store->isRead(QStringLiteral("2401.00002")));
    ScratchConnection look(m_paths.userFile);
    const QString firstRead =
        look.scalar(QStringLiteral("SELECT read_at FROM read_state")).toString();
    QVERIFY(store->setRead(QStringLiteral("2401.00001"), true, &error));
    QCOMPARE(look.scalar(QStringLiteral("SELECT read_at FROM read_state")).toString(), firstRead);
    QVERIFY(store->setRead(QStringLiteral("2401.00001"), false, &error));
    QVERIFY(!store->isRead(QStringLiteral("2401.00001")));
}

void TestUserStore::notes()
{
    auto store = open();
    QVERIFY(store);
    QString error;
    QCOMPARE(store->note(QStringLiteral("2401.00001")), std::nullopt);
    const QString text = QStringLiteral("# 메모\n- read section 3\n- compare with 2312.00001");
    QVERIFY2(store->setNote(QStringLiteral("2401.00001"), text, &error), qPrintable(error));
    QCOMPARE(store->note(QStringLiteral("arXiv:2401.00001")), std::optional<QString>(text));
    QVERIFY(store->setNote(QStringLiteral("2401.00001"), QStringLiteral("changed"), &error));
    QCOMPARE(store->note(QStringLiteral("2401.00001")),
             std::optional<QString>(QStringLiteral("changed")));
    QVERIFY(store->setNote(QStringLiteral("2401.00001"), QStringLiteral("  \n"), &error));
    QCOMPARE(store->note(QStringLiteral("2401.00001")), std::nullopt);
}

// A question asked of an endpoint not named (the CLI's --endpoint left to the settings, an
// answer cut before a word) has empty texts: they are kept as '', not refused as NULL.
void TestUserStore::questionWithoutModelOrEndpoint()
{
    auto store = open();
    QVERIFY(store);
    QuestionAnswer entry;
    entry.paperId = QStringLiteral("2401.00001");
    entry.question = QStringLiteral("What is the main result?");
    entry.createdAt = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    entry.complete = false;
    QString error;
    QVERIFY2(store->addQuestion(entry, &error), qPrintable(error));
    const QList<QuestionAnswer> kept = store->questions(QStringLiteral("2401.00001"));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().question, entry.question);
    QVERIFY(kept.constFirst().answer.isEmpty());
    QVERIFY(kept.constFirst().endpoint.isEmpty());
    QVERIFY(!kept.constFirst().complete);
}

void TestUserStore::rejectsWhatIsNotAnArxivId()
{
    auto store = open();
    QVERIFY(store);
    for (const QString& bad : {QString(), QStringLiteral("hello"), QStringLiteral("2401.1")}) {
        QString error;
        QVERIFY(!store->setBookmarked(bad, true, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store->setRead(bad, true, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store->setNote(bad, QStringLiteral("x"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store->isBookmarked(bad));
        QCOMPARE(store->note(bad), std::nullopt);
    }
    QVERIFY(store->bookmarks().isEmpty());
}

void TestUserStore::persistsAcrossReopening()
{
    QString error;
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->setBookmarked(QStringLiteral("2401.00001"), true, &error));
        QVERIFY(store->setRead(QStringLiteral("2401.00002"), true, &error));
        QVERIFY(store->setNote(QStringLiteral("2401.00003"), QStringLiteral("note"), &error));
    }
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->isBookmarked(QStringLiteral("2401.00001")));
    QVERIFY(store->isRead(QStringLiteral("2401.00002")));
    QCOMPARE(store->note(QStringLiteral("2401.00003")),
             std::optional<QString>(QStringLiteral("note")));
}

void TestUserStore::survivesDeletingTheCache()
{
    QString error;
    const QString id = QStringLiteral("2410.09732");
    {
        auto writer = CacheWriter::open(m_paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->writeDigest(digest(QDate(2024, 10, 15), core::koreanDigestSource(),
                                           {paper(id, QStringLiteral("LOKI"))}),
                                    &error));
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->setBookmarked(id, true, &error));
        QVERIFY(store->setNote(id, QStringLiteral("keep me"), &error));
    }
    QVERIFY(m_paths.cacheFile != m_paths.userFile);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_paths.cacheFile + suffix);
    QVERIFY(!QFileInfo::exists(m_paths.cacheFile));

    auto reader = CacheReader::open(m_paths, &error); // a new, empty cache
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->paperCount(), 0);
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->isBookmarked(id));
    QCOMPARE(store->note(id), std::optional<QString>(QStringLiteral("keep me")));
}

void TestUserStore::locatesFiles()
{
    const DataPaths inDir = DataPaths::inDirectory(m_dir->path());
    QCOMPARE(inDir.cacheFile, m_dir->filePath(QStringLiteral("cache.sqlite")));
    QCOMPARE(inDir.userFile, m_dir->filePath(QStringLiteral("user.sqlite")));

    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("xdg-cache")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("xdg-data")).toUtf8());
    qunsetenv("PAPERBOY_DATA_DIR");
    const DataPaths standard = DataPaths::standard();
    QCOMPARE(standard.cacheFile,
             m_dir->filePath(QStringLiteral("xdg-cache/paperboy/cache.sqlite")));
    QCOMPARE(standard.userFile, m_dir->filePath(QStringLiteral("xdg-data/paperboy/user.sqlite")));
    QCOMPARE(DataPaths::resolve(QString()).cacheFile, standard.cacheFile);
    QString error;
    QVERIFY2(standard.ensureDirectories(&error), qPrintable(error));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("xdg-data/paperboy"))).isDir());

    const QString fromEnv = m_dir->filePath(QStringLiteral("env"));
    qputenv("PAPERBOY_DATA_DIR", fromEnv.toUtf8());
    QCOMPARE(DataPaths::resolve(QString()).userFile, fromEnv + QStringLiteral("/user.sqlite"));
    QCOMPARE(DataPaths::resolve(m_dir->path()).userFile, inDir.userFile); // option wins
    qunsetenv("PAPERBOY_DATA_DIR");

    // A file where the folder should be: a message, no crash.
    QFile blocker(m_dir->filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const DataPaths blocked =
        DataPaths::inDirectory(m_dir->filePath(QStringLiteral("blocked/sub")));
    QVERIFY(!blocked.ensureDirectories(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!UserStore::open(blocked, &error));
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "TestUserStore.moc"
