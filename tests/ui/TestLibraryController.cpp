// The library controller without a window: bookmarks and read marks made before the user file
// has answered are kept, the read delay, and Unread Only, over a real user file in a
// temporary folder.
#include "UiTestSupport.h"

#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/library/LibraryController.h"

#include <QAction>
#include <QSignalSpy>
#include <QWidget>

using namespace paperboy;

namespace {

const QString first = QStringLiteral("2403.01001");
const QString second = QStringLiteral("2403.01002");

// A controller over the user file in `dir`, with the commands of a bare widget and no
// Bookmarks tab.
struct Library
{
    explicit Library(const QString& dir)
        : context(store::DataPaths::inDirectory(dir)), actions(&widget),
          controller(context, actions, nullptr)
    {}

    ui::FeatureContext context;
    QWidget widget;
    ui::Actions actions;
    ui::LibraryController controller;
};

// What the user file holds, read after the controller's thread has closed it.
std::unique_ptr<store::UserStore> userFile(const QString& dir)
{
    QString notice;
    QString error;
    return store::openUserData(store::DataPaths::inDirectory(dir), &notice, &error);
}

} // namespace

class TestLibraryController final : public QObject
{
    Q_OBJECT

private slots:
    // The file answers its opening with what it held before the toggles queued behind it:
    // the stars the reader set meanwhile must survive that answer, and reach the file.
    void togglesBeforeOpenAreKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Library library(dir.path());
            QSignalSpy saved(&library.controller, &ui::LibraryController::bookmarkSaved);
            library.controller.toggleBookmark(first);
            library.controller.toggleBookmark(second);
            QVERIFY(!library.controller.isOpened());
            QCOMPARE(library.controller.bookmarks(), (QSet<QString>{first, second}));
            QTRY_COMPARE(saved.size(), 2);
            QVERIFY(library.controller.isOpened());
            QCOMPARE(library.controller.bookmarks(), (QSet<QString>{first, second}));
            QCOMPARE(library.controller.pinned()->snapshot(), (QSet<QString>{first, second}));
        }
        QCOMPARE(userFile(dir.path())->bookmarks(), (QSet<QString>{first, second}));
        {
            // A star taken away before the file answers stays away, though the file's answer
            // still has it. The window starts with the stars of its first day's papers.
            Library library(dir.path());
            library.controller.startWith({first, second});
            QSignalSpy saved(&library.controller, &ui::LibraryController::bookmarkSaved);
            library.controller.toggleBookmark(first);
            QCOMPARE(library.controller.bookmarks(), QSet<QString>{second});
            QTRY_COMPARE(saved.size(), 1);
            QVERIFY(library.controller.isOpened());
            QCOMPARE(library.controller.bookmarks(), QSet<QString>{second});
        }
        QCOMPARE(userFile(dir.path())->bookmarks(), QSet<QString>{second});
    }

    void readMarksBeforeOpenAreKept()
    {
        QTemporaryDir dir;
        {
            Library library(dir.path());
            QSignalSpy read(&library.controller, &ui::LibraryController::readIdsChanged);
            library.controller.setRead({first, second}, true);
            QCOMPARE(read.size(), 1);
            library.controller.setRead({second}, false);
            QTRY_VERIFY(library.controller.isOpened());
            QCOMPARE(library.controller.readIds(), QSet<QString>{first});
            QCOMPARE(read.constLast().constFirst().value<QSet<QString>>(), QSet<QString>{first});
        }
        QCOMPARE(userFile(dir.path())->readIds(), QSet<QString>{first});
    }

    // A paper becomes read once it has been on show for the delay, not when the reader has
    // moved on (the list's paper is no longer the one shown).
    void paperOnShowBecomesRead()
    {
        QTemporaryDir dir;
        Library library(dir.path());
        QString listed = first;
        QString shown = first;
        ui::ReaderFocus focus;
        focus.listPaperId = [&listed] { return listed; };
        focus.shownPaperId = [&shown] { return shown; };
        library.context.setFocus(focus);

        library.controller.paperSelected();
        QTest::qWait(ui::LibraryController::readDelayMs / 2);
        QVERIFY(!library.controller.readIds().contains(first));
        QTRY_VERIFY_WITH_TIMEOUT(library.controller.readIds().contains(first),
                                 ui::LibraryController::readDelayMs * 3);

        listed = second; // selected, but the detail pane still shows the first paper
        library.controller.paperSelected();
        QTest::qWait(ui::LibraryController::readDelayMs + 500);
        QVERIFY(!library.controller.readIds().contains(second));
    }

    // Unread Only hides what was read when it was turned on or a day was shown, and no more:
    // the paper being read does not vanish under the reader.
    void unreadOnlyHidesWhatWasRead()
    {
        QTemporaryDir dir;
        Library library(dir.path());
        QSignalSpy hidden(&library.controller, &ui::LibraryController::hiddenChanged);
        library.controller.setRead({first}, true);
        library.controller.dayShown();
        QCOMPARE(hidden.size(), 0); // off

        library.actions.unreadOnly->setChecked(true);
        QCOMPARE(hidden.size(), 1);
        QCOMPARE(hidden.constLast().constFirst().value<QSet<QString>>(), QSet<QString>{first});
        library.controller.setRead({second}, true);
        QCOMPARE(hidden.size(), 1);
        library.controller.dayShown();
        QCOMPARE(hidden.constLast().constFirst().value<QSet<QString>>(),
                 (QSet<QString>{first, second}));

        library.actions.unreadOnly->setChecked(false);
        QCOMPARE(hidden.constLast().constFirst().value<QSet<QString>>(), QSet<QString>{});
    }

    // A toggle with no paper on screen (a star clicked as the list empties) says so, leaves
    // the stars alone, and the Bookmark command waits for a paper.
    void toggleWithoutPaperIsRefused()
    {
        QTemporaryDir dir;
        Library library(dir.path());
        QSignalSpy status(&library.context, &ui::FeatureContext::statusShown);
        library.controller.toggleBookmark(QString());
        QCOMPARE(status.size(), 1);
        QVERIFY(library.controller.bookmarks().isEmpty());
        QVERIFY(!library.actions.toggleBookmark->isChecked());
        QVERIFY(!library.actions.toggleBookmark->isEnabled());
    }

    // A removed bookmark comes back as the file kept it, by Ctrl+Z.
    void removalIsUndone()
    {
        QTemporaryDir dir;
        {
            Library library(dir.path());
            QSignalSpy saved(&library.controller, &ui::LibraryController::bookmarkSaved);
            library.controller.toggleBookmark(first);
            QTRY_COMPARE(saved.size(), 1);
            QVERIFY(!library.actions.undoRemoveBookmark->isEnabled());
            library.controller.toggleBookmark(first);
            QTRY_VERIFY(library.actions.undoRemoveBookmark->isEnabled());
            QVERIFY(library.controller.bookmarks().isEmpty());
            library.actions.undoRemoveBookmark->trigger();
            QCOMPARE(library.controller.bookmarks(), QSet<QString>{first});
            QVERIFY(!library.actions.undoRemoveBookmark->isEnabled());
        } // the thread writes what was queued before it closes the file
        QCOMPARE(userFile(dir.path())->bookmarks(), QSet<QString>{first});
    }
};

PAPERBOY_UI_TEST_MAIN(TestLibraryController)
#include "TestLibraryController.moc"
