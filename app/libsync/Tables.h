#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace paperboy::store {
class Connection;
}

namespace paperboy::libsync {

// Where each kind of record lives in the user file: its table, key column and the columns a
// record carries. Records copy rows column by column, so both sides hold the same row (and
// `userdata export` shows the same) without this code knowing what a bookmark is.
struct TableSpec
{
    QString kind;
    QString table;
    QString keyColumn;
    QList<QString> textColumns; // NOT NULL text (times included)
    QString nullableTextColumn; // may be NULL (a paper's digest day); empty if none
    QString integerColumn;      // a watch's position; empty if none
};

const TableSpec* tableSpec(const QString& kind);
const QList<TableSpec>& tableSpecs();

// Whether `row` has exactly the value types the spec's columns need, within sane sizes. A
// row failing this (a hostile or damaged record) is never applied.
bool rowIsValid(const TableSpec& spec, const QJsonObject& row);
// Whether `key` is a key the table would accept (a normalised arXiv id, a valid watch name, a
// highlight's uid, a questionKey()).
bool keyIsValid(const TableSpec& spec, const QString& key);
// The key a question's records carry: its paper, time and the SHA-256 of its text, space
// separated. That is what `userdata import` matches questions on, and the same on every machine,
// where the row id the queue holds is not.
QString questionKey(const QJsonObject& row);

// The row of `key`, nullopt when there is none; `error` is set on a failed read.
std::optional<QJsonObject> readRow(store::Connection& connection, const TableSpec& spec,
                                   const QString& key, QString* error);
// Makes the row of `key` be `row` (or no row).
bool writeRow(store::Connection& connection, const TableSpec& spec, const QString& key,
              const std::optional<QJsonObject>& row, QString* error);

} // namespace paperboy::libsync
