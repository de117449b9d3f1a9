// UserStore's questions and answers (user 006_questions.sql).
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"
#include "store/user/UserRows.h"
#include "store/user/UserStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace paperboy::store {
namespace {

const QLatin1String
    questionColumns("paper_id, question, answer, model, endpoint, pages, created_at, complete");

QString pagesJson(const QList<int>& pages)
{
    QJsonArray array;
    for (const int page : pages)
        array.append(page);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> pagesFrom(const QVariant& value)
{
    QList<int> pages;
    for (const QJsonValue& page : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        if (page.isDouble() && page.toInt() > 0)
            pages.append(page.toInt());
    }
    return pages;
}

QuestionAnswer questionFrom(const QSqlQuery& query)
{
    QuestionAnswer entry;
    entry.paperId = query.value(0).toString();
    entry.question = query.value(1).toString();
    entry.answer = query.value(2).toString();
    entry.model = query.value(3).toString();
    entry.endpoint = query.value(4).toString();
    entry.pages = pagesFrom(query.value(5));
    entry.createdAt = sql::timeFrom(query.value(6));
    entry.complete = query.value(7).toInt() != 0;
    return entry;
}

// The endpoint as kept: a key someone put in its user info or query stays out of the file.
QString keptEndpoint(const QString& endpoint)
{
    return QUrl(endpoint)
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}

// Inserts `entry` unless its paper, question and time are there already; `*added` says which.
bool insertQuestion(Connection& connection, const QuestionAnswer& entry, bool* added,
                    QString* error)
{
    const auto id = userrows::normalisedId(entry.paperId, error);
    if (!id)
        return false;
    const QVariant created = sql::timeValue(entry.createdAt);
    if (entry.question.trimmed().isEmpty() || created.isNull()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store",
                                                 "A question about %1 is empty or has no time")
                         .arg(*id);
        return false;
    }
    PreparedQuery query(connection,
                        QStringLiteral("INSERT INTO questions (") + questionColumns +
                            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                                           "(paper_id, created_at, question) DO NOTHING"),
                        error);
    if (!query || !query.exec({*id, entry.question, sql::text(entry.answer), sql::text(entry.model),
                               sql::text(keptEndpoint(entry.endpoint)), pagesJson(entry.pages),
                               created, entry.complete ? 1 : 0},
                              error))
        return false;
    if (added)
        *added = query->numRowsAffected() > 0;
    return true;
}

} // namespace

bool UserStore::addQuestion(const QuestionAnswer& entry, QString* error)
{
    return insertQuestion(*m_connection, entry, nullptr, error);
}

QList<QuestionAnswer> UserStore::questions(const QString& paperId) const
{
    QList<QuestionAnswer> list;
    const auto id = userrows::normalisedId(paperId, nullptr);
    if (!id)
        return list;
    QString error;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + questionColumns +
                            QStringLiteral(" FROM questions WHERE paper_id = ? "
                                           "ORDER BY created_at, id"),
                        &error);
    if (!query || !query.exec({*id}, &error)) {
        qWarning("paperboy::store::UserStore::questions failed: %s", qUtf8Printable(error));
        return list;
    }
    while (query->next())
        list.append(questionFrom(*query));
    return list;
}

std::optional<QList<QuestionAnswer>> UserStore::allQuestions(QString* error) const
{
    QList<QuestionAnswer> list;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT ") + questionColumns +
                            QStringLiteral(" FROM questions ORDER BY created_at, id"),
                        error);
    if (!query || !query.exec({}, error))
        return std::nullopt;
    while (query->next())
        list.append(questionFrom(*query));
    return list;
}

bool UserStore::mergeQuestions(const QList<QuestionAnswer>& incoming, int* changed, QString* error)
{
    // A question and its answer never change once asked: a merge only adds the missing ones.
    for (const QuestionAnswer& entry : incoming) {
        bool added = false;
        if (!insertQuestion(*m_connection, entry, &added, error))
            return false;
        *changed += added ? 1 : 0;
    }
    return true;
}

} // namespace paperboy::store
