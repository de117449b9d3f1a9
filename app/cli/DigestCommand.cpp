// `paperboy digest export --date DATE [-o FILE]`: a cached day as a daily_papers_ko digest,
// each paper with the best Korean text the cache has (exporting::koreanDigest).
#include "cli/CommandParsing.h"
#include "cli/UserDataAccess.h"
#include "export/KoreanDigest.h"
#include "store/cache/CacheReader.h"

#include <QCoreApplication>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

// Where each paper's Korean text came from, and how many had none: a day written with English
// only says so rather than passing for a Korean digest.
void printSummary(const exporting::KoreanDigest& digest, QDate day, const QString& path,
                  QTextStream& out)
{
    const QString date = day.toString(Qt::ISODate);
    out << (path.isEmpty()
                ? tr("Digest of %1: %n paper(s)", digest.papers).arg(date)
                : tr("Digest of %1: %n paper(s) written to %2", digest.papers).arg(date, path))
        << '\n';
    for (auto it = digest.papersBySource.cbegin(); it != digest.papersBySource.cend(); ++it)
        out << "  " << tr("Korean text from %1: %n paper(s)", it.value()).arg(it.key()) << '\n';
    out << "  "
        << tr("No Korean text (title, links, vote and authors only): %n paper(s)",
              digest.withoutKorean)
        << '\n';
}

int exportDigest(const QString& dateText, const QString& path, const QString& command,
                 CliContext& context)
{
    const auto day = parseDateArgument(dateText, command, context);
    if (!day)
        return exitUsage;
    bool failed = false;
    const auto cache = openCacheIfAny(context, &failed);
    if (failed)
        return exitFailed;
    const core::Papers papers = cache ? cache->dayPapers(*day) : core::Papers();
    if (papers.isEmpty()) {
        context.err << command << ": "
                    << tr("%1 is not a cached day").arg(day->toString(Qt::ISODate)) << '\n';
        return exitFailed;
    }
    const exporting::KoreanDigest digest = exporting::koreanDigest(*day, papers);
    const bool toFile = !path.isEmpty() && path != QLatin1String("-");
    if (!writeOutput(path, QString::fromUtf8(digest.markdown), command, context))
        return exitFailed;
    // With the digest on standard output the summary goes to the error stream, so that the
    // output stays a clean file.
    printSummary(digest, *day, toFile ? path : QString(), toFile ? context.out : context.err);
    return 0;
}

} // namespace

int runDigestCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a cached day as a daily_papers_ko markdown digest, each paper with the best "
           "Korean text the cache has (daily_papers_ko, then Paperboy's own summaries, then the "
           "Korean briefs)."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("export"), QStringLiteral("export"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The cached day to write"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE (default: standard output)"),
                                    QStringLiteral("FILE"));
    parser.addOptions({date, output});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString command = args.value(0) + QLatin1Char(' ') + positional.value(0);
    if (positional != QStringList{QStringLiteral("export")} || !parser.isSet(date)) {
        context.err << args.value(0) << ": " << tr("use: digest export --date DATE [-o FILE]")
                    << '\n';
        return exitUsage;
    }
    return exportDigest(parser.value(date), parser.value(output), command, context);
}

} // namespace paperboy::cli
