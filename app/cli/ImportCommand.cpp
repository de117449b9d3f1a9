#include "cli/CommandParsing.h"
#include "ingest/DigestFiles.h"
#include "ingest/FileImport.h"
#include "store/cache/CacheWriter.h"

#include <QCoreApplication>
#include <QSet>

namespace paperboy::cli {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

struct ImportTally
{
    int files = 0;
    int imported = 0;
    int failed = 0;
    int papers = 0;
    int warnings = 0;
    QSet<QDate> days;
};

} // namespace

int runImportCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Import markdown digests (.md), Hugging Face API days "
                 "(.json) and days of the Korean briefs (_paper_ko.json) "
                 "into the cache. Folders are read recursively."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        Text::tr("Day of the imported .json files (default: from the file name)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), Text::tr("Do not list warnings"));
    parser.addOption(dateOption);
    parser.addOption(quietOption);
    parser.addPositionalArgument(QStringLiteral("paths"), Text::tr("Files or folders"),
                                 QStringLiteral("PATH..."));
    if (const auto code = parseArguments(parser, args, context))
        return *code;

    QDate dateOverride;
    if (parser.isSet(dateOption)) {
        const auto date = parseDateArgument(parser.value(dateOption), args.value(0), context);
        if (!date)
            return exitUsage;
        dateOverride = *date;
    }
    if (parser.positionalArguments().isEmpty()) {
        context.err << args.value(0) << ": " << Text::tr("nothing to import: name files or folders")
                    << '\n';
        return exitUsage;
    }

    QStringList problems;
    const QStringList files = ingest::collectDigestFiles(parser.positionalArguments(), &problems);
    for (const QString& problem : problems)
        context.err << problem << '\n';

    QString error;
    if (!context.paths.ensureDirectories(&error)) {
        context.err << error << '\n';
        return exitFailed;
    }
    const auto writer = store::CacheWriter::open(context.paths, &error);
    if (!writer) {
        context.err << error << '\n';
        return exitFailed;
    }

    ImportTally tally;
    tally.failed = int(problems.size());
    ingest::importFiles(files, dateOverride, *writer, [&](const ingest::FileOutcome& outcome) {
        ++tally.files;
        tally.warnings += int(outcome.warnings.size());
        if (!parser.isSet(quietOption)) {
            for (const parse::Warning& warning : outcome.warnings)
                context.err << Text::tr("warning: ") << warning.toString() << '\n';
        }
        if (!outcome.ok) {
            ++tally.failed;
            context.err << Text::tr("error: ") << outcome.error << '\n';
            return;
        }
        ++tally.imported;
        tally.papers += outcome.papers;
        tally.days.insert(outcome.date);
    });

    context.out << Text::tr("Imported %1 of %2 files: %3 days, %4 papers, %5 warnings, %6 failed")
                       .arg(tally.imported)
                       .arg(tally.files + int(problems.size()))
                       .arg(tally.days.size())
                       .arg(tally.papers)
                       .arg(tally.warnings)
                       .arg(tally.failed)
                << '\n';
    // After the commits and the summary: the digests are already imported, and training the
    // text dictionary (once in a cache's life) does not hold the report back.
    context.out.flush();
    writer->packTextsIfDue(&error);
    return tally.failed == 0 ? 0 : 1;
}

} // namespace paperboy::cli
