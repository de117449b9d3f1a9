#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace paperboy::store {

class Connection;

// The sqlite3 handle behind `db` (an open QSQLITE connection), if it is one of the SQLite
// library this program is linked with; null with a message otherwise.
sqlite3* nativeHandle(QSqlDatabase& db, QString* error);

// One of a connection's statements, run through SQLite's own API rather than QSqlQuery.
//
// Why: QSqlQuery turns every value of every row into a QVariant (text into a QString through a
// UTF-16 copy) before the caller asks for it. For the day list, read on every day switch, that
// cost more than SQLite's own work. Used only where a measurement says so; everything else
// goes through PreparedQuery.
//
// The statement is prepared once per connection (Connection keeps it) and reset when this
// object goes, so that it never pins a WAL snapshot. Same thread rules as Connection.
class NativeStatement final
{
public:
    NativeStatement(Connection& connection, const char* sql, QString* error);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    explicit operator bool() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite.
    bool bindText(int parameter, const QString& value, QString* error);
    // Steps to the next row: false at the end, and on an error, which then fills `error` and
    // makes failed() true.
    bool next(QString* error);
    bool failed() const { return m_failed; }

    // Columns count from 0. Values are those of the current row.
    qint64 integer(int column) const;
    std::optional<int> optionalInt(int column) const; // nullopt for NULL
    QString text(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next step

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_failed = false;
};

} // namespace paperboy::store
