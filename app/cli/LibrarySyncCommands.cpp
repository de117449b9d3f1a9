#include "cli/LibrarySyncCommands.h"

#include "cli/CommandParsing.h"
#include "libsync/LibrarySync.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

std::unique_ptr<libsync::LibrarySync> openSync(const QString& command, CliContext& context)
{
    QString error;
    auto sync = libsync::LibrarySync::open(context.paths, &error);
    if (!sync)
        context.err << command << ": " << error << '\n';
    return sync;
}

void printDevices(const libsync::SyncReport& report, const libsync::LibrarySync& sync,
                  CliContext& context)
{
    context.out << tr("Machines seen: %n", int(report.devices.size())) << '\n';
    for (auto it = report.devices.cbegin(); it != report.devices.cend(); ++it) {
        context.out << "  " << it.key() << "  " << it.value();
        if (it.key() == sync.deviceId())
            context.out << "  " << tr("(this machine)");
        context.out << '\n';
    }
}

} // namespace

int runLibraryFolder(const QString& folder, bool off, const QString& deviceName,
                     const QString& command, CliContext& context)
{
    const auto sync = openSync(command, context);
    if (!sync)
        return exitFailed;
    QString error;
    if (!deviceName.isEmpty() && !sync->setDeviceName(deviceName, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    if ((off || !folder.isEmpty()) && !sync->setFolder(off ? QString() : folder, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    const QString current = sync->folder();
    context.out << tr("Library folder: %1").arg(current.isEmpty() ? tr("off") : current) << '\n'
                << tr("This machine: %1 (%2)").arg(sync->deviceName(), sync->deviceId()) << '\n'
                << tr("Changes waiting for the folder: %1").arg(sync->pendingChanges()) << '\n';
    return exitOk;
}

int runLibrarySync(const QString& command, CliContext& context)
{
    const auto sync = openSync(command, context);
    if (!sync)
        return exitFailed;
    if (sync->folder().isEmpty()) {
        context.err << command << ": "
                    << tr("no library folder is set (paperboy userdata folder DIR)") << '\n';
        return exitFailed;
    }
    QString error;
    const auto report = sync->sync(&error);
    if (!report) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    if (!report->folderReachable) {
        // Not a failure: the changes are safe in the user file and go out when it is back.
        context.out << tr("The folder %1 is not there now; %n change(s) wait for it",
                          sync->pendingChanges())
                           .arg(report->folder)
                    << '\n';
        return exitOk;
    }
    context.out << tr("Sent: %n change(s)", report->published) << '\n'
                << tr("Came in: %n bookmark(s), ",
                      report->received.value(QStringLiteral("bookmark")))
                << tr("%n read mark(s), ", report->received.value(QStringLiteral("read")))
                << tr("%n note(s), ", report->received.value(QStringLiteral("note")))
                << tr("%n not-interested mark(s), ",
                      report->received.value(QStringLiteral("dismiss")))
                << tr("%n watch(es)", report->received.value(QStringLiteral("watch")))
                << tr(", %n highlight(s)", report->received.value(QStringLiteral("highlight")))
                << tr(", %n reading page(s)", report->received.value(QStringLiteral("reading")))
                << tr(", %n question(s)", report->received.value(QStringLiteral("question")))
                << '\n';
    if (report->notesKeptBoth > 0)
        context.out << tr("Notes that now keep the texts of edits made apart: %n",
                          report->notesKeptBoth)
                    << '\n';
    if (report->skippedLines > 0)
        context.out << tr("Skipped %n line(s) that are not whole records (read again later)",
                          report->skippedLines)
                    << '\n';
    printDevices(*report, *sync, context);
    return exitOk;
}

void flushLibraryChanges(CliContext& context)
{
    // Never creates the user file: a command that did not make one has nothing to send.
    if (!QFileInfo::exists(context.paths.userFile))
        return;
    QString error;
    const auto sync = libsync::LibrarySync::open(context.paths, &error);
    if (!sync || sync->folder().isEmpty() || sync->pendingChanges() == 0)
        return;
    if (!sync->flush(&error))
        context.err << "paperboy: "
                    << tr("the library folder was not updated (the change is kept and goes out "
                          "later): %1")
                           .arg(error)
                    << '\n';
}

} // namespace paperboy::cli
