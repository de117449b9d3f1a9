#include "libsync/Record.h"

#include "libsync/Tables.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::libsync {
namespace {

constexpr int formatVersion = 1;
constexpr qsizetype maxKeyLength = 200;
constexpr qsizetype maxDeviceNameLength = 100;
constexpr qsizetype maxBases = 64;

} // namespace

QByteArray Record::toLine() const
{
    QJsonObject object{{QStringLiteral("v"), formatVersion},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("clock"), clock.text()},
                       {QStringLiteral("device"), deviceName},
                       {QStringLiteral("row"), row ? QJsonValue(*row) : QJsonValue()}};
    if (kind == QLatin1String("note"))
        object.insert(QStringLiteral("bases"), QJsonArray::fromStringList(bases));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<Record> Record::fromLine(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    // A newer format is left for a newer Paperboy rather than half understood.
    if (object.value(QStringLiteral("v")).toInt() != formatVersion)
        return std::nullopt;
    Record record;
    record.kind = object.value(QStringLiteral("kind")).toString();
    record.key = object.value(QStringLiteral("key")).toString();
    record.deviceName = object.value(QStringLiteral("device")).toString().left(maxDeviceNameLength);
    const auto clock = Hlc::parse(object.value(QStringLiteral("clock")).toString());
    const TableSpec* spec = tableSpec(record.kind);
    if (!clock || !spec || record.key.isEmpty() || record.key.size() > maxKeyLength)
        return std::nullopt;
    record.clock = *clock;
    const QJsonValue row = object.value(QStringLiteral("row"));
    if (row.isObject()) {
        if (!rowIsValid(*spec, row.toObject()))
            return std::nullopt;
        record.row = row.toObject();
    } else if (!row.isNull()) {
        return std::nullopt;
    }
    if (record.kind == QLatin1String("note")) {
        const QJsonArray bases = object.value(QStringLiteral("bases")).toArray();
        if (bases.size() > maxBases)
            return std::nullopt;
        for (const QJsonValue& base : bases) {
            if (!Hlc::parse(base.toString()))
                return std::nullopt;
            record.bases.append(base.toString());
        }
    }
    return record;
}

} // namespace paperboy::libsync
