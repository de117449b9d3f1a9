// `paperboy sync`: the sync engine run once from the command line, progress on stderr and a
// one-line summary on stdout.
#include "cli/Commands.h"
#include "cli/SyncArguments.h"
#include "store/WriterThread.h"
#include "sync/SourceRegistry.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace paperboy::cli {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

// 0 all fine, 1 some (day, source) failed, 2 nothing could be reached at all.
int exitCodeFor(const sync::SyncSummary& summary)
{
    if (summary.failed == 0)
        return 0;
    const bool anyAnswer = summary.fetched + summary.unchanged + summary.missing > 0 ||
                           summary.unreachable < summary.failed;
    return anyAnswer ? 1 : 2;
}

void reportProgress(QTextStream& err, const sync::SyncTaskResult& result, int done, int total)
{
    err << '[' << done << '/' << total << "] " << result.date.toString(Qt::ISODate) << ' '
        << result.source << ": " << sync::outcomeName(result.outcome);
    if (result.outcome == sync::TaskOutcome::Fetched)
        err << ", " << Text::tr("%n paper(s)", nullptr, result.papers);
    if (!result.error.isEmpty())
        err << " - " << result.error;
    err << '\n';
    for (const QString& warning : result.warnings)
        err << "    " << Text::tr("warning: %1").arg(warning) << '\n';
    err.flush();
}

void reportRequest(QTextStream& err, const sync::RequestLogEntry& entry)
{
    if (entry.error.isEmpty())
        return; // successful requests show in the per-day line
    err << "    " << entry.url.toDisplayString() << " (" << Text::tr("try %1").arg(entry.attempt)
        << "): " << entry.error << '\n';
    err.flush();
}

} // namespace

int runSyncCommand(const QStringList& args, CliContext& context)
{
    sync::SourceRegistry registry(sync::SourceRegistry::defaultFilePath());
    QString error;
    QStringList problems;
    if (!registry.load(&error, &problems))
        context.err << "paperboy sync: " << error << '\n';
    for (const QString& problem : problems)
        context.err << "paperboy sync: " << problem << '\n';

    const SyncArguments parsed = parseSyncArguments(args, registry, QDate::currentDate());
    if (!parsed.helpText.isEmpty()) {
        context.out << parsed.helpText;
        return 0;
    }
    if (!parsed.usageError.isEmpty()) {
        context.err << args.value(0) << ": " << parsed.usageError << '\n';
        return 2;
    }
    if (!context.paths.ensureDirectories(&error)) {
        context.err << "paperboy sync: " << error << '\n';
        return 2;
    }

    store::WriterThread writer(context.paths);
    sync::SyncEngine engine(context.paths, writer, parsed.options);
    QEventLoop loop;
    sync::SyncSummary summary;
    QString writerError;
    int done = 0;
    int total = 0;
    QObject::connect(&writer, &store::WriterThread::openFailed, &loop,
                     [&writerError, &engine](const QString& message) {
                         writerError = message;
                         engine.cancel();
                     });
    QObject::connect(&engine, &sync::SyncEngine::progress, &loop, [&done, &total](int d, int t) {
        done = d;
        total = t;
    });
    QObject::connect(&engine, &sync::SyncEngine::taskFinished, &loop,
                     [&](const sync::SyncTaskResult& result) {
                         reportProgress(context.err, result, done + 1, total);
                     });
    QObject::connect(
        &engine, &sync::SyncEngine::requestLogged, &loop,
        [&context](const sync::RequestLogEntry& entry) { reportRequest(context.err, entry); });
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                     [&summary, &loop](const sync::SyncSummary& result) {
                         summary = result;
                         loop.quit();
                     });
    engine.start(parsed.request);
    loop.exec();

    if (!writerError.isEmpty()) {
        context.err << "paperboy sync: " << writerError << '\n';
        return 2;
    }
    if (summary.offline && summary.failed > 0)
        context.err << "paperboy sync: " << Text::tr("offline: the network is down") << '\n';
    if (summary.skipped > 0)
        context.err << Text::tr("%n (day, source) pair(s) skipped: fetched before and final",
                                nullptr, summary.skipped)
                    << '\n';
    // A fixed, untranslated line: scripts read it.
    context.out << "days: fetched " << summary.fetched << ", unchanged " << summary.unchanged
                << ", missing " << summary.missing << ", failed " << summary.failed << '\n';
    return exitCodeFor(summary);
}

} // namespace paperboy::cli
