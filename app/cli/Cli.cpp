#include "Cli.h"

namespace paperboy::cli {
bool isCliInvocation(int, char**) { return false; }
int run(int, char**) { return 2; }
} // namespace paperboy::cli
