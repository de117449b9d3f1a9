// `paperboy summarize`: Korean summaries of cached papers from an OpenAI-compatible endpoint,
// the command-line twin of the window's Summarize in Korean. Progress on stderr, a one-line
// summary on stdout; each summary is stored as it arrives, so a stopped run keeps its work.
#include "cli/CommandParsing.h"
#include "cli/LlmEndpoint.h"
#include "cli/UserDataAccess.h"
#include "pdf/PdfSettings.h"
#include "store/cache/CacheWriter.h"
#include "summarize/SummaryRun.h"
#include "summarize/SummarySettings.h"
#include "sync/UrlSafety.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace paperboy::cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

struct Options
{
    summarize::SummaryRequest request;
    bool usage = false;
};

// The days of --date, or of --from..--to; empty with no day option.
std::optional<QList<QDate>> parseDays(const QCommandLineParser& parser,
                                      const QCommandLineOption& date,
                                      const QCommandLineOption& from, const QCommandLineOption& to,
                                      CliContext& context)
{
    const QString command = QStringLiteral("paperboy summarize");
    QList<QDate> days;
    if (parser.isSet(date) && (parser.isSet(from) || parser.isSet(to))) {
        context.err << command << ": " << Text::tr("give --date or --from/--to, not both") << '\n';
        return std::nullopt;
    }
    if (parser.isSet(date)) {
        const auto day = parseDateArgument(parser.value(date), command, context);
        if (!day)
            return std::nullopt;
        days.append(*day);
    } else if (parser.isSet(from) || parser.isSet(to)) {
        if (!parser.isSet(from) || !parser.isSet(to)) {
            context.err << command << ": " << Text::tr("--from and --to go together") << '\n';
            return std::nullopt;
        }
        const auto first = parseDateArgument(parser.value(from), command, context);
        const auto last =
            first ? parseDateArgument(parser.value(to), command, context) : std::nullopt;
        if (!last)
            return std::nullopt;
        if (*last < *first || first->daysTo(*last) > 366) {
            context.err << command << ": "
                        << Text::tr("--to must be on or after --from, at most a year later")
                        << '\n';
            return std::nullopt;
        }
        for (QDate day = *first; day <= *last; day = day.addDays(1))
            days.append(day);
    }
    return days;
}

} // namespace

int runSummarizeCommand(const QStringList& args, CliContext& context)
{
    const summarize::SummarySettings settings = summarize::SummarySettings::load();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Summarize cached papers in Korean (What's New, Technical Details, Performance "
                 "Highlights) through an OpenAI-compatible chat-completions endpoint. The API "
                 "key comes from $PAPERBOY_LLM_API_KEY or the system keyring. Papers the same "
                 "model summarized before are not asked again."));
    const QCommandLineOption date(QStringLiteral("date"), Text::tr("The papers of DATE"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("The papers from DATE ..."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("... to DATE"),
                                QStringLiteral("DATE"));
    const QCommandLineOption id(QStringLiteral("id"), Text::tr("This paper (may be repeated)"),
                                QStringLiteral("ID"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        Text::tr("The endpoint (default: the setting, %1)").arg(settings.endpoint),
        QStringLiteral("URL"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        Text::tr("The model (default: the setting, %1)").arg(settings.model),
        QStringLiteral("NAME"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        Text::tr("Requests at a time, 1-4 (default: %1)").arg(settings.concurrency),
        QStringLiteral("N"));
    const QCommandLineOption withPdf(
        QStringLiteral("with-pdf"),
        Text::tr("Add each paper's PDF text: the kept PDF, else downloaded for the prompt"));
    parser.addOptions({date, from, to, id, endpoint, model, concurrency, withPdf});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QString command = QStringLiteral("paperboy summarize");
    if (!parser.positionalArguments().isEmpty()) {
        context.err
            << command << ": "
            << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
            << '\n';
        return exitUsage;
    }
    const auto days = parseDays(parser, date, from, to, context);
    if (!days)
        return exitUsage;
    const auto ids = parseIds(parser.values(id), command, context);
    if (!ids)
        return exitUsage;
    if (days->isEmpty() && ids->isEmpty()) {
        context.err << command << ": " << Text::tr("give --date, --from/--to or --id") << '\n';
        return exitUsage;
    }
    summarize::SummaryRequest request;
    request.days = *days;
    request.paperIds = *ids;
    request.chat.endpoint =
        QUrl(parser.isSet(endpoint) ? parser.value(endpoint) : settings.endpoint);
    request.chat.model = (parser.isSet(model) ? parser.value(model) : settings.model).trimmed();
    const QString scheme = request.chat.endpoint.scheme();
    if (!request.chat.endpoint.isValid() || request.chat.endpoint.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        context.err << command << ": " << Text::tr("the endpoint must be an http(s) URL") << '\n';
        return exitUsage;
    }
    if (request.chat.model.isEmpty()) {
        context.err << command << ": " << Text::tr("name a model (--model)") << '\n';
        return exitUsage;
    }
    request.concurrency = settings.concurrency;
    if (parser.isSet(concurrency)) {
        bool ok = false;
        request.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || request.concurrency < 1 || request.concurrency > 4) {
            context.err << command << ": " << Text::tr("--concurrency must be 1 to 4") << '\n';
            return exitUsage;
        }
    }
    request.usePdfText = parser.isSet(withPdf) || settings.usePdfText;
    request.downloadPdf = parser.isSet(withPdf) || (settings.usePdfText && settings.downloadPdf);
    request.chat.pdfTokenBudget = settings.pdfTokenBudget;
    request.chat.timeoutMs = settings.timeoutSeconds * 1000;
    const pdf::PdfSettings pdfSettings = pdf::PdfSettings::load();
    request.pdfBaseUrl = pdfSettings.baseUrl;
    request.pdfMaxBytes = qint64(pdfSettings.maxMb) * 1024 * 1024;

    request.chat.apiKey =
        readApiKey(context, command, sync::isLoopbackHost(request.chat.endpoint.host()));
    // An endpoint on the internet refuses a request without a key: say what to set up rather
    // than send every paper there to learn that (and never send the papers to the default
    // endpoint, which the reader may never have chosen).
    if (request.chat.apiKey.isEmpty() && !onLocalNetwork(request.chat.endpoint)) {
        context.err << command << ": "
                    << Text::tr("no API key is set for the endpoint %1: set "
                                "$PAPERBOY_LLM_API_KEY or store a key in Settings > Summaries, "
                                "or give --endpoint of a server on this machine that needs "
                                "none")
                           .arg(request.chat.endpoint.toDisplayString())
                    << '\n';
        return exitUsage;
    }
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    if (!cache) {
        if (!cacheFailed)
            context.err << command << ": " << Text::tr("the cache is empty: import or sync first")
                        << '\n';
        return exitFailed;
    }
    for (const QString& paperId : std::as_const(*ids)) {
        if (!cache->paper(paperId)) {
            context.err << command << ": " << Text::tr("%1 is not in the cache").arg(paperId)
                        << '\n';
            return exitFailed;
        }
    }
    for (const QDate day : std::as_const(*days)) {
        if (cache->dayList(day).isEmpty() && days->size() == 1)
            context.err << command << ": "
                        << Text::tr("no cached paper on %1").arg(day.toString(Qt::ISODate)) << '\n';
    }
    QString error;
    auto writer = store::CacheWriter::open(context.paths, &error);
    if (!writer) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }

    summarize::SummaryRun run(context.paths, request);
    int writeFailures = 0;
    summarize::SummaryTotals totals;
    QEventLoop loop;
    QObject::connect(
        &run, &summarize::SummaryRun::summaryReady, &run, [&](const core::PaperSummary& summary) {
            QString message;
            if (writer->writeSummary(summary, &message)) {
                context.err << summary.id.id() << ": " << Text::tr("summarized") << '\n';
            } else {
                ++writeFailures;
                context.err << summary.id.id() << ": " << message << '\n';
            }
            context.err.flush();
        });
    QObject::connect(&run, &summarize::SummaryRun::paperFailed, &run,
                     [&](const QString& paperId, const QString& message) {
                         context.err << paperId << ": " << message << '\n';
                         context.err.flush();
                     });
    QObject::connect(&run, &summarize::SummaryRun::finished, &loop,
                     [&](const summarize::SummaryTotals& result) {
                         totals = result;
                         loop.quit();
                     });
    if (!run.start(&error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    if (run.isRunning())
        loop.exec();
    totals.summarized -= writeFailures;
    totals.failed += writeFailures;
    context.out << Text::tr("summarized %n, ", nullptr, totals.summarized)
                << Text::tr("already done %n, ", nullptr, totals.alreadyDone)
                << Text::tr("failed %n", nullptr, totals.failed) << '\n';
    return totals.failed > 0 ? exitFailed : exitOk;
}

} // namespace paperboy::cli
