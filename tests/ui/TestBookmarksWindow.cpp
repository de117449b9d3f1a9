// Bookmarks in the real window: Ctrl+D and the list's star toggle and save through the
// user-data thread, the Bookmarks tab lists every bookmark (with no cache at all), filters
// and opens one in the detail pane, Copy BibTeX, and a damaged user file is restored with a
// message that names the backup.
#include "UiTestSupport.h"
#include "store/user/UserBackups.h"
#include "store/user/UserStore.h"
#include "ui/common/Actions.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/days/DateNavigator.h"
#include "ui/export/ExportDialog.h"
#include "ui/library/BookmarksPane.h"
#include "ui/list/PaperDelegate.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchResultsModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

using namespace paperboy;
using namespace paperboy::uitest;

class TestBookmarksWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ctrlDTogglesAndSaves();
    void clickingTheStarToggles();
    void bookmarkedThumbnailsArePinned();
    void bookmarksTabWorksWithoutCache();
    void bookmarkShowsItsDay();
    void ctrlDActsOnThePaperOnScreen();
    void removalSaysSoAndCanBeUndone();
    void copiesBibTex();
    void exportsFromTheWindow();
    void exportKeepsTheDayTheDialogOffered();
    void markdownExportCarriesHighlights();
    void readAfterShownOrToggled();
    void calendarCountsUnread();
    void damagedUserFileIsRestoredWithAMessage();

private:
    std::unique_ptr<store::UserStore> userStore();
    QModelIndex currentIndex(ui::MainWindow& window);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBookmarksWindow::init()
{
    forgetWindowState();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(importFixtures(m_dir->path()), QStringList());
}

std::unique_ptr<store::UserStore> TestBookmarksWindow::userStore()
{
    QString error;
    auto store = store::UserStore::open(store::DataPaths::inDirectory(m_dir->path()), &error);
    if (!store)
        qWarning("cannot open the user store: %s", qPrintable(error));
    return store;
}

QModelIndex TestBookmarksWindow::currentIndex(ui::MainWindow& window)
{
    return window.paperList()->view()->currentIndex();
}

void TestBookmarksWindow::ctrlDTogglesAndSaves()
{
    QString id;
    {
        auto window = openWindow(m_dir->path());
        QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
        QTRY_VERIFY(!window->currentPaperId().isEmpty());
        id = window->currentPaperId();
        QVERIFY(!currentIndex(*window).data(ui::PaperListModel::BookmarkedRole).toBool());
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        // The star is there at once, before the write has even started.
        QVERIFY(currentIndex(*window).data(ui::PaperListModel::BookmarkedRole).toBool());
        QVERIFY(window->actions().toggleBookmark->isChecked());
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), id);
        QVERIFY(saved.at(0).at(2).toBool());
        // Toggled twice: off again, and back on so that the file has it at the end.
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!currentIndex(*window).data(ui::PaperListModel::BookmarkedRole).toBool());
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    } // closing the window finishes the queued writes
    const auto kept = userStore()->bookmark(id);
    QVERIFY(kept);
    QVERIFY2(!kept->title.isEmpty(), "the bookmark keeps its paper's title");
    QVERIFY(kept->date.isValid());
}

void TestBookmarksWindow::bookmarkedThumbnailsArePinned()
{
    QString id;
    {
        auto window = openWindow(m_dir->path());
        QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
        QTRY_VERIFY(!window->currentPaperId().isEmpty());
        id = window->currentPaperId();
        QVERIFY(!window->pinnedThumbnailIds().contains(id));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(window->pinnedThumbnailIds().contains(id));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!window->pinnedThumbnailIds().contains(id));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(saved.size(), 3);
    }
    // A later start pins the saved bookmarks before any thumbnail is asked for.
    auto window = openWindow(m_dir->path());
    QCOMPARE(window->pinnedThumbnailIds(), QSet<QString>{id});
}

void TestBookmarksWindow::clickingTheStarToggles()
{
    auto window = openWindow(m_dir->path());
    QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    const QModelIndex second = view->model()->index(1, 0);
    const QString id = second.data(ui::PaperListModel::IdRole).toString();
    auto* delegate = qobject_cast<ui::PaperDelegate*>(view->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(second);
    option.font = view->font();
    const QPoint star = delegate->starRect(option).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, star);
    QVERIFY(second.data(ui::PaperListModel::BookmarkedRole).toBool());
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(window->bookmarkedIds().contains(id));
    // A click elsewhere in the row only selects it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    QVERIFY(!view->model()->index(0, 0).data(ui::PaperListModel::BookmarkedRole).toBool());
    QTest::qWait(50);
    QCOMPARE(saved.size(), 1);
    QVERIFY(userStore()->isBookmarked(id));
}

void TestBookmarksWindow::bookmarksTabWorksWithoutCache()
{
    {
        auto window = openWindow(m_dir->path());
        QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
        QListView* view = window->paperList()->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);
        for (int row : {0, 1}) {
            view->setCurrentIndex(view->model()->index(row, 0));
            QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
            QTRY_COMPARE(saved.size(), row == 0 ? 1 : 2);
            QTest::qWait(3); // two bookmarks never share a millisecond
        }
    }
    const QList<store::Bookmark> kept = userStore()->bookmarkList();
    QCOMPARE(kept.size(), 2);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_dir->filePath(QStringLiteral("cache.sqlite") + suffix));

    auto window = openWindow(m_dir->path());
    window->actions().showBookmarks->trigger();
    ui::BookmarksPane* pane = window->bookmarksPane();
    QTRY_VERIFY(pane->isVisible());
    QTRY_COMPARE(pane->visibleCount(), 2);
    QListView* list = pane->view();
    // Newest first, shown as plain text.
    QVERIFY(list->model()->index(0, 0).data().toString().startsWith(kept.at(0).title.simplified()));
    QTest::keyClicks(pane->filterEdit(), kept.at(1).title.left(12));
    QTRY_COMPARE(pane->visibleCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(detailText(*window).contains(kept.at(1).title.simplified()));
    // Ctrl+D in the tab acts on the paper shown: removed, and gone from the list.
    QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 1);
    QTRY_COMPARE(pane->visibleCount(), 0);
    QVERIFY(!userStore()->isBookmarked(kept.at(1).id));
}

void TestBookmarksWindow::bookmarkShowsItsDay()
{
    auto window = openWindow(m_dir->path());
    QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    const QDate first = window->currentDay();
    QDate other;
    for (const QDate cached : window->cachedDays().sorted()) {
        if (cached != first && window->cachedDays().paperCount(cached) > 1)
            other = cached;
    }
    QVERIFY(other.isValid());
    window->showDay(other);
    QTRY_VERIFY(view->model()->rowCount() > 1);
    view->setCurrentIndex(view->model()->index(1, 0));
    const QString id = window->currentPaperId();
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 1);
    window->showDay(first);
    QCOMPARE(window->currentDay(), first);

    // Enter on the bookmark: its day in the list, the paper selected, the Days tab in front.
    window->actions().showBookmarks->trigger();
    ui::BookmarksPane* pane = window->bookmarksPane();
    QTRY_COMPARE(pane->visibleCount(), 1);
    pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0));
    QTest::keyClick(pane->view(), Qt::Key_Return);
    QCOMPARE(window->currentDay(), other);
    QCOMPARE(window->currentPaperId(), id);
    QCOMPARE(window->navigatorTabs()->currentWidget(), window->dateNavigator());
    QTRY_VERIFY(detailText(*window).contains(id) || !detailText(*window).isEmpty());

    // Ctrl+Return does the same for the paper the tab shows.
    window->showDay(first);
    window->actions().showBookmarks->trigger();
    QTRY_VERIFY(pane->isVisible());
    pane->view()->setCurrentIndex(QModelIndex());
    pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0));
    window->actions().showInDay->trigger();
    QCOMPARE(window->currentDay(), other);
    QCOMPARE(window->currentPaperId(), id);
}

// A bookmark chosen in the Bookmarks tab, then another paper found by the search: Ctrl+D acts on
// the paper the detail pane shows (the search's), and the Bookmark button shows that paper's
// state, never the tab's bookmark.
void TestBookmarksWindow::ctrlDActsOnThePaperOnScreen()
{
    auto window = openWindow(m_dir->path());
    QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    const QString bookmarked = window->currentPaperId();
    const QString other = view->model()->index(1, 0).data(ui::PaperListModel::IdRole).toString();
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 1);

    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    ui::BookmarksPane* pane = window->bookmarksPane();
    QTRY_COMPARE(pane->visibleCount(), 1);
    QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {},
                      pane->view()->visualRect(pane->view()->model()->index(0, 0)).center());
    QTRY_COMPARE(window->detailView()->shownPaperId(), bookmarked);
    QVERIFY(window->actions().toggleBookmark->isChecked());

    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    ui::SearchPane* search = window->searchPane();
    QVERIFY(search);
    QTRY_VERIFY(search->field()->hasFocus());
    QTest::keyClicks(search->field(), other);
    QTRY_VERIFY(search->model()->rowCount() >= 1);
    QTest::keyClick(search->field(), Qt::Key_Down);
    QTRY_COMPARE(window->detailView()->shownPaperId(), other);
    QVERIFY2(!window->actions().toggleBookmark->isChecked(),
             "the Bookmark button shows the state of the paper on screen");

    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(saved.last().at(0).toString(), other);
    QVERIFY(saved.last().at(1).toBool());
    QVERIFY(window->actions().toggleBookmark->isChecked());
    QCOMPARE(window->bookmarkedIds(), (QSet<QString>{bookmarked, other}));
    QVERIFY(userStore()->isBookmarked(bookmarked));
    QVERIFY(userStore()->isBookmarked(other));
}

// A bookmark keeps the reader's metadata and time: its removal says so, and Ctrl+Z (or the
// status bar's Undo) puts it back exactly as it was.
void TestBookmarksWindow::removalSaysSoAndCanBeUndone()
{
    auto window = openWindow(m_dir->path());
    QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    const QString id = window->currentPaperId();
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 1);
    const std::optional<store::Bookmark> before = userStore()->bookmark(id);
    QVERIFY(before && before->bookmarkedAt.isValid());
    QTest::qWait(5); // a restored bookmark that got a new time would show it

    window->paperList()->view()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 2);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Removed")));
    auto* undo = window->statusBar()->findChild<QToolButton*>(QStringLiteral("undoBookmarkButton"));
    QVERIFY(undo && undo->isVisible());
    QVERIFY(!userStore()->isBookmarked(id));

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window->bookmarkedIds().contains(id));
    QVERIFY(window->actions().toggleBookmark->isChecked());
    QTRY_COMPARE(saved.size(), 3);
    QVERIFY(saved.last().at(2).toBool());
    const std::optional<store::Bookmark> after = userStore()->bookmark(id);
    QVERIFY(after);
    QCOMPARE(after->bookmarkedAt, before->bookmarkedAt);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->authors, before->authors);
    QCOMPARE(after->date, before->date);
    QVERIFY(!undo->isVisible());
    QVERIFY(!window->actions().undoRemoveBookmark->isEnabled());
}

void TestBookmarksWindow::exportsFromTheWindow()
{
    auto window = openWindow(m_dir->path());
    QSignalSpy saved(window.get(), &ui::MainWindow::bookmarkSaved);
    QSignalSpy exported(window.get(), &ui::MainWindow::exported);
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    const int dayPapers = view->model()->rowCount();
    const QString id = window->currentPaperId();
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 1);

    // Chooses a scope and a format, then a file; the file is written whole.
    const auto exportVia = [&](const char* scope, const QString& format, const QString& path) {
        // The offscreen platform gives the activation back to no one when a dialog closes.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        ui::ExportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::ExportDialog*>()) != nullptr);
        QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("exportSearchResults"))
                     ->isEnabled()); // no search open
        dialog->findChild<QRadioButton*>(QLatin1String(scope))->setChecked(true);
        auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        formats->setCurrentIndex(formats->findData(format));
        dialog->accept();
        QFileDialog* files = nullptr;
        QTRY_VERIFY((files = window->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))) !=
                    nullptr);
        files->selectFile(path);
        const int before = int(exported.size());
        static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as the Save button
        QTRY_COMPARE(int(exported.size()), before + 1);
        QCOMPARE(exported.last().at(0).toString(), path);
    };
    const QString ris = m_dir->filePath(QStringLiteral("day.ris"));
    exportVia("exportDay", QStringLiteral("ris"), ris);
    QFile risFile(ris);
    QVERIFY(risFile.open(QIODevice::ReadOnly));
    QCOMPARE(risFile.readAll().count("TY  - UNPB"), dayPapers);
    QCOMPARE(exported.last().at(1).toInt(), dayPapers);

    const QString bib = m_dir->filePath(QStringLiteral("bookmarks.bib"));
    exportVia("exportBookmarks", QStringLiteral("bibtex"), bib);
    QFile bibFile(bib);
    QVERIFY(bibFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = bibFile.readAll();
    const QByteArray head = QByteArray("@misc{arXiv:") + id.toUtf8() + ',';
    QVERIFY2(bytes.startsWith(head), bytes.constData());
    QCOMPARE(bytes.count("@misc{"), 1);
}

// The window may move to another day while the file dialog is open (a sync or an import that
// follows the newest day): the day the dialog offered is the one written, in a file with the
// format's extension even when the name was typed without one.
void TestBookmarksWindow::exportKeepsTheDayTheDialogOffered()
{
    auto window = openWindow(m_dir->path());
    QSignalSpy exported(window.get(), &ui::MainWindow::exported);
    const QDate offered(2024, 3, 5);
    window->showDay(offered);
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(view->model()->rowCount() > 1);
    QStringList offeredIds;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        offeredIds.append(view->model()->index(row, 0).data(ui::PaperListModel::IdRole).toString());

    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    ui::ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ui::ExportDialog*>()) != nullptr);
    dialog->findChild<QRadioButton*>(QStringLiteral("exportDay"))->setChecked(true);
    auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
    formats->setCurrentIndex(formats->findData(QStringLiteral("ris")));
    dialog->accept();
    QFileDialog* files = nullptr;
    QTRY_VERIFY((files = window->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))) !=
                nullptr);
    window->showDay(QDate(2024, 3, 7));
    QCOMPARE(window->currentDay(), QDate(2024, 3, 7));
    // A name typed without an extension gets the format's.
    const QString path = m_dir->filePath(QStringLiteral("offered.ris"));
    files->selectFile(m_dir->filePath(QStringLiteral("offered")));
    static_cast<QDialog*>(files)->accept();
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.last().at(0).toString(), path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList writtenIds;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("ID  - arXiv:"))
            writtenIds.append(QString::fromUtf8(line.mid(12).trimmed()));
    }
    QCOMPARE(writtenIds, offeredIds);
}

// File → Export… as Markdown lists the reader's highlights under their paper, as the CLI's
// `export --format markdown` does (issue 35).
void TestBookmarksWindow::markdownExportCarriesHighlights()
{
    const QDate day(2024, 3, 5);
    QString highlighted;
    {
        auto window = openWindow(m_dir->path());
        window->showDay(day);
        QListView* view = window->paperList()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        highlighted = view->model()->index(0, 0).data(ui::PaperListModel::IdRole).toString();
    }
    {
        QString error;
        auto user = store::UserStore::open(store::DataPaths::inDirectory(m_dir->path()), &error);
        QVERIFY2(user, qPrintable(error));
        store::Highlight highlight;
        highlight.paperId = highlighted;
        highlight.page = 3;
        highlight.text = QStringLiteral("the <b>key</b> result");
        highlight.comment = QStringLiteral("check the baseline");
        QVERIFY2(user->saveHighlight(highlight, &error), qPrintable(error));
    }
    auto window = openWindow(m_dir->path());
    QSignalSpy exported(window.get(), &ui::MainWindow::exported);
    window->showDay(day);
    QTRY_VERIFY(window->paperList()->view()->model()->rowCount() > 0);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    ui::ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ui::ExportDialog*>()) != nullptr);
    dialog->findChild<QRadioButton*>(QStringLiteral("exportDay"))->setChecked(true);
    auto* formats = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
    formats->setCurrentIndex(formats->findText(QStringLiteral("Markdown"), Qt::MatchStartsWith));
    QVERIFY(formats->currentIndex() >= 0);
    dialog->accept();
    QFileDialog* files = nullptr;
    QTRY_VERIFY((files = window->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))) !=
                nullptr);
    // Typed, as a reader types it (selectFile() races the dialog's directory model).
    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(m_dir->filePath(QStringLiteral("day.md")));
    static_cast<QDialog*>(files)->accept();
    QTRY_COMPARE(exported.size(), 1);
    QFile file(exported.last().at(0).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    // Markup in a highlight is the reader's text, escaped like every other text of the file.
    QVERIFY2(markdown.contains(QStringLiteral("  - p. 3: “the \\<b\\>key\\</b\\> result” — "
                                              "check the baseline")),
             qPrintable(markdown.left(800)));
    QVERIFY(markdown.contains(QStringLiteral("p. 3")));
}

void TestBookmarksWindow::copiesBibTex()
{
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(!window->currentPaperId().isEmpty());
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("@misc{arXiv:") + window->currentPaperId()),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("archivePrefix = {arXiv}")));
}

void TestBookmarksWindow::readAfterShownOrToggled()
{
    {
        auto window = openWindow(m_dir->path());
        QListView* view = window->paperList()->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);
        // Once the user file is open every row knows it is unread (the dot).
        QTRY_VERIFY(currentIndex(*window).data(ui::PaperListModel::ReadRole).isValid());
        const QString first = window->currentPaperId();
        QVERIFY(!currentIndex(*window).data(ui::PaperListModel::ReadRole).toBool());
        // Shown for about two seconds: read.
        QTRY_VERIFY_WITH_TIMEOUT(window->readIds().contains(first),
                                 ui::MainWindow::readDelayMs + 3000);
        QVERIFY(currentIndex(*window).data(ui::PaperListModel::ReadRole).toBool());
        // M toggles it back to unread, and a paper passed over quickly stays unread.
        QTest::keyClick(window.get(), Qt::Key_M);
        QVERIFY(!window->readIds().contains(first));
        view->setCurrentIndex(view->model()->index(1, 0));
        const QString second = window->currentPaperId();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::qWait(ui::MainWindow::readDelayMs / 2);
        QVERIFY(!window->readIds().contains(second));
        // Mark Day as Read: every paper of the day.
        window->actions().markDayRead->trigger();
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()->index(row, 0).data(ui::PaperListModel::ReadRole).toBool());
        QTest::keyClick(window.get(), Qt::Key_M); // the first one unread again
        // Unread only: the read papers are hidden, the unread first one stays.
        window->actions().unreadOnly->trigger();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(ui::PaperListModel::IdRole).toString(), first);
        window->actions().unreadOnly->trigger();
        QVERIFY(view->model()->rowCount() > 1);
    }
    const auto store = userStore();
    const QSet<QString> read = store->readIds();
    QVERIFY(read.size() >= 1);
    auto window = openWindow(m_dir->path());
    QTRY_VERIFY(currentIndex(*window).data(ui::PaperListModel::ReadRole).isValid());
    QCOMPARE(window->readIds(), read);
}

void TestBookmarksWindow::calendarCountsUnread()
{
    auto window = openWindow(m_dir->path());
    QListView* view = window->paperList()->view();
    QTRY_VERIFY(currentIndex(*window).data(ui::PaperListModel::ReadRole).isValid());
    ui::CachedDaysCalendar* calendar = window->dateNavigator()->calendar();
    const QDate day = window->currentDay();
    const int papers = window->cachedDays().paperCount(day);
    QVERIFY(papers > 1);
    QCOMPARE(view->model()->rowCount(), papers);
    QCOMPARE(calendar->unreadCount(day), papers);
    QVERIFY(window->cachedDays().size() > 1);
    QDate other;
    for (const QDate cached : window->cachedDays().sorted()) {
        if (cached != day && window->cachedDays().paperCount(cached) > 0)
            other = cached;
    }
    QVERIFY(other.isValid());
    const int otherPapers = window->cachedDays().paperCount(other);

    // Mark Day as Read empties the day's count (after the count on the counter's thread), the
    // other day keeps all its papers, and the tooltip says so.
    window->actions().markDayRead->trigger();
    QTRY_COMPARE(calendar->unreadCount(day), 0);
    QCOMPARE(calendar->unreadCount(other), otherPapers);
    QVERIFY2(calendar->dateTextFormat(day).toolTip().contains(QStringLiteral("All read")),
             qPrintable(calendar->dateTextFormat(day).toolTip()));
    QVERIFY(calendar->dateTextFormat(other).toolTip().contains(
        QStringLiteral("%1 unread").arg(otherPapers)));
    QTest::keyClick(window.get(), Qt::Key_M); // the current paper unread again
    QTRY_COMPARE(calendar->unreadCount(day), 1);

    // The counts come from the user file at the next start too (at most 1: the paper shown
    // there may become read again while the test waits).
    window.reset();
    window = openWindow(m_dir->path());
    calendar = window->dateNavigator()->calendar();
    QTRY_VERIFY(calendar->unreadCount(day) <= 1);
    QCOMPARE(calendar->unreadCount(other), otherPapers);
}

void TestBookmarksWindow::damagedUserFileIsRestoredWithAMessage()
{
    const store::DataPaths paths = store::DataPaths::inDirectory(m_dir->path());
    {
        auto store = userStore();
        QString error;
        QVERIFY(store->setBookmarked(QStringLiteral("2403.01001"), true, &error));
        QVERIFY(store::UserBackups(paths.userFile).backUp(*store, &error));
    }
    QFile damaged(paths.userFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not a database any more");
    damaged.close();

    auto window = openWindow(m_dir->path());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>()) != nullptr);
    const QString taken = store::UserBackups(paths.userFile)
                              .list()
                              .constFirst()
                              .takenAt.toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(box->text().contains(taken), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QTRY_VERIFY(window->bookmarkedIds().contains(QStringLiteral("2403.01001")));
}

PAPERBOY_UI_TEST_MAIN(TestBookmarksWindow)
#include "TestBookmarksWindow.moc"
