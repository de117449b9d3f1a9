#include "store/db/NativeStatement.h"

#include "store/db/Connection.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

// SQLite's own API: the day list's statement reads values as SQLite holds them, without the
// QVariant copy of every value that QSqlQuery makes (NativeStatement.h says why that matters).
#include <sqlite3.h>

namespace paperboy::store {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::store)
};

QString lastError(sqlite3* handle)
{
    return explainSqliteError(sqlite3_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace

sqlite3* nativeHandle(QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = Text::tr("The database connection is not a SQLite connection");
        return nullptr;
    }
    // A Qt whose driver carries its own copy of SQLite would hand us a handle of another
    // library; calling ours on it would corrupt memory. Debian's driver uses the system one.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next() ||
        query.value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        if (error)
            *error = Text::tr("Qt's SQLite driver uses a different SQLite (%1) than Paperboy was "
                              "built with (%2)")
                         .arg(query.value(0).toString(), QLatin1String(sqlite3_libversion()));
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

NativeStatement::NativeStatement(Connection& connection, const char* sql, QString* error)
    : m_handle(connection.nativeHandle()), m_statement(connection.nativeStatement(sql, error))
{}

NativeStatement::~NativeStatement()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

bool NativeStatement::bindText(int parameter, const QString& value, QString* error)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT) == SQLITE_OK)
        return true;
    if (error)
        *error = lastError(m_handle);
    return false;
}

bool NativeStatement::next(QString* error)
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE) {
        m_failed = true;
        if (error)
            *error = lastError(m_handle);
    }
    return false;
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<int> NativeStatement::optionalInt(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int(m_statement, column);
}

QString NativeStatement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

QByteArrayView NativeStatement::utf8(int column) const
{
    // sqlite3_column_text before sqlite3_column_bytes: the order SQLite documents as safe.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace paperboy::store
