#pragma once

#include <QString>

namespace paperboy::store {

// Where the two SQLite files live. The cache can be deleted and re-downloaded at any time;
// the user file (bookmarks, read state, notes) cannot, so the two are never the same file.
struct DataPaths
{
    QString cacheFile;
    QString userFile;

    // Both files in one directory (--data-dir, PAPERBOY_DATA_DIR, tests).
    static DataPaths inDirectory(const QString& dir);
    // XDG locations: cache in $XDG_CACHE_HOME/paperboy, user data in $XDG_DATA_HOME/paperboy.
    static DataPaths standard();
    // The --data-dir option if given, else $PAPERBOY_DATA_DIR, else standard().
    static DataPaths resolve(const QString& dataDirOption);

    // Creates the parent directories; false with a message when that is impossible.
    bool ensureDirectories(QString* error) const;
};

} // namespace paperboy::store
