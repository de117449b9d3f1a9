#pragma once

#include "sync/SourceRegistry.h"
#include "sync/SyncTypes.h"

#include <QStringList>

#include <optional>

namespace paperboy::cli {

// What `paperboy sync ...` asked for, or why it cannot be done.
struct SyncArguments
{
    sync::SyncRequest request;
    sync::SyncOptions options;
    QString helpText;   // set for --help: print it and stop with 0
    QString usageError; // set on a usage error: stop with 2
};

// Parses the sync subcommand's arguments (args[0] is the command name). Sources are named
// ones from `registry` (built-in or user-defined, even if switched off) or ad-hoc
// FORMAT=URL_TEMPLATE ones, which are named after their template.
SyncArguments parseSyncArguments(const QStringList& args, const sync::SourceRegistry& registry,
                                 QDate today);

} // namespace paperboy::cli
