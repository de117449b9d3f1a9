#pragma once

#include <QString>

#include <optional>

namespace paperboy::store {

// Moves a file that cannot be used to "<file>.damaged-<UTC time>", with its -wal and -shm so
// that SQLite can still open the moved copy. Nothing is ever deleted: the user (or a support
// request) may want the bytes back. The new path, or nullopt with an error.
std::optional<QString> moveDamagedAside(const QString& file, QString* error);

// The first `bytes` bytes of `file` (fewer when it is shorter), or nullopt when it cannot be
// read. Read through SQLite's own file layer, never a file descriptor of our own: closing a
// second descriptor of a database file drops every POSIX lock this process holds on it, the
// locks of its open SQLite connections included, and another process may then checkpoint and
// delete the write-ahead log under them, which corrupts the file. SQLite defers such a close
// while its connections hold locks.
std::optional<QByteArray> readFileStart(const QString& file, int bytes);

// The 100-byte SQLite header of `file`, when it starts with SQLite's magic string.
std::optional<QByteArray> sqliteHeader(const QString& file);

// True when `file` begins with SQLite's magic string.
bool hasSqliteMagic(const QString& file);

// True when the header promises more pages than the file holds and no write-ahead log could
// hold them instead: the file was cut off (a full disk, a broken copy). A file that is being
// checkpointed always has a non-empty -wal beside it, so a healthy file is never taken for it.
bool isCutOff(const QString& file, const QByteArray& header);

} // namespace paperboy::store
