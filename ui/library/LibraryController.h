#pragma once

#include "core/Paper.h"
#include "store/user/UserRecords.h"
#include "thumbs/PinnedPapers.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QToolButton;

namespace paperboy::ui {

class Actions;
class BookmarksPane;
class FeatureContext;
class UnreadCounter;

// The reader's own library: bookmarks, read state and the calendar's unread counts, kept in
// the user file by the user-data thread, and the Bookmarks tab. A star or a mark changes at
// once and goes back if the write fails; changes made before the file has opened are kept
// and laid over what the file holds. A removed bookmark can be put back (Ctrl+Z, or the
// status bar's Undo) as it was.
class LibraryController final : public QObject
{
    Q_OBJECT
public:
    // A paper on show this long becomes read, unless the reader has moved on.
    static constexpr int readDelayMs = 2000;
    // The Undo button stays a while longer than the message; Ctrl+Z works until the next
    // removal.
    static constexpr int undoOfferMs = 15000;

    // `pane` may be null (no Bookmarks tab).
    LibraryController(FeatureContext& context, const Actions& actions, BookmarksPane* pane,
                      QObject* parent = nullptr);
    ~LibraryController() override;

    const QSet<QString>& bookmarks() const { return m_bookmarks; }
    const QSet<QString>& readIds() const { return m_readIds; }
    bool isOpened() const { return m_opened; }
    // Shared with the thumbnail disk cache, which reads it on its own thread.
    std::shared_ptr<thumbs::PinnedPapers> pinned() const { return m_pinned; }
    // The bookmark the Bookmarks tab put in the detail pane.
    QString chosenBookmarkId() const { return m_chosenId; }
    // For the window's status bar: shown while a removal can be undone.
    QToolButton* undoButton() const;

    // The bookmarks among the first day's papers, read with it before the file opens.
    void startWith(const QSet<QString>& bookmarks);
    // Opens the user file (on its thread): after the first frame, it may back the file up.
    void open();
    void toggleBookmark(const QString& paperId);
    void setRead(const QStringList& paperIds, bool read);
    // The day list's current paper changed: the Bookmark action follows, the read delay
    // starts again.
    void paperSelected();
    // Another paper is on screen: the Bookmark action follows it.
    void updateBookmarkAction();
    // Puts back the bookmark removed last, with its kept metadata and time.
    void undoRemoval();
    // A day was shown: Unread Only hides the papers read up to now.
    void dayShown();
    void countUnreadSoon();

signals:
    void bookmarksChanged(const QSet<QString>& bookmarks);
    void readIdsChanged(const QSet<QString>& readIds);
    // The write of a bookmark toggle is done (or failed and was taken back).
    void bookmarkSaved(const QString& paperId, bool on, bool ok);
    void unreadCounted(const QHash<QDate, int>& unread);
    // The papers Unread Only hides (none when it is off).
    void hiddenChanged(const QSet<QString>& paperIds);
    // A bookmark chosen in the Bookmarks tab, with what the cache adds to it.
    void paperChosen(const paperboy::core::Paper& paper);
    // Show Bookmarks: the tab is wanted in front.
    void paneWanted();
    // The bookmark's "Show in Its Day".
    void dayWanted(const QString& paperId, QDate bookmarkDay);

private:
    void onOpened(const QSet<QString>& bookmarks, const QSet<QString>& readIds,
                  const QString& notice);
    void onBookmarkWritten(const QString& id, bool on, bool ok, const QString& error);
    void choose(const store::Bookmark& bookmark);
    void copyBibTex();
    void offerUndo(const store::Bookmark& removed);
    void changed();

    FeatureContext& m_context;
    const Actions& m_actions;
    BookmarksPane* m_pane = nullptr;
    QSet<QString> m_bookmarks;
    QSet<QString> m_readIds;
    std::shared_ptr<thumbs::PinnedPapers> m_pinned = std::make_shared<thumbs::PinnedPapers>();
    bool m_opened = false;
    // Until the user file is open: its answer does not have them yet, but they are queued.
    QHash<QString, bool> m_toggledBeforeOpen;
    QHash<QString, bool> m_readBeforeOpen;
    QString m_chosenId;
    QTimer m_readTimer;
    std::unique_ptr<UnreadCounter> m_unreadCounter; // on its own thread
    QTimer m_unreadTimer;
    std::optional<store::Bookmark> m_removed; // what Ctrl+Z would put back
    QTimer m_undoTimer;                       // how long the offer to undo stands
    QPointer<QToolButton> m_undoButton;       // placed in the window's status bar, but ours
};

} // namespace paperboy::ui
