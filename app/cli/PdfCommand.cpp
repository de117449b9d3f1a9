// `paperboy pdf fetch [ID...]` and `paperboy pdf status [--json]`: the bookmarked papers' PDFs
// for reading offline, the command-line twin of the window's background download.
#include "cli/CommandParsing.h"
#include "cli/UserDataAccess.h"
#include "pdf/PdfQueue.h"
#include "pdf/PdfSettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

int runFetch(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Download the PDFs of bookmarked papers (default: every one not yet kept)."));
    const QCommandLineOption baseOption(QStringLiteral("base-url"),
                                        tr("Fetch from URL/pdf/ID (default: the setting, "
                                           "https://arxiv.org)"),
                                        tr("URL"));
    parser.addOption(baseOption);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("arXiv ids or URLs"),
                                 QStringLiteral("[ID...]"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const auto named = parseIds(parser.positionalArguments(), QStringLiteral("pdf fetch"), context);
    if (!named)
        return exitUsage;
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    const QSet<QString> bookmarks = user->bookmarks();
    QStringList ids = *named;
    for (const QString& id : std::as_const(ids)) {
        if (!bookmarks.contains(id)) {
            context.err << tr("pdf fetch: %1 is not bookmarked (bookmark it first: paperboy "
                              "bookmarks add %1)")
                               .arg(id)
                        << '\n';
            return exitFailed;
        }
    }
    const pdf::PdfFiles files(context.paths.userFile);
    if (ids.isEmpty()) {
        for (const QString& id : bookmarks) {
            if (!files.has(id))
                ids.append(id);
        }
        ids.sort();
    }
    const pdf::PdfSettings settings = pdf::PdfSettings::load();
    pdf::PdfOptions options;
    options.baseUrl = parser.isSet(baseOption) ? parser.value(baseOption) : settings.baseUrl;
    options.maxBytes = qint64(settings.maxMb) * 1024 * 1024;
    int downloaded = 0;
    int kept = 0;
    int failed = 0;
    pdf::PdfQueue queue(files, options);
    QObject::connect(&queue, &pdf::PdfQueue::finished, &queue, [&](const pdf::PdfResult& result) {
        using Outcome = pdf::PdfResult::Outcome;
        if (result.outcome == Outcome::Downloaded)
            ++downloaded;
        else if (result.outcome == Outcome::AlreadyThere)
            ++kept;
        else {
            ++failed;
            context.err << result.paperId << ": " << result.error << '\n';
        }
    });
    if (!ids.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&queue, &pdf::PdfQueue::idle, &loop, &QEventLoop::quit);
        queue.enqueue(ids);
        if (!queue.isIdle())
            loop.exec();
    }
    context.out << tr("downloaded %n, ", downloaded) << tr("already kept %n, ", kept)
                << tr("failed %n", failed) << '\n';
    return failed > 0 ? 1 : 0;
}

int runStatus(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show which bookmarked papers have their PDF kept."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    parser.addOption(json);
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    const pdf::PdfFiles files(context.paths.userFile);
    QStringList ids = user->bookmarks().values();
    ids.sort();
    QJsonArray rows;
    int kept = 0;
    qint64 bytes = 0;
    for (const QString& id : std::as_const(ids)) {
        const bool has = files.has(id);
        const qint64 size = has ? QFileInfo(files.fileFor(id)).size() : 0;
        kept += has ? 1 : 0;
        bytes += size;
        rows.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("kept"), has},
                                {QStringLiteral("file"), has ? files.fileFor(id) : QString()},
                                {QStringLiteral("bytes"), size}});
    }
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))
                    << '\n';
    } else {
        context.out
            << tr("%1 of %n bookmarked paper(s) kept as PDF, ", int(ids.size())).arg(kept)
            << tr("%1 MB in %2").arg(double(bytes) / (1 << 20), 0, 'f', 1).arg(files.directory())
            << '\n';
    }
    return 0;
}

} // namespace

int runPdfCommand(const QStringList& args, CliContext& context)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("fetch"))
        return runFetch(rest, context);
    if (action == QLatin1String("status"))
        return runStatus(rest, context);
    QTextStream& stream = action == QLatin1String("--help") ? context.out : context.err;
    stream << tr("Usage: paperboy pdf fetch [--base-url URL] [ID...]") << '\n'
           << tr("       paperboy pdf status [--json]") << '\n';
    return action == QLatin1String("--help") ? exitOk : exitUsage;
}

} // namespace paperboy::cli
