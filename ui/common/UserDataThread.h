#pragma once

#include "store/DataPaths.h"
#include "store/UserRecords.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>

namespace paperboy::store {
class UserStore;
}

namespace paperboy::ui {

// The window's one writer of the user file, on a thread of its own: the GUI thread never
// waits on it. It opens the file through store::openUserData (recovery, daily backup) and a
// cache reader of its own, from which a new bookmark takes the paper's metadata. Requests run
// in order; each answers with a signal. Destruction finishes the queued writes first.
class UserDataThread final : public QObject
{
    Q_OBJECT
public:
    explicit UserDataThread(const store::DataPaths& paths, QObject* parent = nullptr);
    ~UserDataThread() override;

    // Thread-safe, none of them waits. The file is opened (checked, restored if damaged,
    // backed up once a day, then read for opened()) by open() or by the first request.
    void open();
    void setBookmarked(const QString& paperId, bool on);
    // Puts back a bookmark removed before, as it was: kept metadata and bookmark time.
    void restoreBookmark(const store::Bookmark& bookmark);
    void setRead(const QStringList& paperIds, bool read);
    void loadBookmarks();
    void loadNote(const QString& paperId);
    void setNote(const QString& paperId, const QString& text); // empty: no note
    // For a feature whose requests are its own (the Read view's highlights): `job` runs here,
    // in order with the rest, with the open store (null if it could not be opened), and the
    // function it returns runs on the caller's thread, unless `receiver` is gone by then.
    using Job = std::function<std::function<void()>(store::UserStore* store)>;
    void run(QObject* receiver, Job job);

signals:
    // Once, after opening: what the list needs, and the recovery notice if there was one.
    void opened(const QSet<QString>& bookmarks, const QSet<QString>& readIds,
                const QString& notice);
    void openFailed(const QString& error);
    void bookmarkWritten(const QString& paperId, bool on, bool ok, const QString& error);
    // A bookmark was removed; `removed` is what the file kept, for an undo.
    void bookmarkRemoved(const paperboy::store::Bookmark& removed);
    void bookmarksLoaded(const QList<paperboy::store::Bookmark>& bookmarks);
    // ok is false when the file is not open (error says why); an absent note is empty text.
    void noteLoaded(const QString& paperId, const QString& text, bool ok, const QString& error);
    void noteWritten(const QString& paperId, bool ok, const QString& error);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace paperboy::ui
