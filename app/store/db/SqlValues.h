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

// A source's thumbnail as stored. Nearly every paper names Hugging Face's social thumbnail of
// its own id (all 1,175 Hugging Face papers of the shared corpus): stored as "=" it leaves
// some 80 bytes a row out of the table and again out of the day list's covering index. Any
// other value that starts with "=" is stored with one more "=" in front, so every value reads
// back exactly as written.
QString storedThumbnail(const QString& url, const QString& paperId);
QString thumbnailFrom(const QString& stored, const QString& paperId);
// SQL for the thumbnail as written of the stored `column`, whose paper's key is `paperKey`:
// a row stored before (the whole URL) compares equal to the same thumbnail stored as "=".
QString thumbnailSql(const QString& column, const QString& paperKey);

// The order sources are read in wherever an order matters: digests of our own (markdown)
// first, Hugging Face last, then by name. `sourceRank(column)` is the same rank as SQL.
bool sourceOrderLess(const QString& a, const QString& b);
QString sourceRank(const QString& column);

} // namespace paperboy::store::sql
