#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QThread;
struct sqlite3;
struct sqlite3_stmt;

namespace paperboy::store {

// One SQLite connection through Qt's QSQLITE driver, under a connection name of its own that
// is removed again on destruction. A connection belongs to the thread that opened it (SQLite
// handles may not be shared between threads through Qt), so every use checks the thread.
// Opening does nothing to the file beyond what SQLite does on open (it registers the cache's
// SQL functions with the connection: registerCacheFunctions); pragmas and migrations are applied
// by openDatabase() (Schema.h).
class Connection final
{
public:
    // `immutable`: for a file in a folder that cannot be written (a read-only mount, a locked
    // folder), opened read-only as SQLite's "immutable" URI, the only way SQLite reads a WAL
    // file without creating its -shm beside it. Commits still in a -wal file are not seen.
    static std::unique_ptr<Connection> open(const QString& file, QString* error,
                                            bool immutable = false);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    const QString& file() const { return m_file; }
    QSqlDatabase& database();

    // A statement prepared once and kept for the connection's lifetime, forward-only.
    // Use it through PreparedQuery so that it is reset after use: a SELECT left open would
    // pin a WAL snapshot and keep the writer's checkpoints from finishing.
    QSqlQuery* prepared(const QString& sql, QString* error);
    // The same, for SQLite's own API (NativeStatement.h); null with an error if it does not
    // compile.
    sqlite3_stmt* nativeStatement(const char* sql, QString* error);
    sqlite3* nativeHandle() const { return m_handle; }
    // Runs one statement that returns nothing of interest.
    bool exec(const QString& sql, QString* error);
    // The first column of the first row of one statement; nullopt with an error on failure.
    std::optional<QVariant> scalar(const QString& sql, QString* error);

private:
    Connection(QString name, QString file);
    void checkThread() const;

    QString m_name;
    QString m_file;
    QThread* m_thread = nullptr;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    sqlite3* m_handle = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_nativeStatements; // finalized before the close
};

// What the cache's SQL needs on a connection: the full-text tokenizer (FtsTokenizer.h), its rank
// and snippet functions, and the packed texts' functions (PackedText.h, TextDictionary.h). For
// any connection to a cache file, the app's own and a test's.
bool registerCacheFunctions(sqlite3* handle, QString* error);

// A borrowed prepared statement, reset (finish()) when the scope ends.
class PreparedQuery final
{
public:
    PreparedQuery(Connection& connection, const QString& sql, QString* error)
        : m_query(connection.prepared(sql, error))
    {}
    ~PreparedQuery()
    {
        if (m_query)
            m_query->finish();
    }
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;

    explicit operator bool() const { return m_query != nullptr; }
    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

    // Binds `values` in order and executes; on failure fills `error` with the SQL message.
    bool exec(const QVariantList& values, QString* error);

private:
    QSqlQuery* m_query;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless committed. IMMEDIATE takes the write lock at
// the start, so a transaction never fails half-way for want of a lock it could have waited for.
// A Read transaction (plain BEGIN) gives several statements one consistent WAL snapshot; it
// ends with the scope.
class Transaction final
{
public:
    enum class Mode { Write, Read };
    explicit Transaction(Connection& connection, Mode mode = Mode::Write)
        : m_connection(connection), m_mode(mode)
    {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool begin(QString* error);
    bool commit(QString* error);

private:
    Connection& m_connection;
    Mode m_mode;
    bool m_active = false;
};

// SQLite's message and the start of the statement that failed, for error strings.
QString sqlError(const QSqlQuery& query);
// SQLite's message, led by a sentence in plain words for the errors a user can do something
// about (a full disk, a read-only folder); other messages are returned as they are.
QString explainSqliteError(int code, const QString& message);

} // namespace paperboy::store
