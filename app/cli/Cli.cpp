#include "cli/Cli.h"

#include "cli/CommandParsing.h"
#include "cli/LibrarySyncCommands.h"
#include "core/EnglishPlurals.h"
#include "i18n/Language.h"
#include "store/cache/CacheRecovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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
    {"search", runSearchCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Search every cached paper (words, filters, ids)")},
    {"top", runTopCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "The most voted papers of a week or month")},
    {"related", runRelatedCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "The papers most like one paper")},
    {"trends", runTrendsCommand,
     QT_TRANSLATE_NOOP("paperboy::cli",
                       "Papers per week or month of queries, rising terms, authors")},
    {"sync", runSyncCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Fetch digests from the network into the cache")},
    {"thumbnails", runThumbnailsCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Prefetch thumbnails of cached days, or show the cache")},
    {"bookmarks", runBookmarksCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Add, remove or list bookmarks")},
    {"read", runReadCommand, QT_TRANSLATE_NOOP("paperboy::cli", "Mark papers read or unread")},
    {"note", runNoteCommand, QT_TRANSLATE_NOOP("paperboy::cli", "Print or set a paper's note")},
    {"highlights", runHighlightsCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "List the highlights made in the Read view")},
    {"dismiss", runDismissCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Mark papers not interested, or undo it")},
    {"foryou", runForYouCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Papers ranked by what you bookmark, with reasons")},
    {"export", runExportCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Export papers as BibTeX, RIS, Markdown or CSV")},
    {"digest", runDigestCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Write a cached day as a Korean daily_papers_ko digest")},
    {"watch", runWatchCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Saved searches that count what is new, and their feeds")},
    {"userdata", runUserDataCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Export, import or back up your own data")},
    {"pdf", runPdfCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Download bookmarked papers' PDFs, or show them")},
    {"summarize", runSummarizeCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Summarize cached papers in Korean with a language model")},
    {"ask", runAskCommand,
     QT_TRANSLATE_NOOP("paperboy::cli", "Ask a question about a paper; the answer cites pages")},
    {"mcp", runMcpCommand,
     QT_TRANSLATE_NOOP("paperboy::cli",
                       "Serve the library to AI assistants (Model Context Protocol)")},
};

const Command* findCommand(const char* name)
{
    for (const Command& command : commands) {
        if (std::strcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

bool isGlobalValueOption(const QString& arg)
{
    return arg == QLatin1String("--data-dir") || arg == QLatin1String("--lang");
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
                split.error = arg == QLatin1String("--lang")
                                  ? Text::tr("--lang needs a language (en, ko)")
                                  : Text::tr("--data-dir needs a folder");
                return split;
            }
            const QString value = arguments.at(++i);
            if (arg == QLatin1String("--data-dir"))
                split.dataDir = value;
        } else if (!endOfOptions && arg.startsWith(QLatin1String("--lang="))) {
            // Read (and applied) by i18n::languageArgument before this runs.
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
    out << Text::tr("Usage: paperboy [--data-dir DIR] [COMMAND] [OPTIONS]") << '\n'
        << Text::tr(
               "Without a command, paperboy opens the reader window (--demo: with sample digests).")
        << "\n\n"
        << Text::tr("Global options:") << '\n'
        << "  --data-dir DIR  "
        << Text::tr("Folder of the cache and user data (also $PAPERBOY_DATA_DIR)") << '\n'
        << "  --lang LANG     "
        << Text::tr("Language of the messages: en or ko (default: the system's)") << '\n'
        << "  -h, --help      "
        << Text::tr("Show this help; COMMAND --help shows a command's options") << '\n'
        << "  -v, --version   " << Text::tr("Show the version") << "\n\n"
        << Text::tr("Commands:") << '\n';
    for (const Command& command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(11)
            << Text::tr(command.summary) << '\n';
}

// The options of QApplication itself that take a value (`-platform offscreen`, `--style X`):
// their value is not a command.
bool isQtValueOption(const char* arg)
{
    static const char* const options[] = {"platform",        "platformpluginpath",
                                          "platformtheme",   "plugin",
                                          "qmljsdebugger",   "style",
                                          "stylesheet",      "session",
                                          "display",         "geometry",
                                          "title",           "name",
                                          "qwindowgeometry", "qwindowicon",
                                          "qwindowtitle",    "qwindowdefaults"};
    const char* name = arg + (arg[1] == '-' ? 2 : 1);
    for (const char* option : options) {
        if (std::strcmp(name, option) == 0)
            return true;
    }
    return false;
}

} // namespace

bool isCliInvocation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        // The window's own --image-host takes a value too: the host is not a command.
        if (std::strcmp(arg, "--data-dir") == 0 || std::strcmp(arg, "--lang") == 0 ||
            std::strcmp(arg, "--image-host") == 0 || (arg[0] == '-' && isQtValueOption(arg))) {
            ++i; // skip its value
            continue;
        }
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
        // A word is a command, or a digest file or folder for the window to import; any other
        // word is reported by run() as an unknown command (exit 2) instead of opening it.
        if (arg[0] != '-')
            return findCommand(arg) != nullptr || !QFileInfo::exists(QString::fromLocal8Bit(arg));
    }
    return false;
}

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    core::EnglishPlurals plurals; // "1 paper", "3 papers" from "%n paper(s)"
    QCoreApplication::installTranslator(&plurals);
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERBOY_VERSION));

    const QString languageChoice = i18n::languageArgument(QCoreApplication::arguments());
    const i18n::InstalledLanguage language(i18n::chooseLanguage(
        languageChoice.isEmpty() ? i18n::savedLanguageChoice() : languageChoice));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // A language Paperboy does not have is a mistake to say, not a choice to ignore.
    const QString chosen = languageChoice.trimmed().toLower();
    if (!chosen.isEmpty() && chosen != QLatin1String("system") &&
        !i18n::supportedLanguages().contains(chosen)) {
        err << "paperboy: "
            << Text::tr("unknown language '%1' for --lang (supported: %2)")
                   .arg(languageChoice, i18n::supportedLanguages().join(QStringLiteral(", ")))
            << '\n';
        return exitUsage;
    }
    const SplitArguments split = splitArguments(QCoreApplication::arguments());
    if (!split.error.isEmpty()) {
        err << "paperboy: " << split.error << '\n';
        return exitUsage;
    }
    if (split.version && split.command.isEmpty()) {
        out << "paperboy " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (split.command.isEmpty()) {
        printUsage(split.help ? out : err);
        return split.help ? exitOk : exitUsage;
    }
    const Command* command = findCommand(split.command.toUtf8().constData());
    if (!command) {
        err << Text::tr("paperboy: unknown command '%1'").arg(split.command) << '\n';
        printUsage(err);
        return exitUsage;
    }
    CliContext context{store::DataPaths::resolve(split.dataDir), out, err};
    // Before any command opens the cache: a damaged one is set aside and an empty one begun,
    // so that every command still works (and says what happened) instead of failing on it.
    if (!split.help) {
        QString notice, error;
        if (!store::recoverCache(context.paths, &notice, &error))
            err << "paperboy: " << error << '\n';
        else if (!notice.isEmpty())
            err << "paperboy: " << notice << '\n';
        // The command's first open runs the migrations, which may rebuild the search index
        // (20 s for 50 000 papers): say so rather than seem to hang.
        if (store::cacheNeedsUpgrade(context.paths))
            err << Text::tr("paperboy: upgrading the cache for this version (once; the search "
                            "index is rebuilt, a large archive takes a minute or two)")
                << '\n';
        err.flush();
    }
    QStringList args{QStringLiteral("paperboy ") + split.command};
    if (split.help)
        args.append(QStringLiteral("--help"));
    args += split.rest;
    const int code = command->run(args, context);
    // Every write command's changes go to the library folder, if one is set (issue 34).
    if (!split.help)
        flushLibraryChanges(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace paperboy::cli
