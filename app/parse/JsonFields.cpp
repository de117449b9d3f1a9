#include "parse/JsonFields.h"

#include "parse/MediaLinks.h"

#include <cmath>
#include <limits>

namespace paperboy::parse {

QJsonValue JsonFields::value(const QJsonObject& object, const QString& path) const
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return object.value(dot < 0 ? path : path.mid(dot + 1));
}

void JsonFields::report(const QString& path, const QString& problem) const
{
    m_warnings.warn(0, m_entry + QStringLiteral(": ") + path + QLatin1Char(' ') + problem);
}

void JsonFields::wrongType(const QString& path, const QString& expected) const
{
    report(path, tr("is not %1; ignored").arg(expected));
}

QString JsonFields::string(const QJsonObject& object, const QString& path) const
{
    const QJsonValue v = value(object, path);
    if (v.isString())
        return v.toString().trimmed();
    if (!v.isUndefined() && !v.isNull())
        wrongType(path, tr("a string"));
    return {};
}

std::optional<int> JsonFields::integer(const QJsonObject& object, const QString& path) const
{
    const QJsonValue v = value(object, path);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double number = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::trunc(number) != number ||
        std::abs(number) > double(std::numeric_limits<int>::max())) {
        wrongType(path, tr("a whole number"));
        return std::nullopt;
    }
    return int(number);
}

QJsonObject JsonFields::object(const QJsonObject& object, const QString& path) const
{
    const QJsonValue v = value(object, path);
    if (!v.isObject() && !v.isUndefined() && !v.isNull())
        wrongType(path, tr("an object"));
    return v.toObject();
}

QJsonArray JsonFields::array(const QJsonObject& object, const QString& path) const
{
    const QJsonValue v = value(object, path);
    if (!v.isArray() && !v.isUndefined() && !v.isNull())
        wrongType(path, tr("an array"));
    return v.toArray();
}

QStringList JsonFields::strings(const QJsonObject& object, const QString& path) const
{
    QStringList result;
    const QJsonArray items = array(object, path);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).isString())
            result.append(items.at(i).toString().trimmed());
        else
            wrongType(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                      tr("a string"));
    }
    return result;
}

QDateTime JsonFields::dateTime(const QJsonObject& object, const QString& path) const
{
    const QString text = string(object, path);
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        wrongType(path, tr("an ISO date and time"));
        return {};
    }
    return time.toUTC();
}

std::optional<QString> JsonFields::acceptedUrl(const QString& raw, const QString& path) const
{
    const std::optional<QString> url = acceptWebUrl(raw);
    if (!url)
        report(path, tr("\"%1\" is not an http(s) URL; ignored").arg(raw));
    return url;
}

QString JsonFields::webUrl(const QJsonObject& object, const QString& path) const
{
    const QString raw = string(object, path);
    return raw.isEmpty() ? QString() : acceptedUrl(raw, path).value_or(QString());
}

QStringList JsonFields::webUrls(const QJsonObject& object, const QString& path) const
{
    QStringList urls;
    for (const QString& raw : strings(object, path)) {
        if (const std::optional<QString> url = acceptedUrl(raw, path); url && !urls.contains(*url))
            urls.append(*url);
    }
    return urls;
}

QString JsonFields::displayName(const QJsonObject& object, const QString& path) const
{
    const QJsonObject who = this->object(object, path);
    const QString fullName = string(who, path + QStringLiteral(".fullname"));
    return fullName.isEmpty() ? string(who, path + QStringLiteral(".name")) : fullName;
}

} // namespace paperboy::parse
