// Library sync through a folder (issue 34) through the library API: machines are data dirs of
// their own that share a folder, or two folders between which the test plays the sync engine,
// delivering files late, twice, in random order, cut mid-line or with a zero-filled tail.
#include "LibsyncMachine.h"
#include "libsync/Hlc.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using paperboy::testing::LibsyncMachine;
namespace store = paperboy::store;

namespace {

QString id(int n)
{
    return QStringLiteral("2412.%1").arg(10000 + n);
}

QString note(LibsyncMachine& machine, int n)
{
    return machine.user->note(id(n)).value_or(QString());
}

// Lines of a text that hold `part`.
int countOf(const QString& text, const QString& part)
{
    return int(text.count(part));
}

void bookmark(LibsyncMachine& machine, int n)
{
    QString error;
    QVERIFY2(machine.user->addBookmarks(
                 {LibsyncMachine::bookmark(id(n), QStringLiteral("Paper %1").arg(n))}, &error),
             qPrintable(error));
}

void setNote(LibsyncMachine& machine, int n, const QString& text)
{
    QString error;
    QVERIFY2(machine.user->setNote(id(n), text, &error), qPrintable(error));
}

// Copies `from` into `to` as a sync engine that delivers part of a file would.
void deliver(const QString& from, const QString& to, qint64 length, bool zeroTail)
{
    QFile source(from);
    if (!source.exists())
        return; // that machine has written nothing yet
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray all = source.readAll();
    QByteArray data = all.left(length);
    if (zeroTail)
        data.append(QByteArray(all.size() - data.size(), '\0'));
    QFile target(to);
    QVERIFY(target.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(target.write(data), data.size());
}

// `machine`'s log in `from` replaces its copy in `to`, whole, as a sync engine finally delivers
// it. Only the machine's own log: a sync engine never sends a device its own file back.
void copyLog(const LibsyncMachine& machine, const QString& from, const QString& to)
{
    const QString name = machine.sync->deviceId() + QStringLiteral(".jsonl");
    QFile::remove(QDir(to).filePath(name));
    QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

} // namespace

class TestLibrarySync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bookmarksOnBothAndARemoval();
    void notesEditedApartKeepBothTextsOnce();
    void threeMachinesConverge();
    void readMarksDismissalsAndWatches();
    void highlightsReadingPagesAndQuestions();
    void hostileReadingRecordsAreData();
    void filesArriveLatePartlyTwiceInAnyOrder();
    void aKilledWriteLosesNothingAfterIt();
    void aDayOfClockSkew();
    void aMachineRejoinsAfterCompaction();
    void hostileRecordsAreData();
    void anAbsentFolderNeverBlocksAWrite();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestLibrarySync::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestLibrarySync::bookmarksOnBothAndARemoval()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    bookmark(a, 1);
    bookmark(a, 2);
    bookmark(b, 2);
    bookmark(b, 3);
    a.syncNow();
    const auto report = b.syncNow();
    QCOMPARE(report.devices.size(), 2);
    a.syncNow();
    QCOMPARE(a.user->bookmarks(), (QSet<QString>{id(1), id(2), id(3)}));
    QCOMPARE(a.exported(), b.exported());
    // The metadata travels: the bookmark shows on a machine that never had the paper.
    QCOMPARE(b.user->bookmark(id(1))->title, QStringLiteral("Paper 1"));
    QString error;
    QVERIFY(a.user->removeBookmarks({id(2)}, &error));
    a.syncNow();
    b.syncNow();
    QCOMPARE(b.user->bookmarks(), (QSet<QString>{id(1), id(3)}));
    QCOMPARE(a.exported(), b.exported());
}

void TestLibrarySync::notesEditedApartKeepBothTextsOnce()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    setNote(a, 1, QStringLiteral("Shared"));
    setNote(a, 1, QStringLiteral("Shared start")); // a second change of a queued key
    a.syncNow();
    b.syncNow();
    QCOMPARE(note(b, 1), QStringLiteral("Shared start"));
    // Both edit before they meet.
    setNote(a, 1, QStringLiteral("Laptop says: method is neat"));
    setNote(b, 1, QStringLiteral("Desktop says: check table 3"));
    for (int round = 0; round < 3; ++round) { // again and again: nothing doubles
        a.syncNow();
        b.syncNow();
    }
    const QString merged = note(a, 1);
    QCOMPARE(note(b, 1), merged);
    QCOMPARE(countOf(merged, QStringLiteral("Laptop says: method is neat")), 1);
    QCOMPARE(countOf(merged, QStringLiteral("Desktop says: check table 3")), 1);
    QVERIFY2(merged.contains(QStringLiteral("\u2014 from ")), qPrintable(merged));
    QCOMPARE(countOf(merged, QStringLiteral("Shared start")), 0); // both replaced it
    QCOMPARE(a.exported(), b.exported());
    // An edit made after seeing both replaces both, everywhere.
    setNote(b, 1, merged + QStringLiteral("\nSettled."));
    b.syncNow();
    a.syncNow();
    QCOMPARE(note(a, 1), merged + QStringLiteral("\nSettled."));
    QCOMPARE(a.exported(), b.exported());
    // A removal made apart from an edit does not take the edit's text.
    setNote(a, 1, QString());
    setNote(b, 1, QStringLiteral("Still needed"));
    a.syncNow();
    b.syncNow();
    a.syncNow();
    QCOMPARE(note(a, 1), QStringLiteral("Still needed"));
    QCOMPARE(a.exported(), b.exported());
}

void TestLibrarySync::threeMachinesConverge()
{
    LibsyncMachine a(QStringLiteral("one"), m_folder->path());
    LibsyncMachine b(QStringLiteral("two"), m_folder->path());
    LibsyncMachine c(QStringLiteral("three"), m_folder->path());
    setNote(a, 5, QStringLiteral("text of one"));
    setNote(b, 5, QStringLiteral("text of two"));
    setNote(c, 5, QStringLiteral("text of three"));
    bookmark(a, 5);
    bookmark(c, 6);
    QString error;
    QVERIFY(b.user->setRead(id(5), true, &error));
    c.syncNow();
    a.syncNow();
    b.syncNow();
    c.syncNow();
    a.syncNow();
    QCOMPARE(a.exported(), b.exported());
    QCOMPARE(b.exported(), c.exported());
    for (const char* text : {"text of one", "text of two", "text of three"})
        QCOMPARE(countOf(note(c, 5), QString::fromLatin1(text)), 1);
    QCOMPARE(c.syncNow().devices.size(), 3);
}

void TestLibrarySync::readMarksDismissalsAndWatches()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    QString error;
    QVERIFY(a.user->setRead(QStringList{id(1), id(2)}, true, &error));
    store::Dismissal dismissal;
    dismissal.id = id(7);
    dismissal.title = QStringLiteral("Not for me");
    QVERIFY(b.user->addDismissals({dismissal}, &error));
    QVERIFY2(a.user->addWatch(QStringLiteral("agents"), QStringLiteral("agent AND tool"),
                              QStringLiteral("2024-12-16T00:00:00.000Z"), &error),
             qPrintable(error));
    a.syncNow();
    b.syncNow();
    a.syncNow();
    QCOMPARE(b.user->readIds(), (QSet<QString>{id(1), id(2)}));
    QVERIFY(a.user->isDismissed(id(7)));
    QVERIFY(b.user->watch(QStringLiteral("agents")));
    QVERIFY(b.user->setRead(id(1), false, &error));
    QVERIFY(b.user->renameWatch(QStringLiteral("agents"), QStringLiteral("agent tools"), &error));
    QVERIFY(b.user->markWatchSeen(QStringLiteral("agent tools"),
                                  QStringLiteral("2024-12-20T00:00:00.000Z"), &error));
    QVERIFY(a.user->removeDismissals({id(7)}, &error));
    b.syncNow();
    a.syncNow();
    b.syncNow();
    QCOMPARE(a.user->readIds(), QSet<QString>{id(2)});
    QVERIFY(!a.user->watch(QStringLiteral("agents")));
    QCOMPARE(a.user->watch(QStringLiteral("agent tools"))->seenMark,
             QStringLiteral("2024-12-20T00:00:00.000Z"));
    QVERIFY(!b.user->isDismissed(id(7)));
    QCOMPARE(a.exported(), b.exported());
}

void TestLibrarySync::highlightsReadingPagesAndQuestions()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    // A day behind: its edit, made after it saw the highlight, still wins by the clock.
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path(), -24 * 3600 * 1000);
    QString error;
    store::Highlight highlight;
    highlight.paperId = id(1);
    highlight.page = 3;
    highlight.text = QStringLiteral("attention is all <b>you</b> need");
    highlight.rects = {QRectF(72, 100.5, 200, 12), QRectF(72, 114.5, 80.25, 12)};
    highlight.colour = QStringLiteral("green");
    highlight.comment = QStringLiteral("the key claim");
    QVERIFY2(a.user->saveHighlight(highlight, &error), qPrintable(error));
    QVERIFY(a.user->setReadingPage(id(1), 5, &error));
    store::QuestionAnswer question;
    question.paperId = id(1);
    question.question = QStringLiteral("What is the main result? [p. 2]");
    question.answer = QStringLiteral("It beats the baseline [p. 4].");
    question.model = QStringLiteral("tiny");
    question.endpoint = QStringLiteral("http://127.0.0.1:8080/v1");
    question.pages = {4};
    question.createdAt = QDateTime(QDate(2024, 12, 16), QTime(9, 30), Qt::UTC);
    QVERIFY2(a.user->addQuestion(question, &error), qPrintable(error));
    a.syncNow();
    b.syncNow();
    QCOMPARE(b.user->highlights(id(1)), QList<store::Highlight>{highlight});
    QCOMPARE(b.user->readingPage(id(1)).value_or(0), 5);
    QCOMPARE(b.user->questions(id(1)).size(), 1);
    QCOMPARE(b.sync->pendingChanges(), 0); // what arrived is not sent back as B's own
    // Edited on B, read on further on B, another question on B.
    highlight.colour = QStringLiteral("blue");
    highlight.comment = QStringLiteral("edited on the desktop");
    QVERIFY(b.user->saveHighlight(highlight, &error));
    QVERIFY(b.user->setReadingPage(id(1), 9, &error));
    question.question = QStringLiteral("And the limits?");
    question.createdAt = question.createdAt.addSecs(60);
    QVERIFY(b.user->addQuestion(question, &error));
    b.syncNow();
    a.syncNow();
    QCOMPARE(a.user->highlights(id(1)), QList<store::Highlight>{highlight});
    QCOMPARE(a.user->readingPage(id(1)).value_or(0), 9);
    QCOMPARE(a.user->questions(id(1)).size(), 2);
    // Syncing again, both ways, adds no question twice.
    b.syncNow();
    a.syncNow();
    QCOMPARE(a.user->questions(id(1)).size(), 2);
    QCOMPARE(b.user->questions(id(1)).size(), 2);
    // A new folder is told everything there is, these kinds too.
    QTemporaryDir otherFolder;
    QVERIFY2(a.sync->setFolder(otherFolder.path(), &error), qPrintable(error));
    a.syncNow();
    LibsyncMachine c(QStringLiteral("tablet"), otherFolder.path());
    c.syncNow();
    QCOMPARE(c.user->highlights(id(1)), QList<store::Highlight>{highlight});
    QCOMPARE(c.exported(), a.exported());
    QVERIFY(a.sync->setFolder(m_folder->path(), &error));
    // The newest page wins, and a removal on A is one on B.
    QVERIFY(a.user->setReadingPage(id(1), 2, &error));
    QVERIFY(a.user->removeHighlight(highlight.uid, &error));
    a.syncNow();
    b.syncNow();
    QVERIFY(b.user->highlights(id(1)).isEmpty());
    QCOMPARE(b.user->readingPage(id(1)).value_or(0), 2);
    QCOMPARE(a.exported(), b.exported());
}

// Records of the reading kinds that the user file would refuse, or that name another row than
// their key, are skipped whole.
void TestLibrarySync::hostileReadingRecordsAreData()
{
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    const QByteArray clock = "001700000000000-000000000-00000000000000aa";
    const QByteArray at = "2024-12-16T00:00:00.000Z";
    const QByteArray highlightRow = R"("paper_id":"2412.10001","text":"<script>x</script>",)"
                                    R"("rects":"not json","comment":"","created_at":")" +
                                    at + R"(","updated_at":")" + at + R"(","page":1)";
    const QByteArray questionRow = R"({"paper_id":"2412.10001","question":"Why?","answer":"",)"
                                   R"("model":"","endpoint":"","pages":"[]","created_at":")" +
                                   at + R"(","complete":1})";
    QFile forged(QDir(m_folder->path()).filePath(QStringLiteral("00000000000000aa.jsonl")));
    QVERIFY(forged.open(QIODevice::WriteOnly));
    // Kept as data: a text that looks like markup, rects that are not JSON (read as no rect).
    forged.write(R"({"v":1,"kind":"highlight","key":"u1","clock":")" + clock +
                 R"(","row":{"colour":"yellow",)" + highlightRow + "}}\n");
    // Skipped: a colour the Read view does not have, page 0, a question under another's key.
    forged.write(R"({"v":1,"kind":"highlight","key":"u2","clock":")" + clock +
                 R"(","row":{"colour":"red;}",)" + highlightRow + "}}\n");
    forged.write(R"({"v":1,"kind":"reading","key":"2412.10001","clock":")" + clock +
                 R"(","row":{"page":0,"updated_at":")" + at + "\"}}\n");
    forged.write(R"({"v":1,"kind":"question","key":"2412.10001 )" + at + " " + QByteArray(64, 'a') +
                 R"(","clock":")" + clock + R"(","row":)" + questionRow + "}\n");
    forged.close();
    const auto report = b.syncNow();
    QCOMPARE(report.skippedLines, 3);
    const auto highlights = b.user->highlights(id(1));
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.first().text, QStringLiteral("<script>x</script>"));
    QVERIFY(highlights.first().rects.isEmpty());
    QVERIFY(!b.user->readingPage(id(1)));
    QVERIFY(b.user->questions(id(1)).isEmpty());
}

void TestLibrarySync::filesArriveLatePartlyTwiceInAnyOrder()
{
    for (quint32 seed = 1; seed <= 4; ++seed) {
        QRandomGenerator random(seed);
        QTemporaryDir folderA, folderB;
        LibsyncMachine a(QStringLiteral("laptop"), folderA.path());
        LibsyncMachine b(QStringLiteral("desktop"), folderB.path());
        for (int step = 0; step < 30; ++step) {
            LibsyncMachine& machine = random.bounded(2) ? a : b;
            const int n = int(random.bounded(6));
            QString error;
            switch (random.bounded(4)) {
            case 0:
                bookmark(machine, n);
                break;
            case 1:
                QVERIFY(machine.user->removeBookmarks({id(n)}, &error));
                break;
            case 2:
                QVERIFY(machine.user->setRead(id(n), random.bounded(2) == 0, &error));
                break;
            default:
                setNote(machine, n, QStringLiteral("note %1 step %2").arg(n).arg(step));
            }
            machine.syncNow();
            // The "sync engine" moves a random file a random part of the way, now and then.
            if (random.bounded(3) == 0) {
                const bool toB = random.bounded(2) == 0;
                const QString from = toB ? folderA.path() : folderB.path();
                const QString to = toB ? folderB.path() : folderA.path();
                const QString name = (toB ? a : b).sync->deviceId() + QStringLiteral(".jsonl");
                const qint64 size = QFileInfo(QDir(from).filePath(name)).size();
                deliver(QDir(from).filePath(name), QDir(to).filePath(name),
                        qint64(random.bounded(quint32(size + 1))), random.bounded(2) == 0);
                (toB ? b : a).syncNow();
            }
        }
        // In the end every file arrives whole (twice), and they meet.
        for (int round = 0; round < 2; ++round) {
            copyLog(a, folderA.path(), folderB.path());
            copyLog(b, folderB.path(), folderA.path());
            a.syncNow();
            b.syncNow();
        }
        copyLog(b, folderB.path(), folderA.path()); // what b sent in its last pass
        a.syncNow();
        QVERIFY2(a.exported() == b.exported(), qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

void TestLibrarySync::aKilledWriteLosesNothingAfterIt()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    bookmark(a, 1);
    a.syncNow();
    // A process killed in the middle of its append leaves half a record.
    QFile log(QDir(m_folder->path()).filePath(a.sync->deviceId() + QStringLiteral(".jsonl")));
    QVERIFY(log.open(QIODevice::Append));
    log.write(R"({"v":1,"kind":"bookmark","key":"2412.10002","clo)");
    log.close();
    b.syncNow(); // reads what is whole, comes back for the rest
    bookmark(a, 3);
    setNote(a, 3, QStringLiteral("after the crash"));
    a.syncNow();
    const auto report = b.syncNow();
    QCOMPARE(report.skippedLines, 1); // the cut record, now closed by a line break
    QCOMPARE(b.user->bookmarks(), (QSet<QString>{id(1), id(3)}));
    QCOMPARE(note(b, 3), QStringLiteral("after the crash"));
    QCOMPARE(a.exported(), b.exported());
}

void TestLibrarySync::aDayOfClockSkew()
{
    constexpr qint64 day = 24 * 3600 * 1000;
    LibsyncMachine ahead(QStringLiteral("fast clock"), m_folder->path(), day);
    LibsyncMachine behind(QStringLiteral("slow clock"), m_folder->path(), -day);
    bookmark(ahead, 1);
    setNote(ahead, 1, QStringLiteral("from the future"));
    ahead.syncNow();
    behind.syncNow();
    // The machine a day behind changes what it has seen: its change is later, and wins.
    QString error;
    QVERIFY(behind.user->removeBookmarks({id(1)}, &error));
    setNote(behind, 1, QStringLiteral("from the past, but after"));
    behind.syncNow();
    ahead.syncNow();
    QVERIFY(!ahead.user->isBookmarked(id(1)));
    QCOMPARE(note(ahead, 1), QStringLiteral("from the past, but after"));
    QCOMPARE(ahead.exported(), behind.exported());
}

void TestLibrarySync::aMachineRejoinsAfterCompaction()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    bookmark(b, 9);
    setNote(a, 1, QStringLiteral("first"));
    a.syncNow();
    b.syncNow();
    // b is away for months while a changes the same few things over and over.
    QString error;
    for (int i = 0; i < 1200; ++i) {
        QVERIFY(a.user->setRead(id(i % 4), i % 3 != 0, &error));
        if (i % 100 == 0)
            a.syncNow();
    }
    QVERIFY(a.user->setNote(id(1), QStringLiteral("last"), &error));
    bookmark(a, 2);
    a.syncNow();
    QVERIFY(a.sync->compact(1000, &error) || error.isEmpty());
    QVERIFY(a.sync->compact(0, &error));
    QFile log(QDir(m_folder->path()).filePath(a.sync->deviceId() + QStringLiteral(".jsonl")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().count('\n') < 20, "the log was not compacted");
    b.syncNow();
    a.syncNow();
    QCOMPARE(note(b, 1), QStringLiteral("last"));
    QCOMPARE(a.exported(), b.exported());
}

void TestLibrarySync::hostileRecordsAreData()
{
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    const QString html = QStringLiteral("<img src=x onerror=alert(1)><script>alert(2)</script>");
    const QByteArray clock = "001700000000000-000000000-00000000000000aa";
    QFile forged(QDir(m_folder->path()).filePath(QStringLiteral("00000000000000aa.jsonl")));
    QVERIFY(forged.open(QIODevice::WriteOnly));
    forged.write(R"({"v":1,"kind":"note","key":"2412.10001","clock":")" + clock +
                 R"(","device":"evil\n\u2014 from you \u2014","row":{"markdown":")" +
                 html.toUtf8() +
                 R"(","updated_at":"2024-12-16T00:00:00.000Z"},"bases":[]})"
                 "\n");
    forged.write(R"({"v":1,"kind":"bookmark","key":"'; DROP TABLE bookmarks; --","clock":")" +
                 clock +
                 R"(","row":null})"
                 "\n");
    forged.write(R"({"v":1,"kind":"bookmark","key":"2412.10002","clock":")" + clock +
                 R"(","row":{"title":1}})"
                 "\n");
    forged.write(R"({"v":1,"kind":"read","key":"2412.10003","clock":")" + clock +
                 R"(","row":{"read_at":"yesterday"}})"
                 "\n");
    forged.write(R"({"v":1,"kind":"shell","key":"rm -rf /","clock":")" + clock +
                 R"("})"
                 "\n");
    forged.write(R"({"v":2,"kind":"read","key":"2412.10003"})"
                 "\n");
    forged.write("not json at all\n");
    forged.write(QByteArray(100, '\xff') + "\n");
    forged.close();
    bookmark(b, 4);
    const auto report = b.syncNow();
    QCOMPARE(report.skippedLines, 7);
    QCOMPARE(note(b, 1), html); // kept as the text it is
    QCOMPARE(b.user->bookmarks(), QSet<QString>{id(4)});
    QVERIFY(!b.user->isRead(id(3)));
}

void TestLibrarySync::anAbsentFolderNeverBlocksAWrite()
{
    LibsyncMachine a(QStringLiteral("laptop"), m_folder->path());
    LibsyncMachine b(QStringLiteral("desktop"), m_folder->path());
    const QString away = m_folder->path() + QStringLiteral("-away");
    QVERIFY(QDir().rename(m_folder->path(), away)); // the share is unmounted
    bookmark(a, 1);
    setNote(a, 1, QStringLiteral("written offline"));
    const auto report = a.syncNow();
    QVERIFY(!report.folderReachable);
    QCOMPARE(a.sync->pendingChanges(), 2);
    QVERIFY(QDir().rename(away, m_folder->path())); // back
    a.syncNow();
    QCOMPARE(a.sync->pendingChanges(), 0);
    b.syncNow();
    QCOMPARE(note(b, 1), QStringLiteral("written offline"));
    QCOMPARE(a.exported(), b.exported());
}

QTEST_GUILESS_MAIN(TestLibrarySync)
#include "TestLibrarySync.moc"
