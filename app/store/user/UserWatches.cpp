// UserStore's watches (user 004_watches.sql): saved searches, their order and seen marks.
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"
#include "store/user/UserStore.h"

#include <QCoreApplication>

namespace paperboy::store {
namespace {

constexpr int maxNameLength = 200;
constexpr int maxQueryLength = 20000;

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::store", text);
}

const QLatin1String watchColumns("name, query, position, created_at, seen_at, updated_at");

Watch watchFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toInt(),    sql::timeFrom(query.value(3)),
            query.value(4).toString(), sql::timeFrom(query.value(5))};
}

// The messages of the member functions below, here so that lupdate files them under this
// file's translation context.
QString existsMessage(const QString& name)
{
    return tr("A watch named %1 exists already").arg(name);
}

QString missingMessage(const QString& name)
{
    return tr("No watch is named %1").arg(name);
}

QString invalidMessage(const QString& name)
{
    return tr("The watch %1 has no valid name, query or time").arg(name);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// One statement that must change exactly one row: a name that is not there is an error.
bool changeOne(Connection& connection, const QString& sql, const QVariantList& values,
               const QString& name, QString* error)
{
    PreparedQuery query(connection, sql, error);
    if (!query || !query.exec(values, error))
        return false;
    if (query->numRowsAffected() != 1)
        return fail(error, missingMessage(name));
    return true;
}

} // namespace

QString watchNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("A watch needs a name");
    if (name.size() > maxNameLength)
        return tr("A watch's name is at most %1 characters").arg(maxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A watch's name cannot hold line breaks or control characters");
    }
    return {};
}

QString watchQueryProblem(const QString& query)
{
    if (query.trimmed().isEmpty())
        return tr("A watch needs a query");
    if (query.size() > maxQueryLength)
        return tr("A watch's query is at most %1 characters").arg(maxQueryLength);
    return {};
}

Watches UserStore::watches() const
{
    QString error;
    Watches watches;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + watchColumns +
                            QStringLiteral(" FROM watches ORDER BY position, name"),
                        &error);
    if (!query || !query.exec({}, &error)) {
        qWarning("paperboy::store::UserStore::watches failed: %s", qUtf8Printable(error));
        return watches;
    }
    while (query->next())
        watches.append(watchFrom(*query));
    return watches;
}

std::optional<Watch> UserStore::watch(const QString& name) const
{
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + watchColumns +
                            QStringLiteral(" FROM watches WHERE name = ?"),
                        &error);
    if (!query || !query.exec({name}, &error)) {
        qWarning("paperboy::store::UserStore::watch failed: %s", qUtf8Printable(error));
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return watchFrom(*query);
}

bool UserStore::addWatch(const QString& name, const QString& query, const QString& seenMark,
                         QString* error)
{
    if (const QString problem = watchNameProblem(name); !problem.isEmpty())
        return fail(error, problem);
    if (const QString problem = watchQueryProblem(query); !problem.isEmpty())
        return fail(error, problem);
    if (watch(name))
        return fail(error, existsMessage(name));
    PreparedQuery insert(*m_connection,
                         QStringLiteral("INSERT INTO watches (") + watchColumns +
                             QStringLiteral(") VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) "
                                            "+ 1 FROM watches), ?, ?, ?)"),
                         error);
    const QString now = sql::nowText();
    return insert && insert.exec({name, query, now, seenMark, now}, error);
}

bool UserStore::removeWatch(const QString& name, QString* error)
{
    return changeOne(*m_connection, QStringLiteral("DELETE FROM watches WHERE name = ?"), {name},
                     name, error);
}

bool UserStore::renameWatch(const QString& from, const QString& to, QString* error)
{
    if (const QString problem = watchNameProblem(to); !problem.isEmpty())
        return fail(error, problem);
    if (from != to && watch(to))
        return fail(error, existsMessage(to));
    return changeOne(*m_connection,
                     QStringLiteral("UPDATE watches SET name = ?, updated_at = ? WHERE name = ?"),
                     {to, sql::nowText(), from}, from, error);
}

bool UserStore::setWatchQuery(const QString& name, const QString& query, QString* error)
{
    if (const QString problem = watchQueryProblem(query); !problem.isEmpty())
        return fail(error, problem);
    return changeOne(*m_connection,
                     QStringLiteral("UPDATE watches SET query = ?, updated_at = ? WHERE name = ?"),
                     {query, sql::nowText(), name}, name, error);
}

bool UserStore::setWatchOrder(const QStringList& names, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    const QString now = sql::nowText();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!changeOne(*m_connection,
                       QStringLiteral("UPDATE watches SET position = ?, updated_at = ? "
                                      "WHERE name = ?"),
                       {int(i), now, names.at(i)}, names.at(i), error))
            return false; // rolled back
    }
    return transaction.commit(error);
}

bool UserStore::markWatchSeen(const QString& name, const QString& seenMark, QString* error)
{
    // Never backwards: a mark read from an older snapshot must not make seen papers new again.
    PreparedQuery query(*m_connection,
                        QStringLiteral("UPDATE watches SET seen_at = max(seen_at, ?) "
                                       "WHERE name = ?"),
                        error);
    if (!query || !query.exec({seenMark, name}, error))
        return false;
    if (query->numRowsAffected() != 1)
        return fail(error, missingMessage(name));
    return true;
}

bool UserStore::mergeWatches(const Watches& incoming, int* changed, QString* error)
{
    for (const Watch& watch : incoming) {
        if (!watchNameProblem(watch.name).isEmpty() || !watchQueryProblem(watch.query).isEmpty() ||
            !watch.updatedAt.isValid())
            return fail(error, invalidMessage(watch.name.left(maxNameLength)));
        // Same name, same watch: the newer query wins, the seen mark keeps the later one.
        PreparedQuery query(
            *m_connection,
            QStringLiteral("INSERT INTO watches (") + watchColumns +
                QStringLiteral(") VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM "
                               "watches), ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                               "query = CASE WHEN excluded.updated_at > updated_at THEN "
                               "excluded.query ELSE query END, "
                               "seen_at = max(seen_at, excluded.seen_at), "
                               "updated_at = max(updated_at, excluded.updated_at) "
                               "WHERE excluded.updated_at > updated_at OR "
                               "excluded.seen_at > seen_at"),
            error);
        const QDateTime created = watch.createdAt.isValid() ? watch.createdAt : watch.updatedAt;
        if (!query || !query.exec({watch.name, watch.query, sql::timeValue(created), watch.seenMark,
                                   sql::timeValue(watch.updatedAt)},
                                  error))
            return false;
        *changed += query->numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

} // namespace paperboy::store
