#pragma once

#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace paperboy::cli {

// The exit status of every command (README.md and packaging/paperboy.1 say the same):
constexpr int exitOk = 0;     // everything asked for was done
constexpr int exitFailed = 1; // not all of it: something named was not found (a paper, a day,
                              // a week with papers, a match), some inputs or requests failed,
                              // or a file or the cache could not be read or written
constexpr int exitUsage = 2;  // the command line is wrong (unknown command, option or language,
                              // a missing or malformed argument, or an id a command that writes
                              // cannot act on: not in the cache, not bookmarked) or lacks a
                              // needed setting; nothing was done

// The --help text of a command's parser, as `command` (e.g. "paperboy search") is typed:
// QCommandLineParser's own names the binary by its path and offers Qt's --help-all, which
// says nothing about Paperboy.
QString commandHelp(const QCommandLineParser& parser, const QString& command);

// Runs `parser` over `args`. Returns an exit code when the command must stop here: 0 after
// printing --help, 2 after a usage error (QCommandLineParser::process would exit with 1, which
// the CLI reserves for "some inputs failed").
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                  CliContext& context);

// Parses YYYY-MM-DD strictly; prints a usage error naming `what` when it is not a date.
std::optional<QDate> parseDateArgument(const QString& text, const QString& what,
                                       CliContext& context);

} // namespace paperboy::cli
