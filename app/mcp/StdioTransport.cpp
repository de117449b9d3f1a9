#include "mcp/StdioTransport.h"

#include "mcp/Server.h"

#include <string>

namespace paperboy::mcp {

void serveStdio(Server& server, std::istream& in, std::ostream& out)
{
    std::string line;
    while (std::getline(in, line)) {
        const QByteArray bytes = QByteArray::fromStdString(line).trimmed();
        if (bytes.isEmpty())
            continue;
        const QByteArray answer = server.handleLine(bytes);
        if (!answer.isEmpty()) {
            out.write(answer.constData(), std::streamsize(answer.size()));
            out.flush();
        }
    }
}

} // namespace paperboy::mcp
