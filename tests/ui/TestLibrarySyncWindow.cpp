// Two reader windows on two data dirs that share one library folder (issue 34): what one window
// changes reaches the other window's user file within seconds, through the folder alone, and
// each window's status line and Settings > Library page say how it stands.
#include "UiTestSupport.h"

#include "libsync/LibrarySync.h"
#include "store/user/UserStore.h"
#include "ui/common/LibrarySyncThread.h"
#include "ui/common/UserDataThread.h"
#include "ui/library/LibrarySyncController.h"
#include "ui/settings/LibraryPage.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

const QString first = QStringLiteral("2403.01001");
const QString second = QStringLiteral("2403.01002");

void joinFolder(const QString& dataDir, const QString& folder, const QString& name)
{
    QString error;
    auto sync = libsync::LibrarySync::open(store::DataPaths::resolve(dataDir), &error);
    QVERIFY2(sync, qPrintable(error));
    QVERIFY2(sync->setDeviceName(name, &error) && sync->setFolder(folder, &error),
             qPrintable(error));
}

std::unique_ptr<store::UserStore> userStoreOf(const QString& dataDir)
{
    QString error;
    return store::UserStore::open(store::DataPaths::resolve(dataDir), &error);
}

QString statusLine(const ui::MainWindow& window)
{
    const auto* label = window.findChild<QLabel*>(QStringLiteral("librarySyncStatus"));
    return label ? label->text() : QString();
}

} // namespace

class TestLibrarySyncWindow final : public QObject
{
    Q_OBJECT

private slots:
    void twoWindowsConverge();
    void statusTexts();
};

void TestLibrarySyncWindow::twoWindowsConverge()
{
    uitest::forgetWindowState();
    QTemporaryDir laptop, desktop, folder;
    QVERIFY(uitest::importFixtures(laptop.path()).isEmpty());
    QVERIFY(uitest::importFixtures(desktop.path()).isEmpty());
    joinFolder(laptop.path(), folder.path(), QStringLiteral("laptop"));
    joinFolder(desktop.path(), folder.path(), QStringLiteral("desktop"));

    auto one = uitest::openWindow(laptop.path());
    auto two = uitest::openWindow(desktop.path());
    QTRY_VERIFY_WITH_TIMEOUT(statusLine(*one).contains(QStringLiteral("Library in step")), 15000);

    // The laptop's window bookmarks and reads; the desktop's window changes a note.
    one->userData().setBookmarked(first, true);
    one->userData().setRead({second}, true);
    two->userData().setNote(first, QStringLiteral("seen on the desktop"));
    const auto desktopFile = userStoreOf(desktop.path());
    const auto laptopFile = userStoreOf(laptop.path());
    QTRY_VERIFY_WITH_TIMEOUT(desktopFile->isBookmarked(first) && desktopFile->isRead(second),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(laptopFile->note(first).value_or(QString()),
                              QStringLiteral("seen on the desktop"), 20000);
    QCOMPARE(desktopFile->bookmark(first)->title.isEmpty(), false); // kept metadata came along
    QTRY_VERIFY_WITH_TIMEOUT(statusLine(*two).contains(QStringLiteral("2 machines")), 20000);

    // The Library page shows the folder and this machine's name.
    ui::LibrarySyncThread thread(store::DataPaths::resolve(desktop.path()));
    ui::LibraryPage page(thread);
    const auto* folderLine = page.findChild<QLineEdit*>(QStringLiteral("libraryFolder"));
    const auto* nameLine = page.findChild<QLineEdit*>(QStringLiteral("libraryDeviceName"));
    QVERIFY(folderLine && nameLine);
    QTRY_COMPARE_WITH_TIMEOUT(nameLine->text(), QStringLiteral("desktop"), 10000);
    QVERIFY(!folderLine->text().isEmpty());
}

void TestLibrarySyncWindow::statusTexts()
{
    ui::LibrarySyncStatus status;
    QVERIFY(ui::LibrarySyncController::statusText(status).isEmpty()); // off: nothing shown
    status.folder = QStringLiteral("/media/share");
    status.pending = 3;
    QCOMPARE(ui::LibrarySyncController::statusText(status),
             QStringLiteral("Library folder not there · 3 changes wait"));
    status.reachable = true;
    status.machines = 2;
    status.lastInStep = QDateTime::currentDateTimeUtc();
    QVERIFY(ui::LibrarySyncController::statusText(status).endsWith(QStringLiteral("· 2 machines")));
}

PAPERBOY_UI_TEST_MAIN(TestLibrarySyncWindow)
#include "TestLibrarySyncWindow.moc"
