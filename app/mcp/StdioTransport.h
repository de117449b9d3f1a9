#pragma once

#include <istream>
#include <ostream>

namespace paperboy::mcp {

class Server;

// MCP's stdio transport: reads newline-delimited messages from `in` until it ends, answers
// each on `out` (flushed at once, so the client never waits on a buffer) and returns then.
// A line may end in CRLF; blank lines are skipped. Nothing else is ever written to `out`.
void serveStdio(Server& server, std::istream& in, std::ostream& out);

} // namespace paperboy::mcp
