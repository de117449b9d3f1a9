#include "store/fts/Fts5Api.h"

#include <QCoreApplication>

// SQLite's own API: FTS5 hands out its C API only as a pointer bound to a statement, which
// QSqlQuery cannot bind.
#include <sqlite3.h>

namespace paperboy::store::fts {

fts5_api* fts5ApiOf(sqlite3* handle)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

QString setupFailure(sqlite3* handle)
{
    return QCoreApplication::translate("paperboy::store", "Cannot set up full-text search: %1")
        .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace paperboy::store::fts
