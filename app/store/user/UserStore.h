#pragma once

#include "store/db/DataPaths.h"
#include "store/user/UserRecords.h"
#include "store/user/Watch.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace paperboy::store {

class Connection;

// The user's own data: bookmarks, read state, notes, "Not interested" marks. A separate SQLite file
// that sync and cache pruning never open. Keyed by normalised arXiv id so it survives a cache
// rebuild. Like every Connection it belongs to the thread that opened it: the window keeps its one
// writing UserStore on a thread of its own, the CLI on its main thread.
class UserStore final
{
public:
    // Opens the file as it is: a damaged or foreign file is refused untouched. The app and the
    // CLI go through openUserData() (UserBackups.h), which recovers such a file first.
    static std::unique_ptr<UserStore> open(const DataPaths& paths, QString* error);
    ~UserStore();

    const QString& file() const;
    bool isEmpty() const; // no bookmark, read mark, note or watch

    // A bare bookmark (no kept metadata); addBookmarks() is what the app uses.
    bool setBookmarked(const QString& paperId, bool on, QString* error);
    bool isBookmarked(const QString& paperId) const;
    // The set of bookmarked ids (e.g. for pinning their thumbnails): one small indexed read.
    QSet<QString> bookmarks() const;
    // Which of `paperIds` are bookmarked: what a day's list needs, without reading them all.
    QSet<QString> bookmarkedAmong(const QStringList& paperIds) const;
    // Adds the bookmarks or refreshes their kept metadata (the bookmark time stays), all in one
    // transaction: either every one is written or none.
    bool addBookmarks(const QList<Bookmark>& bookmarks, QString* error);
    bool removeBookmarks(const QStringList& paperIds, QString* error);
    std::optional<Bookmark> bookmark(const QString& paperId) const;
    QList<Bookmark> bookmarkList() const; // newest bookmark first

    // "Not interested" marks (UserDismissals.cpp), the For you ranking's negative label. Adding
    // keeps each paper's text and refreshes it on an existing mark; both are one transaction.
    bool addDismissals(const QList<Dismissal>& dismissals, QString* error);
    bool removeDismissals(const QStringList& paperIds, QString* error);
    bool isDismissed(const QString& paperId) const;
    QSet<QString> dismissedIds() const;
    QList<Dismissal> dismissalList() const; // newest mark first

    bool setRead(const QString& paperId, bool read, QString* error);
    bool setRead(const QStringList& paperIds, bool read, QString* error); // one transaction
    bool isRead(const QString& paperId) const;
    QSet<QString> readIds() const;

    bool setNote(const QString& paperId, const QString& markdown, QString* error);
    std::optional<QString> note(const QString& paperId) const;

    // Watches, saved searches (UserWatches.cpp), in the reader's order. The writes check the
    // name and query (Watch.h) and fail with a reason; one naming no watch fails too.
    Watches watches() const;
    std::optional<Watch> watch(const QString& name) const;
    // Added last; `seenMark` (search::WatchSearch::seenMark()) makes what is cached now seen.
    bool addWatch(const QString& name, const QString& query, const QString& seenMark,
                  QString* error);
    bool removeWatch(const QString& name, QString* error);
    bool renameWatch(const QString& from, const QString& to, QString* error);
    bool setWatchQuery(const QString& name, const QString& query, QString* error);
    bool setWatchOrder(const QStringList& names, QString* error); // one transaction
    // The mark never moves back: an older mark than the watch's changes nothing.
    bool markWatchSeen(const QString& name, const QString& seenMark, QString* error);

    // Questions and answers (UserQuestions.cpp). Adding one that exists (same paper, question
    // and time) changes nothing; the endpoint is kept without user info or query.
    bool addQuestion(const QuestionAnswer& entry, QString* error);
    QList<QuestionAnswer> questions(const QString& paperId) const; // oldest first
    // Highlights and reading positions (UserHighlights.cpp, 005_highlights.sql). A new
    // highlight gets a uid and times when it has none; an existing uid is replaced.
    bool saveHighlight(Highlight& highlight, QString* error);
    bool removeHighlight(const QString& uid, QString* error);
    QList<Highlight> highlights(const QString& paperId) const; // by page, then time
    QList<Highlight> allHighlights() const;                    // newest first
    bool setReadingPage(const QString& paperId, int page, QString* error);
    std::optional<int> readingPage(const QString& paperId) const;

    // Everything, in one read snapshot (UserStoreSnapshot.cpp).
    std::optional<UserSnapshot> snapshot(QString* error) const;
    // Merges `incoming` in one transaction, the newest change winning: a bookmark or note
    // replaces ours when its updated_at is later; a read mark keeps the earlier read time.
    std::optional<MergeCounts> merge(const UserSnapshot& incoming, QString* error);
    // A consistent copy of the file with VACUUM INTO (`target` must not exist).
    bool copyTo(const QString& target, QString* error);

private:
    // merge()'s part for watches, inside its transaction.
    bool mergeWatches(const Watches& incoming, int* changed, QString* error);
    // merge()'s part for questions, and the snapshot's.
    bool mergeQuestions(const QList<QuestionAnswer>& incoming, int* changed, QString* error);
    std::optional<QList<QuestionAnswer>> allQuestions(QString* error) const;
    // merge()'s part for highlights and reading positions, likewise.
    bool mergeHighlights(const UserSnapshot& incoming, MergeCounts& counts, QString* error);
    bool readHighlights(UserSnapshot& snapshot, QString* error) const;
    explicit UserStore(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace paperboy::store
