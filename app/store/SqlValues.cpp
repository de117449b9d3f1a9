#include "SqlValues.h"

#include "core/Digest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::store::sql {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

QDate dayFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant intValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant& value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    list.reserve(array.size());
    for (const auto& item : array)
        list.append(item.toString());
    return list;
}

QString statusText(FetchRecord::Status status)
{
    switch (status) {
    case FetchRecord::Status::Fetched:
        return QStringLiteral("fetched");
    case FetchRecord::Status::Missing:
        return QStringLiteral("missing");
    case FetchRecord::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

std::optional<FetchRecord::Status> statusFrom(const QString& text)
{
    for (const auto status : {FetchRecord::Status::Fetched, FetchRecord::Status::Missing,
                              FetchRecord::Status::Failed}) {
        if (statusText(status) == text)
            return status;
    }
    return std::nullopt;
}

bool sourceOrderLess(const QString& a, const QString& b)
{
    const bool aLast = a == core::huggingFaceSource();
    const bool bLast = b == core::huggingFaceSource();
    return aLast != bLast ? bLast : a < b;
}

QString sourceRank(const QString& column)
{
    return QStringLiteral("(") + column + QStringLiteral(" = '") + core::huggingFaceSource() +
           QStringLiteral("')");
}

} // namespace paperboy::store::sql
