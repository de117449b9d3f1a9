#pragma once

#include <QStringList>
#include <QStringView>

namespace paperboy::store {

// Splits an SQL script into single statements, because QSQLITE executes only the first
// statement of a string. Semicolons inside quotes, identifiers and comments do not end a
// statement, nor do those inside a CREATE TRIGGER body (it ends at "END;"), the same rule as
// sqlite3_complete(). Statements that hold only comments and whitespace are dropped.
QStringList splitSqlScript(QStringView script);

} // namespace paperboy::store
