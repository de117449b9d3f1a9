#pragma once

#include "core/WorkerThread.h"
#include "store/db/DataPaths.h"
#include "store/user/UserRecords.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>

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
    // Reads bookmarks and read marks again and answers with opened() (no notice): after another
    // writer (the library sync) changed the file.
    void reload();
    void setBookmarked(const QString& paperId, bool on);
    // Puts back a bookmark removed before, as it was: kept metadata and bookmark time.
    void restoreBookmark(const store::Bookmark& bookmark);
    void setRead(const QStringList& paperIds, bool read);
    void loadBookmarks();
    void loadNote(const QString& paperId);
    void setNote(const QString& paperId, const QString& text); // empty: no note
    // "Not interested" marks: a new mark keeps the paper's text from the cache.
    void setDismissed(const QString& paperId, bool on);
    void loadDismissals();
    void loadQuestions(const QString& paperId);
    void addQuestion(const paperboy::store::QuestionAnswer& entry);
    // Any other feature's work on the file (watches), in order with the rest: `job` runs on
    // this thread with the open store (null when it did not open; `openError` says why) and
    // answers a function that is then run on the owner's thread (may be empty). The answer
    // outlives the asker's object: it captures a QPointer, not `this`.
    using Job =
        std::function<std::function<void()>(store::UserStore* store, const QString& openError)>;
    void run(Job job);
    // For a feature whose requests are its own (the Read view's highlights): `job` runs here,
    // in order with the rest, with the open store (null if it could not be opened), and the
    // function it returns runs on the caller's thread, unless `receiver` is gone by then.
    using StoreJob = std::function<std::function<void()>(store::UserStore* store)>;
    void run(QObject* receiver, StoreJob job);

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
    void dismissalWritten(const QString& paperId, bool on, bool ok, const QString& error);
    void dismissalsLoaded(const QSet<QString>& paperIds);
    // The paper's questions and answers, oldest first (empty when the file is not open).
    void questionsLoaded(const QString& paperId,
                         const QList<paperboy::store::QuestionAnswer>& questions);
    void questionAdded(const QString& paperId, bool ok, const QString& error);

private:
    class Worker;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
