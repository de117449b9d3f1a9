#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

// Conversions between core values and the column formats described in 001_initial.sql.
namespace paperboy::store::sql {

// Text columns are NOT NULL and '' when empty, but QSQLITE binds a null QString as NULL.
QVariant text(const QString& value);

QString dayText(QDate day); // 'YYYY-MM-DD'
QDate dayFrom(const QVariant& value);

QVariant timeValue(const QDateTime& time); // ISO 8601 UTC with ms, NULL when invalid
QDateTime timeFrom(const QVariant& value);
QString nowText();

QVariant intValue(const std::optional<int>& value); // NULL when unknown
std::optional<int> intFrom(const QVariant& value);

QString jsonList(const QStringList& list);
QStringList listFrom(const QVariant& value); // empty for NULL or malformed JSON

// The order sources are read in wherever an order matters: digests of our own (markdown)
// first, Hugging Face last, then by name. `sourceRank(column)` is the same rank as SQL.
bool sourceOrderLess(const QString& a, const QString& b);
QString sourceRank(const QString& column);

} // namespace paperboy::store::sql
