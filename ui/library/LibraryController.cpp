#include "ui/library/LibraryController.h"

#include "export/BibTex.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserRecords.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/UnreadCounter.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QToolButton>

namespace paperboy::ui {
namespace {

// Marks come in runs (a day marked read, papers read in a row): one count per run.
constexpr int unreadCountDelayMs = 300;

void apply(QSet<QString>& ids, const QHash<QString, bool>& changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value())
            ids.insert(it.key());
        else
            ids.remove(it.key());
    }
}

} // namespace

LibraryController::LibraryController(FeatureContext& context, const Actions& actions,
                                     BookmarksPane* pane, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions), m_pane(pane),
      m_unreadCounter(std::make_unique<UnreadCounter>(context.paths()))
{
    UserDataThread& user = context.userData();
    connect(m_unreadCounter.get(), &UnreadCounter::counted, this,
            &LibraryController::unreadCounted);
    m_unreadTimer.setSingleShot(true);
    m_unreadTimer.setInterval(unreadCountDelayMs);
    connect(&m_unreadTimer, &QTimer::timeout, this, [this] {
        if (m_opened)
            m_unreadCounter->count(m_readIds);
    });
    connect(&user, &UserDataThread::opened, this, &LibraryController::onOpened);
    connect(&user, &UserDataThread::openFailed, this, [this](const QString& error) {
        m_context.showStatus(tr("Your bookmarks cannot be opened: %1").arg(error), 0);
    });
    connect(&user, &UserDataThread::bookmarkWritten, this, &LibraryController::onBookmarkWritten);
    connect(&user, &UserDataThread::bookmarkRemoved, this, &LibraryController::offerUndo);
    connect(actions.undoRemoveBookmark, &QAction::triggered, this, &LibraryController::undoRemoval);
    m_undoButton = new QToolButton(context.window());
    m_undoButton->setObjectName(QStringLiteral("undoBookmarkButton"));
    m_undoButton->setAutoRaise(true);
    m_undoButton->setText(tr("Undo"));
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &LibraryController::undoRemoval);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(undoOfferMs);
    connect(&m_undoTimer, &QTimer::timeout, m_undoButton, &QToolButton::hide);
    if (m_pane) {
        connect(&user, &UserDataThread::bookmarksLoaded, m_pane, &BookmarksPane::setBookmarks);
        connect(m_pane, &BookmarksPane::refreshWanted, &user, &UserDataThread::loadBookmarks);
        connect(m_pane, &BookmarksPane::bookmarkChosen, this, &LibraryController::choose);
        connect(m_pane, &BookmarksPane::dayWanted, this, [this](const store::Bookmark& b) {
            choose(b);
            emit dayWanted(b.id, b.date);
        });
    }
    connect(actions.toggleBookmark, &QAction::triggered, this,
            [this] { toggleBookmark(m_context.focus().commandPaperId()); });
    connect(actions.showBookmarks, &QAction::triggered, this, &LibraryController::paneWanted);
    connect(actions.copyBibTex, &QAction::triggered, this, &LibraryController::copyBibTex);
    connect(actions.toggleRead, &QAction::triggered, this, [this] {
        const QString id = m_context.focus().commandPaperId();
        if (!id.isEmpty())
            setRead({id}, !m_readIds.contains(id));
    });
    connect(actions.markDayRead, &QAction::triggered, this,
            [this] { setRead(m_context.focus().dayPaperIds(), true); });
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(readDelayMs);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        const QString id = m_context.focus().listPaperId();
        if (!id.isEmpty() && id == m_context.focus().shownPaperId() && !m_readIds.contains(id))
            setRead({id}, true);
    });
    connect(actions.unreadOnly, &QAction::toggled, this,
            [this](bool on) { emit hiddenChanged(on ? m_readIds : QSet<QString>()); });
}

// The button goes with its controller, placed in a window or not.
LibraryController::~LibraryController()
{
    delete m_undoButton;
}

QToolButton* LibraryController::undoButton() const
{
    return m_undoButton.data();
}

void LibraryController::startWith(const QSet<QString>& bookmarks)
{
    m_bookmarks = bookmarks;
    m_pinned->replace(m_bookmarks);
}

void LibraryController::open()
{
    m_context.userData().open();
}

void LibraryController::onOpened(const QSet<QString>& bookmarks, const QSet<QString>& readIds,
                                 const QString& notice)
{
    m_readIds = readIds;
    apply(m_readIds, std::exchange(m_readBeforeOpen, {}));
    emit readIdsChanged(m_readIds);
    m_bookmarks = bookmarks;
    // Toggles made before the file was open are queued behind the opening: they are not in
    // `bookmarks` yet but will be.
    apply(m_bookmarks, std::exchange(m_toggledBeforeOpen, {}));
    m_opened = true;
    // The first count at once, not after the delay meant for runs of marks: it then arrives
    // with the start-up's other work (the calendar is built after the first frame too) instead
    // of waking the idle window a moment later to count and paint the calendar again.
    m_unreadCounter->count(m_readIds);
    changed();
    if (notice.isEmpty())
        return;
    // Not modal: the reader is told, and can read on at once.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Your data was restored"), notice,
                                QMessageBox::Ok, m_context.window());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void LibraryController::onBookmarkWritten(const QString& id, bool on, bool ok, const QString& error)
{
    if (!ok) {
        // Put the star back as the file has it.
        if (on)
            m_bookmarks.remove(id);
        else
            m_bookmarks.insert(id);
        changed();
        m_context.showStatus(tr("The bookmark was not saved: %1").arg(error));
    }
    if (m_pane && m_pane->isVisible())
        m_context.userData().loadBookmarks();
    emit bookmarkSaved(id, on, ok);
}

void LibraryController::toggleBookmark(const QString& paperId)
{
    if (paperId.isEmpty()) {
        m_context.showStatus(tr("Select a paper first."));
        updateBookmarkAction();
        return;
    }
    const bool on = !m_bookmarks.contains(paperId);
    if (on)
        m_bookmarks.insert(paperId);
    else
        m_bookmarks.remove(paperId);
    if (!m_opened)
        m_toggledBeforeOpen.insert(paperId, on);
    changed();
    m_context.userData().setBookmarked(paperId, on);
}

void LibraryController::offerUndo(const store::Bookmark& removed)
{
    m_removed = removed;
    m_actions.undoRemoveBookmark->setEnabled(true);
    const QString name = removed.title.isEmpty() ? removed.id : removed.title.simplified();
    m_context.showStatus(
        tr("Removed the bookmark on %1. %2 puts it back.")
            .arg(name, m_actions.undoRemoveBookmark->shortcut().toString(QKeySequence::NativeText)),
        undoOfferMs);
    m_undoButton->show();
    m_undoTimer.start();
}

void LibraryController::undoRemoval()
{
    if (!m_removed)
        return;
    const store::Bookmark bookmark = *std::exchange(m_removed, std::nullopt);
    m_actions.undoRemoveBookmark->setEnabled(false);
    m_undoTimer.stop();
    m_undoButton->hide();
    m_bookmarks.insert(bookmark.id);
    if (!m_opened)
        m_toggledBeforeOpen.insert(bookmark.id, true);
    changed();
    m_context.userData().restoreBookmark(bookmark);
    const QString name = bookmark.title.isEmpty() ? bookmark.id : bookmark.title.simplified();
    m_context.showStatus(tr("The bookmark on %1 is back.").arg(name));
}

void LibraryController::setRead(const QStringList& paperIds, bool read)
{
    for (const QString& id : paperIds) {
        if (read)
            m_readIds.insert(id);
        else
            m_readIds.remove(id);
        if (!m_opened)
            m_readBeforeOpen.insert(id, read);
    }
    emit readIdsChanged(m_readIds);
    m_context.userData().setRead(paperIds, read);
    m_unreadTimer.start();
}

void LibraryController::paperSelected()
{
    updateBookmarkAction();
    // Restarted by every move: only a paper the reader stays on becomes read.
    m_readTimer.start();
}

void LibraryController::dayShown()
{
    if (m_actions.unreadOnly->isChecked())
        emit hiddenChanged(m_readIds);
}

void LibraryController::countUnreadSoon()
{
    m_unreadTimer.start();
}

void LibraryController::choose(const store::Bookmark& bookmark)
{
    // The cache knows more (sections, summary); the bookmark alone is enough without it.
    store::CacheReader* cache = m_context.reader();
    const std::optional<core::Paper> cached = cache ? cache->paper(bookmark.id) : std::nullopt;
    m_chosenId = bookmark.id;
    emit paperChosen(cached ? *cached : bookmark.toPaper());
    updateBookmarkAction();
}

void LibraryController::copyBibTex()
{
    const QString id = m_context.focus().commandPaperId();
    store::CacheReader* cache = id.isEmpty() ? nullptr : m_context.reader();
    const std::optional<core::Paper> paper = cache ? cache->paper(id) : std::nullopt;
    if (!paper) {
        m_context.showStatus(tr("Select a paper first."));
        return;
    }
    QGuiApplication::clipboard()->setText(
        exporting::bibTexEntry(exporting::ExportEntry::fromPaper(*paper)));
    m_context.showStatus(tr("Copied the BibTeX of %1").arg(id));
}

void LibraryController::changed()
{
    emit bookmarksChanged(m_bookmarks);
    updateBookmarkAction();
    m_pinned->replace(m_bookmarks);
}

void LibraryController::updateBookmarkAction()
{
    const QString id = m_context.focus().commandPaperId();
    const QSignalBlocker blocker(m_actions.toggleBookmark);
    m_actions.toggleBookmark->setEnabled(!id.isEmpty());
    m_actions.toggleBookmark->setChecked(!id.isEmpty() && m_bookmarks.contains(id));
}

} // namespace paperboy::ui
