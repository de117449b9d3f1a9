// The window on damaged or full files: a damaged cache (tests/data/store/damaged) is set aside
// with a message where the papers would be (no dialog), beside the Sync button, and the
// bookmarks are all there; with a full cache or user file the failed write is reported and the
// window reads on.
#include "UiTestSupport.h"
#include "common/ReadOnlyFolder.h"
#include "common/ScopedEnv.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/detail/NoteEditor.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportReport.h"
#include "ui/library/BookmarksPane.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperListPane.h"

#include <QAction>
#include <QDir>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>

using namespace paperboy;
using namespace paperboy::uitest;

using paperboy::testing::ScopedEnv;

namespace {

const QString digests = fixtureDir() + QStringLiteral("/digests/2024/03");

} // namespace

class TestDamagedStart final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedCacheIsSetAsideWithAMessage_data();
    void damagedCacheIsSetAsideWithAMessage();
    void fullCacheKeepsTheWindowReading();
    void fullUserFileSaysTheNoteWasNotSaved();
    void readOnlyFolderIsReadButNotWritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDamagedStart::init()
{
    forgetWindowState();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDamagedStart::damagedCacheIsSetAsideWithAMessage_data()
{
    QTest::addColumn<QString>("fixtureName");
    for (const char* name :
         {"cache-truncated.sqlite", "cache-random-bytes.sqlite", "cache-scrambled-schema.sqlite",
          "cache-newer-schema.sqlite", "cache-foreign.sqlite"})
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestDamagedStart::damagedCacheIsSetAsideWithAMessage()
{
    QFETCH(QString, fixtureName);
    const store::DataPaths paths = store::DataPaths::inDirectory(m_dir->path());
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
    {
        QString error;
        auto user = store::UserStore::open(paths, &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY(user->setBookmarked(QStringLiteral("2403.01001"), true, &error));
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(paths.cacheFile + suffix);
    QVERIFY(QFile::copy(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/store/damaged/") + fixtureName,
                        paths.cacheFile));

    auto window = openWindow(m_dir->path());
    QCOMPARE(window->paperList()->page(), ui::PaperListPane::Page::NoCache);
    auto* page = qobject_cast<ui::EmptyStateWidget*>(
        window->paperList()->findChild<ui::EmptyStateWidget*>());
    QVERIFY(page);
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(page->title(), ui::PaperListPane::tr("The cache was damaged"));
    QVERIFY2(page->message().contains(aside.constFirst()), qPrintable(page->message()));
    QVERIFY(window->actions().sync->isEnabled()); // the page's Sync button follows it
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("damaged")));
    // The bookmark is there, in the Bookmarks tab, without a cache; and no dialog at all.
    QTRY_VERIFY(window->bookmarkedIds().contains(QStringLiteral("2403.01001")));
    QVERIFY(window->findChildren<QMessageBox*>().isEmpty());

    // The empty cache fills again.
    QSignalSpy finished(&window->importController(), &ui::ImportController::finished);
    window->importPaths({digests});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(window->paperList()->page(), ui::PaperListPane::Page::Papers);
}

void TestDamagedStart::fullCacheKeepsTheWindowReading()
{
    QCOMPARE(importInto(m_dir->path(), {digests + QStringLiteral("/04.md")}), QStringList());
    const ScopedEnv full("PAPERBOY_TEST_CACHE_MAX_PAGES", "1");
    auto window = openWindow(m_dir->path());
    QTRY_COMPARE(window->currentDay(), QDate(2024, 3, 4));
    QTRY_VERIFY(!window->currentPaperId().isEmpty());

    QSignalSpy finished(&window->importController(), &ui::ImportController::finished);
    // A day of 270 KB cannot fit in the room the file's pages have left.
    window->importPaths({fixtureDir() + QStringLiteral("/hostile/2024-03-09.json")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto report = finished.at(0).at(0).value<ui::ImportReport>();
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.failures.size(), 1);
    QVERIFY2(report.failures.constFirst().contains(QLatin1String("full")),
             qPrintable(report.failures.constFirst()));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Import Report")));
    // Still reading: the day that was there, paper after paper.
    QCOMPARE(window->cachedDays().size(), 1);
    const QString first = window->currentPaperId();
    window->actions().nextPaper->trigger();
    QTRY_VERIFY(window->currentPaperId() != first);
    QTRY_VERIFY(window->detailView()->shownPaperId() == window->currentPaperId());
}

void TestDamagedStart::fullUserFileSaysTheNoteWasNotSaved()
{
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
    const ScopedEnv full("PAPERBOY_TEST_USER_MAX_PAGES", "1");
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(!window->detailView()->shownPaperId().isEmpty());
    ui::NoteEditor* note = window->detailView()->noteEditor();
    QTRY_VERIFY(!note->editor()->isReadOnly());
    note->editor()->insertPlainText(QString(100000, QLatin1Char('n')));
    QTRY_VERIFY_WITH_TIMEOUT(note->statusText().contains(QLatin1String("full")), 10000);
    // The window reads on, and can still show the next paper.
    const QString first = window->currentPaperId();
    window->actions().nextPaper->trigger();
    QTRY_VERIFY(window->currentPaperId() != first);
}

void TestDamagedStart::readOnlyFolderIsReadButNotWritten()
{
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
    const testing::ReadOnlyFolder readOnly(m_dir->path());
    if (!readOnly.works())
        QSKIP("neither chmod nor chattr can make a folder read-only here");
    auto window = openWindow(m_dir->path());
    QTRY_COMPARE(window->cachedDays().size(), 3);
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    QTRY_VERIFY(window->detailView()->shownPaperId() == window->currentPaperId());
    // The user file cannot be opened for writing: said in the status bar, not in a dialog.
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("read-only")),
                 qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(window->findChildren<QMessageBox*>().isEmpty());

    // An import fails as a whole, saying why; the window reads on, day after day.
    QSignalSpy finished(&window->importController(), &ui::ImportController::finished);
    window->importPaths({digests + QStringLiteral("/04.md")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto report = finished.at(0).at(0).value<ui::ImportReport>();
    QCOMPARE(report.imported, 0);
    QVERIFY(!report.failures.isEmpty());
    QVERIFY2(report.failures.constFirst().contains(QLatin1String("read-only")),
             qPrintable(report.failures.constFirst()));
    const QDate first = window->currentDay();
    window->actions().previousDay->trigger();
    QTRY_VERIFY(window->currentDay() != first);
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    QTRY_VERIFY(window->detailView()->shownPaperId() == window->currentPaperId());
}

PAPERBOY_UI_TEST_MAIN(TestDamagedStart)
#include "TestDamagedStart.moc"
