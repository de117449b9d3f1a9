// `paperboy sync`: the sync engine run once from the command line, progress on stderr and a
// one-line summary on stdout.
#include "cli/CommandParsing.h"
#include "cli/SyncArguments.h"
#include "store/cache/WriterThread.h"
#include "sync/SourceRegistry.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>

namespace paperboy::cli {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

// The rule of every command (CommandParsing.h): 0 when no (day, source) failed, else 1,
// whether some or all failed; 2 is only for a wrong command line.
int exitCodeFor(const sync::SyncSummary& summary)
{
    return summary.failed == 0 ? exitOk : exitFailed;
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

// A request's error belongs under its (day, source)'s "[n/N]" line, which is written when that
// pair finishes: the errors wait here until then. Requests of no pair (a probe) go out at once.
class ProgressLog final
{
public:
    explicit ProgressLog(QTextStream& err) : m_err(err) {}

    void request(const sync::RequestLogEntry& entry)
    {
        if (entry.error.isEmpty())
            return; // successful requests show in the per-day line
        const QString line = QStringLiteral("    ") + entry.url.toDisplayString() +
                             QStringLiteral(" (") + Text::tr("try %1").arg(entry.attempt) +
                             QStringLiteral("): ") + entry.error;
        if (!entry.date.isValid() && entry.source.isEmpty()) {
            m_err << line << '\n';
            m_err.flush();
            return;
        }
        m_pending[key(entry.date, entry.source)].append(line);
    }

    void task(const sync::SyncTaskResult& result, int done, int total)
    {
        reportProgress(m_err, result, done, total);
        for (const QString& line : m_pending.take(key(result.date, result.source)))
            m_err << line << '\n';
        m_err.flush();
    }

    // What no finished pair claimed (a cancelled run), last.
    void flush()
    {
        for (const QStringList& lines : std::as_const(m_pending)) {
            for (const QString& line : lines)
                m_err << line << '\n';
        }
        m_pending.clear();
        m_err.flush();
    }

private:
    static QString key(QDate date, const QString& source)
    {
        return date.toString(Qt::ISODate) + QLatin1Char(' ') + source;
    }

    QTextStream& m_err;
    QMap<QString, QStringList> m_pending; // ordered, so that flush() is the same every run
};

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
        return exitOk;
    }
    if (!parsed.usageError.isEmpty()) {
        context.err << args.value(0) << ": " << parsed.usageError << '\n';
        return exitUsage;
    }
    if (!context.paths.ensureDirectories(&error)) {
        context.err << "paperboy sync: " << error << '\n';
        return exitFailed;
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
    ProgressLog log(context.err);
    QObject::connect(
        &engine, &sync::SyncEngine::taskFinished, &loop,
        [&](const sync::SyncTaskResult& result) { log.task(result, done + 1, total); });
    QObject::connect(&engine, &sync::SyncEngine::requestLogged, &loop,
                     [&log](const sync::RequestLogEntry& entry) { log.request(entry); });
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
                     [&summary, &loop](const sync::SyncSummary& result) {
                         summary = result;
                         loop.quit();
                     });
    engine.start(parsed.request);
    loop.exec();
    log.flush();

    if (!writerError.isEmpty()) {
        context.err << "paperboy sync: " << writerError << '\n';
        return exitFailed;
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
