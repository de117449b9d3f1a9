// The watches of the user-data file (UserDataJson.h).
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

} // namespace

QJsonArray watchesToJson(const store::Watches& watches)
{
    QJsonArray array;
    for (const store::Watch& w : watches)
        array.append(QJsonObject{{QStringLiteral("name"), w.name},
                                 {QStringLiteral("query"), w.query},
                                 {QStringLiteral("position"), w.position},
                                 {QStringLiteral("created_at"), timeText(w.createdAt)},
                                 {QStringLiteral("seen_at"), w.seenMark},
                                 {QStringLiteral("updated_at"), timeText(w.updatedAt)}});
    return array;
}

std::optional<store::Watches> watchesFromJson(const QJsonArray& watches, QString* error)
{
    store::Watches list;
    for (qsizetype i = 0; i < watches.size(); ++i) {
        const QJsonObject o = watches.at(i).toObject();
        store::Watch w;
        w.name = o.value(QStringLiteral("name")).toString();
        w.query = o.value(QStringLiteral("query")).toString();
        w.position = o.value(QStringLiteral("position")).toInt(int(i));
        w.createdAt = timeFrom(o.value(QStringLiteral("created_at")));
        w.seenMark = o.value(QStringLiteral("seen_at")).toString();
        w.updatedAt = timeFrom(o.value(QStringLiteral("updated_at")));
        if (!store::watchNameProblem(w.name).isEmpty() ||
            !store::watchQueryProblem(w.query).isEmpty() || !w.updatedAt.isValid() ||
            (!w.seenMark.isEmpty() && !timeFrom(o.value(QStringLiteral("seen_at"))).isValid())) {
            if (error)
                *error = QCoreApplication::translate(
                             "paperboy::exporting",
                             "Entry %1 of \"watches\" needs a \"name\", a \"query\", a valid "
                             "\"updated_at\" time and a \"seen_at\" time or \"\"")
                             .arg(i + 1);
            return std::nullopt;
        }
        list.append(w);
    }
    return list;
}

} // namespace paperboy::exporting
