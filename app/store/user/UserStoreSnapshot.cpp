// UserStore's whole-file half: snapshot (for `userdata export`), merge (`userdata import`) and
// the VACUUM INTO copy that backups are made of.
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"
#include "store/user/UserRows.h"
#include "store/user/UserStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

namespace paperboy::store {
namespace {

bool readAll(Connection& connection, const QString& sql, QString* error,
             const std::function<void(const QSqlQuery&)>& take)
{
    PreparedQuery query(connection, sql, error);
    if (!query || !query.exec({}, error))
        return false;
    while (query->next())
        take(*query);
    return true;
}

// The time column of the row of `id` in `table`, invalid when there is no row.
std::optional<QDateTime> storedTime(Connection& connection, const QString& sql, const QString& id,
                                    QString* error)
{
    PreparedQuery query(connection, sql, error);
    if (!query || !query.exec({id}, error))
        return std::nullopt;
    return query->next() ? sql::timeFrom(query->value(0)) : QDateTime();
}

bool mergeBookmark(Connection& connection, const Bookmark& bookmark, int* changed, QString* error)
{
    const auto id = userrows::normalisedId(bookmark.id, error);
    if (!id)
        return false;
    const auto ours = storedTime(
        connection, QStringLiteral("SELECT updated_at FROM bookmarks WHERE paper_id = ?"), *id,
        error);
    if (!ours)
        return false;
    if (ours->isValid() && *ours >= bookmark.updatedAt)
        return true; // ours is as new or newer
    ++*changed;
    return userrows::writeBookmark(connection, bookmark, true, QString(), error);
}

bool mergeDismissal(Connection& connection, const Dismissal& dismissal, int* changed,
                    QString* error)
{
    const auto id = userrows::normalisedId(dismissal.id, error);
    if (!id)
        return false;
    const auto ours = storedTime(
        connection, QStringLiteral("SELECT updated_at FROM dismissals WHERE paper_id = ?"), *id,
        error);
    if (!ours)
        return false;
    if (ours->isValid() && *ours >= dismissal.updatedAt)
        return true; // ours is as new or newer
    ++*changed;
    return userrows::writeDismissal(connection, dismissal, true, QString(), error);
}

bool mergeRead(Connection& connection, const ReadMark& mark, int* changed, QString* error)
{
    const auto id = userrows::normalisedId(mark.id, error);
    if (!id || !mark.readAt.isValid()) {
        if (id && error)
            *error = QCoreApplication::translate("paperboy::store", "The read mark of %1 has no "
                                                                    "valid time")
                         .arg(*id);
        return false;
    }
    // The earlier first reading wins: "read at" means when it was first read.
    PreparedQuery query(connection,
                        QStringLiteral("INSERT INTO read_state (paper_id, read_at) VALUES (?, ?) "
                                       "ON CONFLICT (paper_id) DO UPDATE SET read_at = "
                                       "excluded.read_at WHERE excluded.read_at < read_at"),
                        error);
    if (!query || !query.exec({*id, sql::timeValue(mark.readAt)}, error))
        return false;
    *changed += query->numRowsAffected() > 0 ? 1 : 0;
    return true;
}

bool mergeNote(Connection& connection, const Note& note, int* changed, QString* error)
{
    const auto id = userrows::normalisedId(note.id, error);
    if (!id)
        return false;
    if (!note.updatedAt.isValid() || note.markdown.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store",
                                                 "The note of %1 is empty or has no valid time")
                         .arg(*id);
        return false;
    }
    PreparedQuery query(
        connection,
        QStringLiteral("INSERT INTO notes (paper_id, markdown, updated_at) VALUES "
                       "(?, ?, ?) ON CONFLICT (paper_id) DO UPDATE SET "
                       "markdown = excluded.markdown, updated_at = "
                       "excluded.updated_at WHERE excluded.updated_at > updated_at"),
        error);
    if (!query || !query.exec({*id, note.markdown, sql::timeValue(note.updatedAt)}, error))
        return false;
    *changed += query->numRowsAffected() > 0 ? 1 : 0;
    return true;
}

} // namespace

std::optional<UserSnapshot> UserStore::snapshot(QString* error) const
{
    Transaction transaction(*m_connection, Transaction::Mode::Read);
    if (!transaction.begin(error))
        return std::nullopt;
    UserSnapshot snapshot;
    const bool ok =
        readAll(
            *m_connection,
            QStringLiteral("SELECT ") + userrows::bookmarkColumns() +
                QStringLiteral(" FROM bookmarks ORDER BY created_at DESC, paper_id"),
            error,
            [&](const QSqlQuery& q) { snapshot.bookmarks.append(userrows::bookmarkFrom(q)); }) &&
        readAll(*m_connection,
                QStringLiteral("SELECT paper_id, read_at FROM read_state ORDER BY paper_id"), error,
                [&](const QSqlQuery& q) {
                    snapshot.reads.append({q.value(0).toString(), sql::timeFrom(q.value(1))});
                }) &&
        readAll(
            *m_connection,
            QStringLiteral("SELECT paper_id, markdown, updated_at FROM notes ORDER BY paper_id"),
            error,
            [&](const QSqlQuery& q) {
                snapshot.notes.append(
                    {q.value(0).toString(), q.value(1).toString(), sql::timeFrom(q.value(2))});
            }) &&
        readAll(*m_connection,
                QStringLiteral("SELECT ") + userrows::dismissalColumns() +
                    QStringLiteral(" FROM dismissals ORDER BY dismissed_at DESC, paper_id"),
                error, [&](const QSqlQuery& q) {
                    snapshot.dismissals.append(userrows::dismissalFrom(q));
                });
    if (!ok || !readHighlights(snapshot, error))
        return std::nullopt;
    snapshot.watches = watches();
    auto questions = allQuestions(error);
    if (!questions)
        return std::nullopt;
    snapshot.questions = *questions;
    return snapshot;
}

std::optional<MergeCounts> UserStore::merge(const UserSnapshot& incoming, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return std::nullopt;
    MergeCounts counts;
    for (const Bookmark& bookmark : incoming.bookmarks) {
        if (!mergeBookmark(*m_connection, bookmark, &counts.bookmarks, error))
            return std::nullopt; // rolled back: nothing of the import is kept
    }
    for (const ReadMark& mark : incoming.reads) {
        if (!mergeRead(*m_connection, mark, &counts.reads, error))
            return std::nullopt;
    }
    for (const Note& note : incoming.notes) {
        if (!mergeNote(*m_connection, note, &counts.notes, error))
            return std::nullopt;
    }
    if (!mergeWatches(incoming.watches, &counts.watches, error))
        return std::nullopt;
    for (const Dismissal& dismissal : incoming.dismissals) {
        if (!mergeDismissal(*m_connection, dismissal, &counts.dismissals, error))
            return std::nullopt;
    }
    if (!mergeQuestions(incoming.questions, &counts.questions, error))
        return std::nullopt;
    if (!mergeHighlights(incoming, counts, error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return counts;
}

bool UserStore::copyTo(const QString& target, QString* error)
{
    QString message;
    PreparedQuery vacuum(*m_connection, QStringLiteral("VACUUM INTO ?"), &message);
    if (!vacuum || !vacuum.exec({target}, &message) || !QFileInfo::exists(target)) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store", "Cannot copy %1 to %2: %3")
                         .arg(m_connection->file(), target, message);
        return false;
    }
    return true;
}

} // namespace paperboy::store
