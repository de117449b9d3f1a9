#pragma once

namespace paperboy::cli {

// True when argv names a CLI subcommand, asks for --help/--version, or holds any other word
// that is not an option's value (run() then reports an unknown command).
bool isCliInvocation(int argc, char** argv);
// Creates the QCoreApplication and runs the subcommand. Exit codes (CommandParsing.h): 0 done,
// 1 not found or (partly) failed, 2 usage error.
int run(int argc, char** argv);

} // namespace paperboy::cli
