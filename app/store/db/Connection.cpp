#include "store/db/Connection.h"

#include "store/db/NativeStatement.h"
#include "store/fts/FtsRank.h"
#include "store/fts/FtsSnippet.h"
#include "store/fts/FtsTokenizer.h"
#include "store/packed/PackedText.h"
#include "store/packed/TextDictionary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

// SQLite's own API: the extensions are registered on the driver's sqlite3 handle, which
// QSqlDatabase cannot do, and the native statements (NativeStatement.h) are prepared on it.
#include <sqlite3.h>

namespace paperboy::store {

std::unique_ptr<Connection> Connection::open(const QString& file, QString* error, bool immutable)
{
    // A UUID keeps names unique across threads without a shared counter.
    const QString name = QStringLiteral("paperboy-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Connection> connection(new Connection(name, file));
    if (!connection->m_db.isValid()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store",
                                                 "The Qt SQLite driver (QSQLITE) is not available");
        return nullptr;
    }
    if (immutable) {
        connection->m_db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        connection->m_db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
    } else {
        connection->m_db.setDatabaseName(file);
    }
    if (!connection->m_db.open()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store", "Cannot open %1: %2")
                         .arg(file, connection->m_db.lastError().text());
        return nullptr;
    }
    // Checked once here (the library behind Qt's driver must be ours) and used from then on.
    connection->m_handle = store::nativeHandle(connection->m_db, error);
    // Before anything reads the schema: paper_fts cannot even be opened without it.
    if (!connection->m_handle || !registerCacheFunctions(connection->m_handle, error))
        return nullptr;
    return connection;
}

bool registerCacheFunctions(sqlite3* handle, QString* error)
{
    return fts::registerTokenizer(handle, error) && fts::registerRankFunction(handle, error) &&
           fts::registerSnippetFunction(handle, error) &&
           packed::registerFunctions(handle, error) &&
           packed::registerPackStoredFunction(handle, error);
}

Connection::Connection(QString name, QString file)
    : m_name(std::move(name)), m_file(std::move(file)), m_thread(QThread::currentThread()),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{}

Connection::~Connection()
{
    checkThread();
    // Every query and every copy of the QSqlDatabase must be gone before removeDatabase(),
    // or Qt keeps the connection alive and warns.
    m_statements.clear();
    for (sqlite3_stmt* statement : std::as_const(m_nativeStatements))
        sqlite3_finalize(statement);
    m_nativeStatements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void Connection::checkThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "paperboy::store::Connection",
               "a connection is used on a thread other than the one that opened it");
}

QSqlDatabase& Connection::database()
{
    checkThread();
    return m_db;
}

QSqlQuery* Connection::prepared(const QString& sql, QString* error)
{
    checkThread();
    if (const auto found = m_statements.constFind(sql); found != m_statements.constEnd())
        return found->get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = sqlError(*query);
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

sqlite3_stmt* Connection::nativeStatement(const char* sql, QString* error)
{
    checkThread();
    const QByteArray key(sql);
    if (sqlite3_stmt* found = m_nativeStatements.value(key))
        return found;
    sqlite3_stmt* statement = nullptr;
    if (!m_handle || sqlite3_prepare_v3(m_handle, sql, int(key.size()), SQLITE_PREPARE_PERSISTENT,
                                        &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                              : QStringLiteral("no connection");
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_nativeStatements.insert(key, statement);
    return statement;
}

bool Connection::exec(const QString& sql, QString* error)
{
    checkThread();
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    return true;
}

std::optional<QVariant> Connection::scalar(const QString& sql, QString* error)
{
    checkThread();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = sqlError(query);
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store", "No result from: %1").arg(sql);
        return std::nullopt;
    }
    return query.value(0);
}

bool PreparedQuery::exec(const QVariantList& values, QString* error)
{
    if (!m_query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    if (!m_query->exec()) {
        if (error)
            *error = sqlError(*m_query);
        return false;
    }
    return true;
}

Transaction::~Transaction()
{
    if (m_active)
        m_connection.exec(QStringLiteral("ROLLBACK"), nullptr);
}

bool Transaction::begin(QString* error)
{
    m_active = m_connection.exec(
        m_mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
    return m_active;
}

bool Transaction::commit(QString* error)
{
    if (!m_active || !m_connection.exec(QStringLiteral("COMMIT"), error))
        return false;
    m_active = false;
    return true;
}

QString sqlError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    QString statement = query.lastQuery().simplified();
    if (statement.size() > 120)
        statement = statement.left(117) + QStringLiteral("...");
    return error.databaseText().isEmpty()
               ? error.text()
               : explainSqliteError(error.nativeErrorCode().toInt(), error.databaseText()) +
                     QStringLiteral(" [") + statement + QLatin1Char(']');
}

QString explainSqliteError(int code, const QString& message)
{
    // The primary code is the low byte of an extended one.
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("paperboy::store",
                                           "The disk is full, so this was not saved: %1")
            .arg(message);
    case SQLITE_READONLY:
        return QCoreApplication::translate("paperboy::store",
                                           "The data folder cannot be written to, so this was not "
                                           "saved: %1")
            .arg(message);
    default:
        return message;
    }
}

} // namespace paperboy::store
