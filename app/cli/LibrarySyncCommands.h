#pragma once

#include "cli/Commands.h"

#include <QString>

// `userdata folder` and `userdata sync` (docs/library-sync.md), and the flush after every command.
namespace paperboy::cli {

// Shows the folder (empty `folder`), sets it, or with `off` turns it off.
int runLibraryFolder(const QString& folder, bool off, const QString& deviceName,
                     const QString& command, CliContext& context);
int runLibrarySync(const QString& command, CliContext& context);
// After a command: what it changed in the user file goes to the folder now. Quiet when there is
// no folder or it is away (the changes wait in the user file); a failure is a notice on stderr,
// never the command's failure, as the change itself is safely in the user file.
void flushLibraryChanges(CliContext& context);

} // namespace paperboy::cli
