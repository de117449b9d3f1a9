#include "cli/Cli.h"

#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace paperboy::cli {
namespace {

using CommandFunction = int (*)(const QStringList&, CliContext&);

struct Command
{
    const char* name;
    CommandFunction run;
    const char* summary;
};

// QT_TRANSLATE_NOOP keeps the summaries translatable although they live in a static table.
const Command commands[] = {
    {"import", runImportCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Import digest files or folders (.md, .json)")},
    {"days", runDaysCommand, QT_TRANSLATE_NOOP("paperboy::cli", "List cached days")},
    {"list", runListCommand, QT_TRANSLATE_NOOP("paperboy::cli", "List the papers of a day")},
    {"show", runShowCommand, QT_TRANSLATE_NOOP("paperboy::cli", "Show one paper")},
    {"sync", runSyncCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Fetch digests from the network into the cache")},
    {"bookmarks", runBookmarksCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Add, remove or list bookmarks")},
    {"read", runReadCommand, QT_TRANSLATE_NOOP("paperboy::cli", "Mark papers read or unread")},
    {"note", runNoteCommand, QT_TRANSLATE_NOOP("paperboy::cli", "Print or set a paper's note")},
    {"export", runExportCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Export papers as BibTeX, RIS, Markdown or CSV")},
    {"userdata", runUserDataCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Export, import or back up your own data")},
};

const Command* findCommand(const char* name)
{
    for (const Command& command : commands) {
        if (std::strcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::cli", text);
}

bool isGlobalValueOption(const QString& arg)
{
    return arg == QLatin1String("--data-dir");
}

// The global options may stand before or after the subcommand; they are taken out here so
// that each subcommand's parser sees only its own options.
struct SplitArguments
{
    QString dataDir;
    QString command;
    QStringList rest;
    bool help = false;
    bool version = false;
    QString error;
};

SplitArguments splitArguments(const QStringList& arguments)
{
    SplitArguments split;
    bool endOfOptions = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!endOfOptions && isGlobalValueOption(arg)) {
            if (i + 1 >= arguments.size()) {
                split.error = tr("--data-dir needs a folder");
                return split;
            }
            split.dataDir = arguments.at(++i);
        } else if (!endOfOptions && arg.startsWith(QLatin1String("--data-dir="))) {
            split.dataDir = arg.mid(int(std::strlen("--data-dir=")));
        } else if (split.command.isEmpty() && !endOfOptions &&
                   (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            split.help = true;
        } else if (split.command.isEmpty() && !endOfOptions &&
                   (arg == QLatin1String("--version") || arg == QLatin1String("-v"))) {
            split.version = true;
        } else if (split.command.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            split.command = arg;
        } else {
            if (arg == QLatin1String("--"))
                endOfOptions = true;
            split.rest.append(arg);
        }
    }
    return split;
}

void printUsage(QTextStream& out)
{
    out << tr("Usage: paperboy [--data-dir DIR] [COMMAND] [OPTIONS]") << '\n'
        << tr("Without a command, paperboy opens the reader window (--demo: with sample digests).")
        << "\n\n"
        << tr("Global options:") << '\n'
        << "  --data-dir DIR  " << tr("Folder of the cache and user data (also $PAPERBOY_DATA_DIR)")
        << '\n'
        << "  -h, --help      " << tr("Show this help; COMMAND --help shows a command's options")
        << '\n'
        << "  -v, --version   " << tr("Show the version") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command& command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(11) << tr(command.summary)
            << '\n';
}

} // namespace

bool isCliInvocation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--data-dir") == 0) {
            ++i; // skip its value
            continue;
        }
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
        if (arg[0] != '-')
            return findCommand(arg) != nullptr;
    }
    return false;
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERBOY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const SplitArguments split = splitArguments(QCoreApplication::arguments());
    if (!split.error.isEmpty()) {
        err << "paperboy: " << split.error << '\n';
        return 2;
    }
    if (split.version && split.command.isEmpty()) {
        out << "paperboy " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (split.command.isEmpty()) {
        printUsage(split.help ? out : err);
        return split.help ? 0 : 2;
    }
    const Command* command = findCommand(split.command.toUtf8().constData());
    if (!command) {
        err << tr("paperboy: unknown command '%1'").arg(split.command) << '\n';
        printUsage(err);
        return 2;
    }
    CliContext context{store::DataPaths::resolve(split.dataDir), out, err};
    QStringList args{QStringLiteral("paperboy ") + split.command};
    if (split.help)
        args.append(QStringLiteral("--help"));
    args += split.rest;
    const int code = command->run(args, context);
    out.flush();
    err.flush();
    return code;
}

} // namespace paperboy::cli
