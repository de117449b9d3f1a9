#pragma once

#include "parse/WarningSink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace paperboy::parse {

// Reads optional fields of one API entry. A missing or null field is simply empty; a field of
// the wrong type is reported (naming the entry and the field) and ignored, never fatal.
class JsonFields final
{
    Q_DECLARE_TR_FUNCTIONS(HfJsonReader)

public:
    // `entry` names the entry in messages, e.g. "entry 3 (2412.09604)".
    JsonFields(WarningSink& warnings, QString entry)
        : m_warnings(warnings), m_entry(std::move(entry))
    {}

    // `path` is the field as messages name it, e.g. "paper.githubStars"; its last part is the key.
    QString string(const QJsonObject& object, const QString& path) const;
    std::optional<int> integer(const QJsonObject& object, const QString& path) const;
    QStringList strings(const QJsonObject& object, const QString& path) const;
    QJsonObject object(const QJsonObject& object, const QString& path) const;
    QJsonArray array(const QJsonObject& object, const QString& path) const;
    QDateTime dateTime(const QJsonObject& object, const QString& path) const;
    // An http(s) URL (see acceptWebUrl); anything else is reported and ignored.
    QString webUrl(const QJsonObject& object, const QString& path) const;
    QStringList webUrls(const QJsonObject& object, const QString& path) const;
    // An organisation or user: "fullname", else "name".
    QString displayName(const QJsonObject& object, const QString& path) const;

    void report(const QString& path, const QString& problem) const;

private:
    QJsonValue value(const QJsonObject& object, const QString& path) const;
    void wrongType(const QString& path, const QString& expected) const;
    std::optional<QString> acceptedUrl(const QString& raw, const QString& path) const;

    WarningSink& m_warnings;
    QString m_entry;
};

} // namespace paperboy::parse
