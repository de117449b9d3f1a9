// UserStore's "Not interested" marks: the negative label of the For you ranking (app/rank).
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"
#include "store/user/UserRows.h"
#include "store/user/UserStore.h"

namespace paperboy::store {
namespace {

void logFailure(const char* what, const QString& error)
{
    qWarning("paperboy::store::UserStore::%s failed: %s", what, qUtf8Printable(error));
}

} // namespace

bool UserStore::addDismissals(const QList<Dismissal>& dismissals, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    const QString now = sql::nowText();
    for (const Dismissal& dismissal : dismissals) {
        if (!userrows::writeDismissal(*m_connection, dismissal, false, now, error))
            return false; // rolled back: none of them is written
    }
    return transaction.commit(error);
}

bool UserStore::removeDismissals(const QStringList& paperIds, QString* error)
{
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    PreparedQuery query(*m_connection, QStringLiteral("DELETE FROM dismissals WHERE paper_id = ?"),
                        error);
    if (!query)
        return false;
    for (const QString& paperId : paperIds) {
        const auto id = userrows::normalisedId(paperId, error);
        if (!id || !query.exec({*id}, error))
            return false;
    }
    return transaction.commit(error);
}

bool UserStore::isDismissed(const QString& paperId) const
{
    const auto id = userrows::normalisedId(paperId, nullptr);
    if (!id)
        return false;
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT 1 FROM dismissals WHERE paper_id = ?"), &error);
    if (!query || !query.exec({*id}, &error)) {
        logFailure("isDismissed", error);
        return false;
    }
    return query->next();
}

QSet<QString> UserStore::dismissedIds() const
{
    QString error;
    QSet<QString> ids;
    PreparedQuery query(*m_connection, QStringLiteral("SELECT paper_id FROM dismissals"), &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("dismissedIds", error);
        return ids;
    }
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

QList<Dismissal> UserStore::dismissalList() const
{
    QString error;
    QList<Dismissal> list;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + userrows::dismissalColumns() +
                            QStringLiteral(" FROM dismissals ORDER BY dismissed_at DESC, "
                                           "paper_id"),
                        &error);
    if (!query || !query.exec({}, &error)) {
        logFailure("dismissalList", error);
        return list;
    }
    while (query->next())
        list.append(userrows::dismissalFrom(*query));
    return list;
}

} // namespace paperboy::store
