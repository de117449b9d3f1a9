#include "store/UserStore.h"

#include "core/ArxivId.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

namespace paperboy::store {
namespace {

// The normalised id the rows are keyed by, so "arXiv:2401.00001v2" and "2401.00001" agree.
std::optional<QString> normalisedId(const QString& paperId, QString* error)
{
    if (const auto id = core::ArxivId::parse(paperId))
        return id->id();
    if (error)
        *error =
            QCoreApplication::translate("paperboy::store", "%1 is not an arXiv id").arg(paperId);
    return std::nullopt;
}

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

// Each change is one statement, which SQLite runs as one transaction (synchronous=FULL).
bool UserStore::setBookmarked(const QString& paperId, bool on, QString* error)
{
    const auto id = normalisedId(paperId, error);
    if (!id)
        return false;
    PreparedQuery query(*m_connection,
                        on ? QStringLiteral("INSERT INTO bookmarks (paper_id, created_at) VALUES "
                                            "(?, ?) ON CONFLICT (paper_id) DO NOTHING")
                           : QStringLiteral("DELETE FROM bookmarks WHERE paper_id = ?"),
                        error);
    return query && query.exec(on ? QVariantList{*id, sql::nowText()} : QVariantList{*id}, error);
}

bool UserStore::isBookmarked(const QString& paperId) const
{
    return hasRow(*m_connection, QStringLiteral("SELECT 1 FROM bookmarks WHERE paper_id = ?"),
                  paperId, "isBookmarked");
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

} // namespace paperboy::store
