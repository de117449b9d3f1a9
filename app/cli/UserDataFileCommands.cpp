// The user-data subcommands that write or read whole files: userdata export|import|backup.
#include "cli/CommandParsing.h"
#include "cli/LibrarySyncCommands.h"
#include "cli/UserDataAccess.h"
#include "export/UserDataJson.h"
#include "store/user/UserBackups.h"

#include <QCoreApplication>
#include <QFile>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

int exportUserData(const QString& path, const QString& command, CliContext& context)
{
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    QString error;
    const auto snapshot = user->snapshot(&error);
    if (!snapshot) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    return writeOutput(path, QString::fromUtf8(exporting::userDataToJson(*snapshot)), command,
                       context)
               ? 0
               : 2;
}

int importUserData(const QString& path, const QString& command, CliContext& context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << command << ": " << tr("cannot read %1: %2").arg(path, file.errorString())
                    << '\n';
        return exitFailed;
    }
    QString error;
    // Parsed whole before the store is touched: a broken file imports nothing.
    const auto snapshot = exporting::userDataFromJson(file.readAll(), &error);
    if (!snapshot) {
        context.err << command << ": " << path << ": " << error << '\n';
        return exitFailed;
    }
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    const auto counts = user->merge(*snapshot, &error);
    if (!counts) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    context.out << tr("Merged: %n bookmark(s), ", counts->bookmarks)
                << tr("%n read mark(s), ", counts->reads)
                << tr("%n note(s) new or newer", counts->notes)
                << tr(", %n watch(es) new or changed", counts->watches) << '\n'
                << tr("Merged: %n not-interested mark(s) new or newer", counts->dismissals) << '\n'
                << tr("Merged: %n highlight(s), ", counts->highlights)
                << tr("%n reading position(s) new or newer", counts->readingPositions) << '\n'
                << tr("Merged: %n question(s) new", counts->questions) << '\n';
    return 0;
}

int backUpUserData(const QString& command, CliContext& context)
{
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    QString error;
    const auto path = store::UserBackups(context.paths.userFile).backUp(*user, &error);
    if (!path) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    context.out << *path << '\n';
    return 0;
}

} // namespace

int runUserDataCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Move your bookmarks, read marks and notes as JSON (import merges: the newest change "
           "wins), or back the user file up now (the last 7 backups are kept). folder [DIR | "
           "--off] keeps the library in step with other machines through a folder; sync merges "
           "now."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("export, import, backup, folder or sync"),
                                 QStringLiteral("export|import|backup|folder|sync"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The JSON file (export: - for "
                                    "standard output)"),
                                 QStringLiteral("[FILE]"));
    // Library folder sync (docs/library-sync.md): `folder [DIR | --off]`, `sync`.
    const QCommandLineOption offOption(QStringLiteral("off"),
                                       tr("folder: stop keeping the library in step"));
    const QCommandLineOption nameOption(QStringLiteral("device-name"),
                                        tr("folder: the name other machines show for this one"),
                                        QStringLiteral("NAME"));
    parser.addOptions({offOption, nameOption});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString command = args.value(0) + QLatin1Char(' ') + action;
    if (action == QLatin1String("folder") && positional.size() <= 2 &&
        !(parser.isSet(offOption) && positional.size() == 2))
        return runLibraryFolder(positional.value(1), parser.isSet(offOption),
                                parser.value(nameOption), command, context);
    if (action == QLatin1String("sync") && positional.size() == 1)
        return runLibrarySync(command, context);
    if (action == QLatin1String("backup") && positional.size() == 1)
        return backUpUserData(command, context);
    if ((action == QLatin1String("export") || action == QLatin1String("import")) &&
        positional.size() == 2)
        return action == QLatin1String("export")
                   ? exportUserData(positional.at(1), command, context)
                   : importUserData(positional.at(1), command, context);
    context.err << args.value(0) << ": "
                << tr("use: userdata export FILE | userdata import FILE | userdata backup | "
                      "userdata folder [DIR | --off] | userdata sync")
                << '\n';
    return exitUsage;
}

} // namespace paperboy::cli
