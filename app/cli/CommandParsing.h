#pragma once

#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace paperboy::cli {

// Runs `parser` over `args`. Returns an exit code when the command must stop here: 0 after
// printing --help, 2 after a usage error (QCommandLineParser::process would exit with 1, which
// the CLI reserves for "some inputs failed").
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                  CliContext& context);

// Parses YYYY-MM-DD strictly; prints a usage error naming `what` when it is not a date.
std::optional<QDate> parseDateArgument(const QString& text, const QString& what,
                                       CliContext& context);

} // namespace paperboy::cli
