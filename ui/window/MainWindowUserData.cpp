// The window's side of the user's own data: the bookmark toggle (list star, Ctrl+D, the
// toolbar's checkable Bookmark), the navigator's Bookmarks tab, Copy BibTeX and the calendar's
// unread counts. Writes go to
// the user-data thread; the star changes at once and is put back if the write fails.
#include "export/BibTex.h"
#include "store/CacheReader.h"
#include "ui/days/DateNavigator.h"
#include "ui/days/UnreadCounter.h"
#include "ui/detail/DetailView.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/UserDataThread.h"
#include "ui/list/PaperFilterProxy.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/window/Actions.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace paperboy::ui {
namespace {

constexpr int statusMessageMs = 8000;
// The Undo button stays a while longer than the message; Ctrl+Z works until the next removal.
constexpr int undoOfferMs = 15000;

} // namespace

void MainWindow::connectUserData()
{
    m_user = std::make_unique<UserDataThread>(m_paths);
    m_unreadCounter = std::make_unique<UnreadCounter>(m_paths);
    connect(m_unreadCounter.get(), &UnreadCounter::counted, m_navigator,
            &DateNavigator::setUnreadCounts);
    // Marks come in runs (a day marked read, papers read in a row): one count per run.
    m_unreadTimer.setSingleShot(true);
    m_unreadTimer.setInterval(300);
    connect(&m_unreadTimer, &QTimer::timeout, this, [this] {
        if (m_userDataOpened)
            m_unreadCounter->count(m_readIds);
    });
    connect(m_user.get(), &UserDataThread::opened, this,
            [this](const QSet<QString>& bookmarks, const QSet<QString>& readIds,
                   const QString& notice) {
                m_readIds = readIds;
                for (auto it = m_readBeforeOpen.cbegin(); it != m_readBeforeOpen.cend(); ++it) {
                    if (it.value())
                        m_readIds.insert(it.key());
                    else
                        m_readIds.remove(it.key());
                }
                m_readBeforeOpen.clear();
                m_list->setReadIds(m_readIds);
                m_bookmarks = bookmarks;
                // Toggles made before the file was open are queued behind the opening: they
                // are not in `bookmarks` yet but will be.
                for (auto it = m_toggledBeforeOpen.cbegin(); it != m_toggledBeforeOpen.cend();
                     ++it) {
                    if (it.value())
                        m_bookmarks.insert(it.key());
                    else
                        m_bookmarks.remove(it.key());
                }
                m_toggledBeforeOpen.clear();
                m_userDataOpened = true;
                m_unreadTimer.start();
                bookmarksChanged();
                if (notice.isEmpty())
                    return;
                // Not modal: the reader is told, and can read on at once.
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Your data was restored"),
                                            notice, QMessageBox::Ok, this);
                box->setTextFormat(Qt::PlainText);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setModal(false);
                box->show();
            });
    connect(m_user.get(), &UserDataThread::openFailed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Your bookmarks cannot be opened: %1").arg(error));
    });
    connect(m_user.get(), &UserDataThread::bookmarkWritten, this,
            [this](const QString& id, bool on, bool ok, const QString& error) {
                if (!ok) {
                    // Put the star back as the file has it.
                    if (on)
                        m_bookmarks.remove(id);
                    else
                        m_bookmarks.insert(id);
                    bookmarksChanged();
                    statusBar()->showMessage(tr("The bookmark was not saved: %1").arg(error),
                                             statusMessageMs);
                }
                if (m_bookmarksPane->isVisible())
                    m_user->loadBookmarks();
                emit bookmarkSaved(id, on, ok);
            });
    connect(m_user.get(), &UserDataThread::bookmarksLoaded, m_bookmarksPane,
            &BookmarksPane::setBookmarks);
    connect(m_bookmarksPane, &BookmarksPane::refreshWanted, m_user.get(),
            &UserDataThread::loadBookmarks);
    connect(m_bookmarksPane, &BookmarksPane::bookmarkChosen, this, &MainWindow::showBookmark);
    connect(m_list, &PaperListPane::bookmarkClicked, this, &MainWindow::toggleBookmark);
    connect(m_list, &PaperListPane::currentPaperChanged, this, &MainWindow::updateBookmarkAction);
    connect(m_actions->toggleBookmark, &QAction::triggered, this,
            [this] { toggleBookmark(paperOnScreen()); });
    connect(m_detail, &DetailView::shownPaperChanged, this, &MainWindow::updateBookmarkAction);
    connect(m_user.get(), &UserDataThread::bookmarkRemoved, this, &MainWindow::offerUndo);
    connect(m_actions->undoRemoveBookmark, &QAction::triggered, this,
            &MainWindow::undoBookmarkRemoval);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoBookmarkButton"));
    m_undoButton->setAutoRaise(true);
    m_undoButton->setText(tr("Undo"));
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &MainWindow::undoBookmarkRemoval);
    statusBar()->addPermanentWidget(m_undoButton);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(undoOfferMs);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] { m_undoButton->hide(); });
    connect(m_actions->showBookmarks, &QAction::triggered, this, [this] {
        m_navigatorTabs->setCurrentWidget(m_bookmarksPane);
        m_bookmarksPane->filterEdit()->setFocus();
    });
    connect(m_actions->copyBibTex, &QAction::triggered, this, &MainWindow::copyBibTex);
    connect(m_actions->showInDay, &QAction::triggered, this, &MainWindow::showInItsDay);
    connect(m_actions->exportPapers, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_bookmarksPane, &BookmarksPane::dayWanted, this, [this](const store::Bookmark& b) {
        showBookmark(b);
        showInItsDay();
    });
    connect(m_actions->toggleRead, &QAction::triggered, this, [this] {
        const QString id = paperOnScreen();
        if (!id.isEmpty())
            setRead({id}, !m_readIds.contains(id));
    });
    connect(m_actions->markDayRead, &QAction::triggered, this,
            [this] { setRead(m_list->dayPaperIds(), true); });
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(readDelayMs);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        const QString id = currentPaperId();
        if (!id.isEmpty() && id == m_detail->shownPaperId() && !m_readIds.contains(id))
            setRead({id}, true);
    });
    connect(m_list, &PaperListPane::currentPaperChanged, this, &MainWindow::startReadTimer);
    const auto applyUnreadOnly = [this] {
        m_list->proxy()->setHiddenIds(m_actions->unreadOnly->isChecked() ? m_readIds
                                                                         : QSet<QString>());
    };
    connect(m_actions->unreadOnly, &QAction::toggled, this, applyUnreadOnly);
    connect(this, &MainWindow::dayShown, this, [this, applyUnreadOnly] {
        if (m_actions->unreadOnly->isChecked())
            applyUnreadOnly();
    });
}

void MainWindow::toggleBookmark(const QString& paperId)
{
    if (paperId.isEmpty()) {
        statusBar()->showMessage(tr("Select a paper first."), statusMessageMs);
        updateBookmarkAction();
        return;
    }
    const bool on = !m_bookmarks.contains(paperId);
    if (on)
        m_bookmarks.insert(paperId);
    else
        m_bookmarks.remove(paperId);
    if (!m_userDataOpened)
        m_toggledBeforeOpen.insert(paperId, on);
    bookmarksChanged();
    m_user->setBookmarked(paperId, on);
}

void MainWindow::offerUndo(const store::Bookmark& removed)
{
    m_removedBookmark = removed;
    m_actions->undoRemoveBookmark->setEnabled(true);
    const QString name = removed.title.isEmpty() ? removed.id : removed.title.simplified();
    statusBar()->showMessage(tr("Removed the bookmark on %1. %2 puts it back.")
                                 .arg(name, m_actions->undoRemoveBookmark->shortcut().toString(
                                                QKeySequence::NativeText)),
                             undoOfferMs);
    m_undoButton->show();
    m_undoTimer.start();
}

void MainWindow::undoBookmarkRemoval()
{
    if (!m_removedBookmark)
        return;
    const store::Bookmark bookmark = *std::exchange(m_removedBookmark, std::nullopt);
    m_actions->undoRemoveBookmark->setEnabled(false);
    m_undoTimer.stop();
    m_undoButton->hide();
    m_bookmarks.insert(bookmark.id);
    if (!m_userDataOpened)
        m_toggledBeforeOpen.insert(bookmark.id, true);
    bookmarksChanged();
    m_user->restoreBookmark(bookmark);
    const QString name = bookmark.title.isEmpty() ? bookmark.id : bookmark.title.simplified();
    statusBar()->showMessage(tr("The bookmark on %1 is back.").arg(name), statusMessageMs);
}

void MainWindow::startReadTimer()
{
    // Restarted by every move: only a paper the reader stays on becomes read.
    m_readTimer.start();
}

void MainWindow::setRead(const QStringList& paperIds, bool read)
{
    for (const QString& id : paperIds) {
        if (read)
            m_readIds.insert(id);
        else
            m_readIds.remove(id);
        if (!m_userDataOpened)
            m_readBeforeOpen.insert(id, read);
    }
    m_list->setReadIds(m_readIds);
    m_user->setRead(paperIds, read);
    m_unreadTimer.start();
}

void MainWindow::bookmarksChanged()
{
    m_list->setBookmarks(m_bookmarks);
    updateBookmarkAction();
    m_pinned->replace(m_bookmarks);
}

void MainWindow::updateBookmarkAction()
{
    const QString id = paperOnScreen();
    const QSignalBlocker blocker(m_actions->toggleBookmark);
    m_actions->toggleBookmark->setEnabled(!id.isEmpty());
    m_actions->toggleBookmark->setChecked(!id.isEmpty() && m_bookmarks.contains(id));
}

void MainWindow::showBookmark(const store::Bookmark& bookmark)
{
    // The cache knows more (sections, summary); the bookmark alone is enough without it.
    store::CacheReader* cache = reader();
    const std::optional<core::Paper> cached = cache ? cache->paper(bookmark.id) : std::nullopt;
    m_detail->showPaper(cached ? *cached : bookmark.toPaper());
    m_detailPaperId = bookmark.id;
    updateBookmarkAction();
}

void MainWindow::showInItsDay()
{
    // The paper the Bookmarks tab or the search put in the detail pane; the day list's own
    // paper is in its day already.
    QString id;
    if (isSearching())
        id = m_searchPane->currentPaperId();
    else if (m_bookmarksPane->isVisible())
        id = m_detailPaperId;
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Choose a bookmark or a search result first."),
                                 statusMessageMs);
        return;
    }
    showPaperInItsDay(id);
}

void MainWindow::showPaperInItsDay(const QString& id)
{
    store::CacheReader* cache = reader();
    const std::optional<core::Paper> cached = cache ? cache->paper(id) : std::nullopt;
    QDate day = cached ? cached->date : QDate();
    if (!day.isValid()) {
        const QList<store::Bookmark> kept = m_bookmarksPane->bookmarks();
        for (const store::Bookmark& bookmark : kept) {
            if (bookmark.id == id)
                day = bookmark.date;
        }
    }
    if (!day.isValid()) {
        statusBar()->showMessage(tr("The day of %1 is not known.").arg(id), statusMessageMs);
        return;
    }
    closeSearch();
    m_navigatorTabs->setCurrentWidget(m_navigator);
    showDayKeepingPaper(day, id);
    m_list->view()->setFocus(Qt::OtherFocusReason);
    if (!m_days.contains(day))
        statusBar()->showMessage(
            tr("%1 is not cached: sync or import that day to read it in its list.")
                .arg(QLocale().toString(day, QLocale::LongFormat)),
            statusMessageMs);
}

void MainWindow::copyBibTex()
{
    const QString id = paperOnScreen();
    store::CacheReader* cache = id.isEmpty() ? nullptr : reader();
    std::optional<core::Paper> paper = cache ? cache->paper(id) : std::nullopt;
    if (!paper) {
        statusBar()->showMessage(tr("Select a paper first."), statusMessageMs);
        return;
    }
    QGuiApplication::clipboard()->setText(
        exporting::bibTexEntry(exporting::ExportEntry::fromPaper(*paper)));
    statusBar()->showMessage(tr("Copied the BibTeX of %1").arg(id), statusMessageMs);
}

} // namespace paperboy::ui
