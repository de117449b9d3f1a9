// The highlights and reading positions of the user-data file (UserDataJson.h).
#include "export/UserDataJson.h"

#include <QCoreApplication>

namespace paperboy::exporting {
namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString entryMessage(const char* list, qsizetype index)
{
    return QCoreApplication::translate("paperboy::exporting",
                                       "Entry %1 of \"%2\" needs an \"id\", a page of 1 or more "
                                       "and valid times")
        .arg(index + 1)
        .arg(QLatin1String(list));
}

} // namespace

QJsonObject highlightToJson(const store::Highlight& h)
{
    QJsonArray rects;
    for (const QRectF& r : h.rects)
        rects.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    return QJsonObject{{QStringLiteral("uid"), h.uid},
                       {QStringLiteral("id"), h.paperId},
                       {QStringLiteral("page"), h.page},
                       {QStringLiteral("text"), h.text},
                       {QStringLiteral("rects"), rects},
                       {QStringLiteral("colour"), h.colour},
                       {QStringLiteral("comment"), h.comment},
                       {QStringLiteral("created_at"), timeText(h.createdAt)},
                       {QStringLiteral("updated_at"), timeText(h.updatedAt)}};
}

QJsonArray highlightsToJson(const store::UserSnapshot& snapshot)
{
    QJsonArray array;
    for (const store::Highlight& h : snapshot.highlights)
        array.append(highlightToJson(h));
    return array;
}

QJsonArray readingPositionsToJson(const store::UserSnapshot& snapshot)
{
    QJsonArray array;
    for (const store::ReadingPosition& p : snapshot.readingPositions)
        array.append(QJsonObject{{QStringLiteral("id"), p.paperId},
                                 {QStringLiteral("page"), p.page},
                                 {QStringLiteral("updated_at"), timeText(p.updatedAt)}});
    return array;
}

bool highlightsFromJson(const QJsonObject& root, store::UserSnapshot& snapshot, QString* error)
{
    const QJsonArray highlights = root.value(QStringLiteral("highlights")).toArray();
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const QJsonObject o = highlights.at(i).toObject();
        store::Highlight h;
        h.uid = o.value(QStringLiteral("uid")).toString();
        h.paperId = o.value(QStringLiteral("id")).toString();
        h.page = o.value(QStringLiteral("page")).toInt(0);
        h.text = o.value(QStringLiteral("text")).toString();
        for (const QJsonValue& value : o.value(QStringLiteral("rects")).toArray()) {
            const QJsonArray r = value.toArray();
            if (r.size() == 4)
                h.rects.append(QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(),
                                      r.at(3).toDouble()));
        }
        h.colour = o.value(QStringLiteral("colour")).toString();
        h.comment = o.value(QStringLiteral("comment")).toString();
        h.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
        h.updatedAt = timeFrom(o.value(QStringLiteral("updated_at")));
        if (h.uid.isEmpty() || h.paperId.isEmpty() || h.page < 1 || !h.createdAt.isValid() ||
            !h.updatedAt.isValid()) {
            if (error)
                *error = entryMessage("highlights", i);
            return false;
        }
        snapshot.highlights.append(h);
    }
    const QJsonArray positions = root.value(QStringLiteral("reading_positions")).toArray();
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const QJsonObject o = positions.at(i).toObject();
        store::ReadingPosition p{o.value(QStringLiteral("id")).toString(),
                                 o.value(QStringLiteral("page")).toInt(0),
                                 timeFrom(o.value(QStringLiteral("updated_at")))};
        if (p.paperId.isEmpty() || p.page < 1 || !p.updatedAt.isValid()) {
            if (error)
                *error = entryMessage("reading_positions", i);
            return false;
        }
        snapshot.readingPositions.append(p);
    }
    return true;
}

} // namespace paperboy::exporting
