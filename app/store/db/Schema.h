#pragma once

#include "store/db/Connection.h"

#include <QString>

#include <memory>

namespace paperboy::store {

// What a Paperboy SQLite file is: which migrations build it, how it identifies itself and
// how durable its commits must be.
struct SchemaSpec
{
    enum class Durability { Normal, Full };

    QString kind;          // "cache" or "user", for messages
    QString migrationsDir; // a Qt resource folder (or, in tests, any folder) of NNN_name.sql
    qint32 applicationId;  // PRAGMA application_id: tells our files from other SQLite files
    // NORMAL in WAL mode can lose the last commits on power loss but never corrupts: right for
    // a re-downloadable cache. The user's own data gets FULL.
    Durability durability;
    // PRAGMA page_size of a file this creates; 0 keeps SQLite's default (4096). A file that
    // exists keeps its page size: in WAL mode only a VACUUM outside WAL could change it.
    int newFilePageSize = 0;
    // Whether the backups made before earlier upgrades are removed once an upgrade succeeds
    // (Migrator.h): each is a whole copy of the file, which for the cache is gigabytes after
    // years and can be downloaded again; the user's small file keeps every backup.
    bool keepsOnlyNewestBackup = false;

    static SchemaSpec cache();
    static SchemaSpec user();
};

// Opens (creating if needed) a Paperboy file and makes it ready for use:
//  - a file that is not SQLite, or SQLite but not this kind of Paperboy file, is refused
//    without being touched;
//  - a file written by a newer Paperboy (user_version above the newest migration) is refused
//    before anything is written to it;
//  - pragmas are set and checked: WAL, foreign keys, synchronous, busy timeout, temp store;
//    a file being created gets the schema's page size first;
//  - pending migrations run, after a backup of a non-empty file (Migrator.h).
// `readOnly` connections get PRAGMA query_only after migrating.
// A file that exists in a read-only folder, or is read-only itself, is opened immutable
// (Connection::open) when `readOnly`, and refused with a plain message otherwise.
std::unique_ptr<Connection> openDatabase(const QString& file, const SchemaSpec& schema,
                                         bool readOnly, QString* error);

// True when `file`, or the folder it is (or would be created) in, cannot be written to.
bool isUnwritable(const QString& file);

} // namespace paperboy::store
