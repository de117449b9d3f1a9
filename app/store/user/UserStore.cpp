#include "store/user/UserStore.h"

#include "core/ArxivId.h"
#include "store/db/Connection.h"
#include "store/db/Schema.h"
#include "store/db/SqlValues.h"
#include "store/user/UserRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::store {
namespace {

using userrows::normalisedId;

void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::store::UserStore::%s failed: %s", what, qUtf8Printable(error));
}

bool hasRow(Connection& connection, const QString& sql, const QString& paperId, const char* what)
{
    const auto id = normalisedId(paperId, nullptr);
    if (!id)
        return false;
    QString error;
    PreparedQuery query(connection, sql, &error);
    if (!query || !query.exec({*id}, &error)) {
        logFailure(what, error);
        return false;
    }
    return query->next();
}

} // namespace

std::unique_ptr<UserStore> UserStore::open(const DataPaths& paths, QString* error)
{
    if (!paths.ensureDirectories(error))
        return nullptr;
    auto connection = openDatabase(paths.userFile, SchemaSpec::user(), false, error);
    if (!connection)
        return nullptr;
    return std::unique_ptr<UserStore>(new UserStore(std::move(connection)));
}

UserStore::UserStore(std::unique_ptr<Connection> connection) : m_connection(std::move(connection))
{}

UserStore::~UserStore() = default;

const QString& UserStore::file() const
{
    return m_connection->file();
}

bool UserStore::isEmpty() const
{
    QString error;
    const auto any = m_connection->scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM bookmarks) OR EXISTS (SELECT 1 FROM "
                       "read_state) OR EXISTS (SELECT 1 FROM notes) OR EXISTS (SELECT 1 FROM "
                       "dismissals) OR EXISTS (SELECT 1 FROM watches) OR EXISTS (SELECT 1 FROM "
                       "questions) OR EXISTS (SELECT 1 FROM highlights)"),
        &error);
    if (!any)
        logFailure("isEmpty", error);
    return any && !any->toBool();
}

// Each change is one statement, which SQLite runs as one transaction (synchronous=FULL).
bool UserStore::setBookmarked(const QString& paperId, bool on, QString* error)
{
    const auto id = normalisedId(paperId, error);
    if (!id)
        return false;
    PreparedQuery query(*m_connection,
                        on ? QStringLiteral("INSERT INTO bookmarks (paper_id, created_at, "
                                            "updated_at) VALUES (?, ?, ?) "
                                            "ON CONFLICT (paper_id) DO NOTHING")
                           : QStringLiteral("DELETE FROM bookmarks WHERE paper_id = ?"),
                        error);
    const QString now = sql::nowText();
    return query && query.exec(on ? QVariantList{*id, now, now} : QVariantList{*id}, error);
}

bool UserStore::isBookmarked(const QString& paperId) const
{
    return hasRow(*m_connection, QStringLiteral("SELECT 1 FROM bookmarks WHERE paper_id = ?"),
                  paperId, "isBookmarked");
}

QSet<QString> UserStore::bookmarkedAmong(const QStringList& paperIds) const
{
    QString error;
    QSet<QString> ids;
    if (paperIds.isEmpty())
        return ids;
    // One statement for the lot: the ids go in as a JSON array, looked up by primary key.
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT paper_id FROM bookmarks WHERE paper_id IN "
                                       "(SELECT value FROM json_each(?))"),
                        &error);
    const QString list = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(paperIds)).toJson(QJsonDocument::Compact));
    if (!query || !query.exec({list}, &error)) {
        logFailure("bookmarkedAmong", error);
        return ids;
    }
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

QSet<QString> UserStore::bookmarks() const
{
    QString error;
    QSet<QString> ids;
    PreparedQuery query(*m_connection, QStringLiteral("SELECT paper_id FROM bookmarks"), &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("bookmarks", error);
        return ids;
    }
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

bool UserStore::setRead(const QString& paperId, bool read, QString* error)
{
    const auto id = normalisedId(paperId, error);
    if (!id)
        return false;
    // The first time it was read is kept: marking it read again changes nothing.
    PreparedQuery query(*m_connection,
                        read ? QStringLiteral("INSERT INTO read_state (paper_id, read_at) VALUES "
                                              "(?, ?) ON CONFLICT (paper_id) DO NOTHING")
                             : QStringLiteral("DELETE FROM read_state WHERE paper_id = ?"),
                        error);
    return query && query.exec(read ? QVariantList{*id, sql::nowText()} : QVariantList{*id}, error);
}

bool UserStore::isRead(const QString& paperId) const
{
    return hasRow(*m_connection, QStringLiteral("SELECT 1 FROM read_state WHERE paper_id = ?"),
                  paperId, "isRead");
}

bool UserStore::setNote(const QString& paperId, const QString& markdown, QString* error)
{
    const auto id = normalisedId(paperId, error);
    if (!id)
        return false;
    // An empty note is no note: deleting it keeps "has a note" meaningful.
    const bool keep = !markdown.trimmed().isEmpty();
    PreparedQuery query(*m_connection,
                        keep ? QStringLiteral("INSERT INTO notes (paper_id, markdown, updated_at) "
                                              "VALUES (?, ?, ?) ON CONFLICT (paper_id) DO UPDATE "
                                              "SET markdown = excluded.markdown, "
                                              "updated_at = excluded.updated_at")
                             : QStringLiteral("DELETE FROM notes WHERE paper_id = ?"),
                        error);
    return query &&
           query.exec(keep ? QVariantList{*id, markdown, sql::nowText()} : QVariantList{*id},
                      error);
}

std::optional<QString> UserStore::note(const QString& paperId) const
{
    const auto id = normalisedId(paperId, nullptr);
    if (!id)
        return std::nullopt;
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT markdown FROM notes WHERE paper_id = ?"), &error);
    if (!query || !query.exec({*id}, &error)) {
        logFailure("note", error);
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return query->value(0).toString();
}

bool UserStore::addBookmarks(const QList<Bookmark>& bookmarks, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    const QString now = sql::nowText();
    for (const Bookmark& bookmark : bookmarks) {
        if (!userrows::writeBookmark(*m_connection, bookmark, false, now, error))
            return false; // rolled back: none of them is written
    }
    return transaction.commit(error);
}

bool UserStore::removeBookmarks(const QStringList& paperIds, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    for (const QString& paperId : paperIds) {
        if (!setBookmarked(paperId, false, error))
            return false;
    }
    return transaction.commit(error);
}

std::optional<Bookmark> UserStore::bookmark(const QString& paperId) const
{
    const auto id = normalisedId(paperId, nullptr);
    if (!id)
        return std::nullopt;
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + userrows::bookmarkColumns() +
                            QStringLiteral(" FROM bookmarks WHERE paper_id = ?"),
                        &error);
    if (!query || !query.exec({*id}, &error)) {
        logFailure("bookmark", error);
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return userrows::bookmarkFrom(*query);
}

QList<Bookmark> UserStore::bookmarkList() const
{
    QString error;
    QList<Bookmark> list;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + userrows::bookmarkColumns() +
                            QStringLiteral(" FROM bookmarks ORDER BY created_at DESC, paper_id"),
                        &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("bookmarkList", error);
        return list;
    }
    while (query->next())
        list.append(userrows::bookmarkFrom(*query));
    return list;
}

bool UserStore::setRead(const QStringList& paperIds, bool read, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    for (const QString& paperId : paperIds) {
        if (!setRead(paperId, read, error))
            return false;
    }
    return transaction.commit(error);
}

QSet<QString> UserStore::readIds() const
{
    QString error;
    QSet<QString> ids;
    PreparedQuery query(*m_connection, QStringLiteral("SELECT paper_id FROM read_state"), &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("readIds", error);
        return ids;
    }
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

} // namespace paperboy::store
