// UserStore's highlights and reading positions (user 005_highlights.sql).
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"
#include "store/user/UserRows.h"
#include "store/user/UserStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace paperboy::store {
namespace {

const QLatin1String
    highlightColumns("uid, paper_id, page, text, rects, colour, comment, created_at, updated_at");

Highlight highlightFrom(const QSqlQuery& query)
{
    Highlight h;
    h.uid = query.value(0).toString();
    h.paperId = query.value(1).toString();
    h.page = query.value(2).toInt();
    h.text = query.value(3).toString();
    h.rects = rectsFromText(query.value(4).toString());
    h.colour = query.value(5).toString();
    h.comment = query.value(6).toString();
    h.createdAt = sql::timeFrom(query.value(7));
    h.updatedAt = sql::timeFrom(query.value(8));
    return h;
}

QList<Highlight> readList(Connection& connection, const QString& where, const QVariantList& values,
                          const QString& order, QString* error)
{
    QList<Highlight> list;
    PreparedQuery query(connection,
                        QStringLiteral("SELECT ") + highlightColumns +
                            QStringLiteral(" FROM highlights") + where +
                            QStringLiteral(" ORDER BY ") + order,
                        error);
    if (!query || !query.exec(values, error))
        return list;
    while (query->next())
        list.append(highlightFrom(*query));
    return list;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Why `h` cannot be stored, empty when it can: the import must refuse what the view never makes.
QString highlightProblem(const Highlight& h)
{
    if (h.uid.isEmpty() || h.page < 1 || !highlightColours().contains(h.colour) ||
        !h.createdAt.isValid() || !h.updatedAt.isValid())
        return QCoreApplication::translate("paperboy::store",
                                           "The highlight %1 of %2 has no valid uid, page, "
                                           "colour or time")
            .arg(h.uid, h.paperId);
    return {};
}

bool writeHighlight(Connection& connection, const Highlight& h, QString* error)
{
    PreparedQuery query(connection,
                        QStringLiteral("INSERT OR REPLACE INTO highlights (") + highlightColumns +
                            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        error);
    return query &&
           query.exec({h.uid, h.paperId, h.page, h.text, rectsToText(h.rects), h.colour, h.comment,
                       sql::timeValue(h.createdAt), sql::timeValue(h.updatedAt)},
                      error);
}

} // namespace

const QStringList& highlightColours()
{
    static const QStringList colours{QStringLiteral("yellow"), QStringLiteral("green"),
                                     QStringLiteral("blue"), QStringLiteral("pink")};
    return colours;
}

QString rectsToText(const QList<QRectF>& rects)
{
    QJsonArray array;
    for (const QRectF& r : rects)
        array.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QRectF> rectsFromText(const QString& text)
{
    QList<QRectF> rects;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonArray r = value.toArray();
        if (r.size() == 4)
            rects.append(QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(),
                                r.at(3).toDouble()));
    }
    return rects;
}

bool UserStore::saveHighlight(Highlight& highlight, QString* error)
{
    const auto id = userrows::normalisedId(highlight.paperId, error);
    if (!id)
        return false;
    highlight.paperId = *id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (highlight.uid.isEmpty())
        highlight.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!highlight.createdAt.isValid())
        highlight.createdAt = now;
    highlight.updatedAt = now;
    if (const QString problem = highlightProblem(highlight); !problem.isEmpty())
        return fail(error, problem);
    return writeHighlight(*m_connection, highlight, error);
}

bool UserStore::removeHighlight(const QString& uid, QString* error)
{
    PreparedQuery query(*m_connection, QStringLiteral("DELETE FROM highlights WHERE uid = ?"),
                        error);
    return query && query.exec({uid}, error);
}

QList<Highlight> UserStore::highlights(const QString& paperId) const
{
    QString error;
    const auto id = userrows::normalisedId(paperId, &error);
    if (!id)
        return {};
    return readList(*m_connection, QStringLiteral(" WHERE paper_id = ?"), {*id},
                    QStringLiteral("page, created_at"), &error);
}

QList<Highlight> UserStore::allHighlights() const
{
    QString error;
    return readList(*m_connection, {}, {}, QStringLiteral("created_at DESC, uid"), &error);
}

bool UserStore::setReadingPage(const QString& paperId, int page, QString* error)
{
    const auto id = userrows::normalisedId(paperId, error);
    if (!id)
        return false;
    PreparedQuery query(*m_connection,
                        QStringLiteral("INSERT OR REPLACE INTO reading_positions (paper_id, page, "
                                       "updated_at) VALUES (?, ?, ?)"),
                        error);
    return query && query.exec({*id, qMax(1, page), sql::nowText()}, error);
}

std::optional<int> UserStore::readingPage(const QString& paperId) const
{
    QString error;
    const auto id = userrows::normalisedId(paperId, &error);
    if (!id)
        return std::nullopt;
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT page FROM reading_positions WHERE paper_id = ?"),
                        &error);
    if (!query || !query.exec({*id}, &error) || !query->next())
        return std::nullopt;
    return query->value(0).toInt();
}

bool UserStore::readHighlights(UserSnapshot& snapshot, QString* error) const
{
    snapshot.highlights =
        readList(*m_connection, {}, {}, QStringLiteral("paper_id, page, created_at, uid"), error);
    PreparedQuery query(*m_connection,
                        QStringLiteral("SELECT paper_id, page, updated_at FROM reading_positions "
                                       "ORDER BY paper_id"),
                        error);
    if (!query || !query.exec({}, error))
        return false;
    while (query->next())
        snapshot.readingPositions.append(
            {query->value(0).toString(), query->value(1).toInt(), sql::timeFrom(query->value(2))});
    return true;
}

bool UserStore::mergeHighlights(const UserSnapshot& incoming, MergeCounts& counts, QString* error)
{
    for (Highlight h : incoming.highlights) {
        const auto id = userrows::normalisedId(h.paperId, error);
        if (!id)
            return false;
        h.paperId = *id;
        if (const QString problem = highlightProblem(h); !problem.isEmpty())
            return fail(error, problem);
        PreparedQuery ours(*m_connection,
                           QStringLiteral("SELECT updated_at FROM highlights WHERE uid = ?"),
                           error);
        if (!ours || !ours.exec({h.uid}, error))
            return false;
        if (ours->next() && sql::timeFrom(ours->value(0)) >= h.updatedAt)
            continue; // ours is as new or newer
        ours->finish();
        if (!writeHighlight(*m_connection, h, error))
            return false;
        ++counts.highlights;
    }
    for (const ReadingPosition& position : incoming.readingPositions) {
        const auto id = userrows::normalisedId(position.paperId, error);
        if (!id)
            return false;
        if (position.page < 1 || !position.updatedAt.isValid())
            return fail(error, QCoreApplication::translate(
                                   "paperboy::store",
                                   "The reading position of %1 has no valid page or time")
                                   .arg(*id));
        PreparedQuery query(
            *m_connection,
            QStringLiteral("INSERT INTO reading_positions (paper_id, page, updated_at) VALUES "
                           "(?, ?, ?) ON CONFLICT (paper_id) DO UPDATE SET page = excluded.page, "
                           "updated_at = excluded.updated_at WHERE excluded.updated_at > "
                           "updated_at"),
            error);
        if (!query || !query.exec({*id, position.page, sql::timeValue(position.updatedAt)}, error))
            return false;
        counts.readingPositions += query->numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

} // namespace paperboy::store
