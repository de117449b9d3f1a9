// `paperboy mcp`: the library as a Model Context Protocol server on stdin/stdout, for AI
// assistants (Claude Desktop, Claude Code, VS Code ...) that start it as a subprocess.
#include "cli/CommandParsing.h"
#include "cli/McpTools.h"
#include "mcp/Server.h"
#include "mcp/StdioTransport.h"

#include <QCoreApplication>

#include <iostream>

namespace paperboy::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::cli", text);
}

} // namespace

void addMcpTools(mcp::ToolRegistry& tools, mcp::ResourceRegistry& resources,
                 LibraryReaders& library, bool allowWrites)
{
    addReadTools(tools, library);
    addBookmarkListTool(tools, library.paths());
    addWatchTools(tools, library.paths());
    addForYouTools(tools, library);
    addWriteTools(tools, library.paths(), allowWrites);
    addPaperResources(resources, library);
}

int runMcpCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve the library to AI assistants as a Model Context Protocol server over standard "
           "input and output (JSON-RPC, one message a line; messages go to standard error). "
           "Read-only unless --allow-writes."));
    const QCommandLineOption allowWrites(
        QStringLiteral("allow-writes"),
        tr("Let assistants add and remove bookmarks, set notes and mark papers read"));
    parser.addOption(allowWrites);
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << args.value(0) << ": " << tr("takes no arguments") << '\n';
        return 2;
    }
    LibraryReaders library(context.paths);
    mcp::ToolRegistry tools;
    mcp::ResourceRegistry resources;
    addMcpTools(tools, resources, library, parser.isSet(allowWrites));
    mcp::Server server({QStringLiteral("paperboy"), QStringLiteral("Paperboy"),
                        QCoreApplication::applicationVersion(),
                        QStringLiteral("The user's offline library of AI papers (Hugging Face "
                                       "Daily Papers and Korean digests). Search it with "
                                       "search_papers, read a paper with get_paper.")},
                       tools, resources);
    // Only protocol on stdout: everything said to a person goes to stderr.
    context.err << tr("paperboy mcp: serving %1 (%2)")
                       .arg(context.paths.cacheFile,
                            parser.isSet(allowWrites) ? tr("writes allowed") : tr("read-only"))
                << '\n';
    context.err.flush();
    mcp::serveStdio(server, std::cin, std::cout);
    return 0;
}

} // namespace paperboy::cli
