#pragma once

#include <QString>

struct sqlite3;
struct fts5_api;

namespace paperboy::store::fts {

// FTS5's C API on a connection, which SQLite hands out through "SELECT fts5(?1)" only; null
// when the library has no FTS5. For registering the project's tokenizer and functions.
fts5_api* fts5ApiOf(sqlite3* handle);

// "Cannot set up full-text search: <SQLite's last message on the handle>".
QString setupFailure(sqlite3* handle);

} // namespace paperboy::store::fts
