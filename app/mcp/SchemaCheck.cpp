#include "mcp/SchemaCheck.h"

#include <QJsonArray>

#include <cmath>

namespace paperboy::mcp {
namespace {

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("null"))
        return value.isNull();
    return true; // an unknown type name checks nothing
}

QString prefixed(const QString& where, const QString& message)
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString typeViolation(const QJsonValue& value, const QJsonValue& type)
{
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue& one : types) {
        if (hasType(value, one.toString()))
            return {};
    }
    QStringList names;
    for (const QJsonValue& one : types)
        names.append(one.toString());
    return QStringLiteral("must be of type %1").arg(names.join(QStringLiteral(" or ")));
}

QString numberViolation(const QJsonValue& value, const QJsonObject& schema)
{
    const double number = value.toDouble();
    if (schema.contains(QLatin1String("minimum")) &&
        number < schema.value(QLatin1String("minimum")).toDouble())
        return QStringLiteral("must be at least %1")
            .arg(schema.value(QLatin1String("minimum")).toDouble());
    if (schema.contains(QLatin1String("maximum")) &&
        number > schema.value(QLatin1String("maximum")).toDouble())
        return QStringLiteral("must be at most %1")
            .arg(schema.value(QLatin1String("maximum")).toDouble());
    return {};
}

QString lengthViolation(qsizetype length, const QJsonObject& schema, const char* minKey,
                        const char* maxKey, const QString& unit)
{
    const QString minName = QString::fromLatin1(minKey);
    const QString maxName = QString::fromLatin1(maxKey);
    if (schema.contains(minName) && length < schema.value(minName).toInteger())
        return QStringLiteral("must have at least %1 %2")
            .arg(schema.value(minName).toInteger())
            .arg(unit);
    if (schema.contains(maxName) && length > schema.value(maxName).toInteger())
        return QStringLiteral("must have at most %1 %2")
            .arg(schema.value(maxName).toInteger())
            .arg(unit);
    return {};
}

QString objectViolation(const QJsonObject& object, const QJsonObject& schema, const QString& where)
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue& name : schema.value(QLatin1String("required")).toArray()) {
        if (!object.contains(name.toString()))
            return prefixed(
                where, QStringLiteral("missing required property \"%1\"").arg(name.toString()));
    }
    const bool closed = schema.value(QLatin1String("additionalProperties")) == QJsonValue(false);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key();
        if (!properties.contains(it.key())) {
            if (closed)
                return prefixed(where, QStringLiteral("unknown property \"%1\"").arg(it.key()));
            continue;
        }
        const QString problem =
            schemaViolation(it.value(), properties.value(it.key()).toObject(), path);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace

QString schemaViolation(const QJsonValue& value, const QJsonObject& schema, const QString& where)
{
    if (schema.contains(QLatin1String("type"))) {
        const QString problem = typeViolation(value, schema.value(QLatin1String("type")));
        if (!problem.isEmpty())
            return prefixed(where, problem);
    }
    if (schema.contains(QLatin1String("enum")) &&
        !schema.value(QLatin1String("enum")).toArray().contains(value)) {
        QStringList allowed;
        for (const QJsonValue& one : schema.value(QLatin1String("enum")).toArray())
            allowed.append(one.toVariant().toString());
        return prefixed(
            where, QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    }
    QString problem;
    if (value.isDouble())
        problem = numberViolation(value, schema);
    else if (value.isString())
        problem = lengthViolation(value.toString().size(), schema, "minLength", "maxLength",
                                  QStringLiteral("characters"));
    if (!problem.isEmpty())
        return prefixed(where, problem);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        problem =
            lengthViolation(array.size(), schema, "minItems", "maxItems", QStringLiteral("items"));
        if (!problem.isEmpty())
            return prefixed(where, problem);
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i) {
            problem = schemaViolation(array.at(i), items, where + QStringLiteral("[%1]").arg(i));
            if (!problem.isEmpty())
                return problem;
        }
    }
    if (value.isObject())
        return objectViolation(value.toObject(), schema, where);
    return {};
}

} // namespace paperboy::mcp
