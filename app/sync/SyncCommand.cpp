#include "cli/Commands.h"

namespace paperboy::cli {

int runSyncCommand(const QStringList& args, CliContext& context)
{
    Q_UNUSED(args);
    context.err << QStringLiteral("paperboy sync: not built yet\n");
    return 2;
}

} // namespace paperboy::cli
