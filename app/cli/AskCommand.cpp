// `paperboy ask ID QUESTION`: a question about one paper, answered by the summaries' endpoint
// from the chunks of its kept PDF that fit the question (or from its abstract and summaries),
// printed as it streams in and kept in the user file with the pages it cites.
#include "ask/AskCall.h"
#include "ask/AskPrompt.h"
#include "ask/Citations.h"
#include "ask/PaperContext.h"
#include "cli/CommandParsing.h"
#include "cli/LlmEndpoint.h"
#include "cli/UserDataAccess.h"
#include "store/cache/CacheReader.h"
#include "store/user/UserStore.h"
#include "summarize/SummarySettings.h"
#include "sync/UrlSafety.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace paperboy::cli {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

// The paper from the cache, else from its bookmark (kept without the cache).
std::optional<core::Paper> findPaper(const QString& id, store::UserStore& user, CliContext& context)
{
    bool cacheFailed = false;
    if (const auto cache = openCacheIfAny(context, &cacheFailed)) {
        if (auto paper = cache->paper(id))
            return paper;
    }
    if (const auto bookmark = user.bookmark(id))
        return bookmark->toPaper();
    return std::nullopt;
}

QJsonObject answerJson(const store::QuestionAnswer& entry, bool withPdf)
{
    QJsonArray pages;
    for (const int page : entry.pages)
        pages.append(page);
    return {{QStringLiteral("id"), entry.paperId},    {QStringLiteral("question"), entry.question},
            {QStringLiteral("answer"), entry.answer}, {QStringLiteral("model"), entry.model},
            {QStringLiteral("pages"), pages},         {QStringLiteral("complete"), entry.complete},
            {QStringLiteral("pdf"), withPdf}};
}

} // namespace

int runAskCommand(const QStringList& args, CliContext& context)
{
    const QString command = QStringLiteral("paperboy ask");
    const summarize::SummarySettings settings = summarize::SummarySettings::load();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Ask a question about a paper. The answer comes from the summaries' "
                 "OpenAI-compatible endpoint, from the parts of the kept PDF that fit the "
                 "question (citing pages as [p. N]), else from the abstract and summaries. It is "
                 "printed as it arrives and kept with the paper."));
    parser.addPositionalArgument(QStringLiteral("ID"), Text::tr("The paper (arXiv id or URL)"));
    parser.addPositionalArgument(QStringLiteral("QUESTION"), Text::tr("The question"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        Text::tr("The endpoint (default: the setting, %1)").arg(settings.endpoint),
        QStringLiteral("URL"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        Text::tr("The model (default: the setting, %1)").arg(settings.model),
        QStringLiteral("NAME"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr("Print the question, answer, model and cited pages as JSON at the end"));
    parser.addOptions({endpoint, model, json});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        context.err << command << ": " << Text::tr("give a paper id and a question") << '\n';
        return exitUsage;
    }
    const auto ids = parseIds({positional.first()}, command, context);
    if (!ids)
        return exitUsage;
    const QString paperId = ids->first();
    const QString question = positional.mid(1).join(QLatin1Char(' ')).trimmed();
    if (question.isEmpty()) {
        context.err << command << ": " << Text::tr("the question is empty") << '\n';
        return exitUsage;
    }
    ask::AskOptions options;
    options.endpoint = QUrl(parser.isSet(endpoint) ? parser.value(endpoint) : settings.endpoint);
    options.model = (parser.isSet(model) ? parser.value(model) : settings.model).trimmed();
    options.idleTimeoutMs = settings.timeoutSeconds * 1000;
    const QString scheme = options.endpoint.scheme();
    if (!options.endpoint.isValid() || options.endpoint.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        context.err << command << ": " << Text::tr("the endpoint must be an http(s) URL") << '\n';
        return exitUsage;
    }
    if (options.model.isEmpty()) {
        context.err << command << ": " << Text::tr("name a model (--model)") << '\n';
        return exitUsage;
    }
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    const auto paper = findPaper(paperId, *user, context);
    if (!paper) {
        context.err << command << ": "
                    << Text::tr("%1 is neither in the cache nor bookmarked").arg(paperId) << '\n';
        return exitUsage;
    }
    options.apiKey = readApiKey(context, command, sync::isLoopbackHost(options.endpoint.host()));
    if (options.apiKey.isEmpty() && !onLocalNetwork(options.endpoint)) {
        context.err << command << ": "
                    << Text::tr("no API key is set for the endpoint %1: set "
                                "$PAPERBOY_LLM_API_KEY or store a key in Settings > Summaries, "
                                "or give --endpoint of a server on this machine that needs "
                                "none")
                           .arg(options.endpoint.toDisplayString())
                    << '\n';
        return exitUsage;
    }

    const ask::AskPrompt prompt = ask::buildPrompt(ask::loadPaperContext(context.paths, *paper),
                                                   question, settings.pdfTokenBudget);
    const bool asJson = parser.isSet(json);
    QNetworkAccessManager network;
    ask::AskCall call(network, options, ask::askRequestBody(options.model, prompt, true),
                      prompt.answerPrefix);
    ask::AskResult result;
    QEventLoop loop;
    QObject::connect(&call, &ask::AskCall::textArrived, &loop, [&](const QString& piece) {
        if (asJson)
            return;
        context.out << piece;
        context.out.flush(); // the reader sees the answer grow
    });
    QObject::connect(&call, &ask::AskCall::waiting, &loop, [&](int milliseconds) {
        context.err << command << ": "
                    << Text::tr("the endpoint is busy; asking again in %n second(s)", nullptr,
                                (milliseconds + 999) / 1000)
                    << '\n';
        context.err.flush();
    });
    QObject::connect(&call, &ask::AskCall::done, &loop, [&](const ask::AskResult& answer) {
        result = answer;
        loop.quit();
    });
    call.start();
    loop.exec();

    if (!asJson && !result.answer.isEmpty() && !result.answer.endsWith(QLatin1Char('\n')))
        context.out << '\n';
    if (!result.error.isEmpty())
        context.err << command << ": " << result.error << '\n';
    if (result.outcome == ask::AskResult::Outcome::Failed || result.answer.trimmed().isEmpty())
        return exitFailed; // nothing worth keeping
    store::QuestionAnswer entry;
    entry.paperId = paperId;
    entry.question = question;
    entry.answer = result.answer;
    entry.model = options.model;
    entry.endpoint = options.endpoint.toString();
    entry.pages = ask::citedPages(result.answer);
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.complete = result.complete();
    QString error;
    if (!user->addQuestion(entry, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    if (asJson)
        context.out
            << QJsonDocument(answerJson(entry, prompt.withPdf)).toJson(QJsonDocument::Indented);
    return result.complete() ? exitOk : exitFailed;
}

} // namespace paperboy::cli
