#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace paperboy::mcp {

// Checks `value` against the part of JSON Schema our tools' input schemas use: type (one or a
// list), enum, minimum/maximum, minLength/maxLength, items, minItems/maxItems, properties,
// required and additionalProperties: false. Returns what is wrong, naming where
// ("limit: must be at most 100"), or an empty string when the value fits. Keywords it does
// not know are ignored, so a richer schema only checks less, never refuses more.
QString schemaViolation(const QJsonValue& value, const QJsonObject& schema,
                        const QString& where = QString());

} // namespace paperboy::mcp
