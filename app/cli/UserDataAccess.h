#pragma once

#include "cli/Commands.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserStore.h"

#include <memory>
#include <optional>

// What the user-data commands share: opening the two files and checking ids before anything
// is written, so that a bad id leaves both files as they were.
namespace paperboy::cli {

// Through store::openUserData: a recovery notice goes to stderr; null after printing the error.
std::unique_ptr<store::UserStore> openUserStore(CliContext& context);
// The cache if it exists (never created by reading); `failed` when it exists but cannot open.
std::unique_ptr<store::CacheReader> openCacheIfAny(CliContext& context, bool* failed);
// Normalised ids of `texts`, or nullopt after naming the first that is not an arXiv id.
std::optional<QStringList> parseIds(const QStringList& texts, const QString& command,
                                    CliContext& context);
// The ids must be in the cache or bookmarked (so kept in the user file); the first that is
// neither is named and false returned.
bool checkKnown(const QStringList& ids, const store::CacheReader* cache,
                const store::UserStore& user, const QString& command, CliContext& context);
// Writes `text` to `path` whole or not at all (QSaveFile); "-" or empty is standard output.
bool writeOutput(const QString& path, const QString& text, const QString& command,
                 CliContext& context);

// The writes of `bookmarks add|remove`, `read` and `note` (BookmarkCommands.cpp), shared with
// the MCP server's write tools so that both change the user file the same way. Each checks
// every id first, says what it did on `context.out` and what failed on `context.err`
// (prefixed with `command`), and answers the CLI's exit code: 0, or 2 with nothing changed.
int addBookmarks(const QStringList& ids, const QString& command, CliContext& context);
int removeBookmarks(const QStringList& ids, const QString& command, CliContext& context);
int setReadState(const QStringList& ids, bool read, const QString& command, CliContext& context);
// An empty text deletes the note.
int setNote(const QString& id, const QString& text, const QString& command, CliContext& context);

} // namespace paperboy::cli
