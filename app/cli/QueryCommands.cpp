// The read-only subcommands: days, list, show.
#include "cli/CommandParsing.h"
#include "cli/PaperJson.h"
#include "store/cache/CacheReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::cli {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

// Reading never creates a cache: a missing file is reported as "empty", not made.
std::unique_ptr<store::CacheReader> openReader(CliContext& context, bool* empty)
{
    *empty = !QFileInfo::exists(context.paths.cacheFile);
    if (*empty)
        return nullptr;
    QString error;
    auto reader = store::CacheReader::open(context.paths, &error);
    if (!reader)
        context.err << error << '\n';
    return reader;
}

void printJson(CliContext& context, const QJsonDocument& document)
{
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Text::tr("Print JSON"));
}

void printPaperText(CliContext& context, const core::Paper& paper)
{
    QTextStream& out = context.out;
    out << paper.title << '\n'
        << paper.id.absUrl().toString() << "  " << paper.date.toString(Qt::ISODate) << "  "
        << Text::tr("votes: %1")
               .arg(paper.votes ? QString::number(*paper.votes) : QStringLiteral("-"))
        << '\n'
        << paper.authors.join(QStringLiteral(", ")) << '\n';
    for (const core::Section& section : paper.sections)
        out << "\n## " << section.name << '\n' << section.markdown << '\n';
    if (!paper.abstract.isEmpty())
        out << "\n## " << Text::tr("Abstract") << '\n' << paper.abstract << '\n';
    if (!paper.aiSummary.isEmpty())
        out << "\n## " << Text::tr("AI summary") << '\n' << paper.aiSummary << '\n';
    if (!paper.keywords.isEmpty())
        out << '\n' << Text::tr("Keywords: ") << paper.keywords.join(QStringLiteral(", ")) << '\n';
}

} // namespace

int runDaysCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List cached days with their paper counts."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        context.err
            << args.value(0) << ": "
            << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
            << '\n';
        return exitUsage;
    }
    bool empty = false;
    const auto reader = openReader(context, &empty);
    if (!reader && !empty)
        return exitFailed;
    const QList<store::DaySummary> days = reader ? reader->days() : QList<store::DaySummary>();
    // An empty list is an answer, not a failure; said on stderr so that stdout stays the list.
    if (days.isEmpty())
        context.err << Text::tr("No cached days.") << '\n';
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const store::DaySummary& day : days)
            array.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                     {QStringLiteral("papers"), day.paperCount}});
        printJson(context, QJsonDocument(array));
    } else {
        for (const store::DaySummary& day : days)
            context.out << day.date.toString(Qt::ISODate) << '\t' << day.paperCount << '\n';
    }
    return exitOk;
}

int runListCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List the papers of a day in digest order (default: the latest cached day)."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("date"), Text::tr("The day"),
                                 QStringLiteral("[DATE]"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    if (parser.positionalArguments().size() > 1) {
        context.err << args.value(0) << ": " << Text::tr("at most one date") << '\n';
        return exitUsage;
    }
    std::optional<QDate> day;
    if (!parser.positionalArguments().isEmpty()) {
        day = parseDateArgument(parser.positionalArguments().constFirst(), args.value(0), context);
        if (!day)
            return exitUsage;
    }
    bool empty = false;
    const auto reader = openReader(context, &empty);
    if (!reader && !empty)
        return exitFailed;
    if (!day && reader)
        day = reader->latestDay();
    if (!day) {
        context.err << args.value(0) << ": "
                    << Text::tr("The cache is empty: import or sync digests first.") << '\n';
        return exitFailed;
    }
    const core::Papers papers = reader ? reader->dayPapers(*day) : core::Papers();
    // A day no digest lists a paper on is not a day with a digest (CacheReader::days()).
    if (papers.isEmpty()) {
        context.err << args.value(0) << ": "
                    << Text::tr("%1 is not a cached day").arg(day->toString(Qt::ISODate)) << '\n';
        return exitFailed;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::Paper& paper : papers)
            array.append(paperToJson(paper));
        printJson(context, QJsonDocument(array));
    } else {
        for (const core::Paper& paper : papers)
            context.out << paper.id.id() << '\t'
                        << (paper.votes ? QString::number(*paper.votes) : QStringLiteral("-"))
                        << '\t' << paper.title << '\n';
    }
    return exitOk;
}

int runShowCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show one paper with everything every source said."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("arXiv id or URL"),
                                 QStringLiteral("ID"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        context.err << args.value(0) << ": " << Text::tr("name one paper id") << '\n';
        return exitUsage;
    }
    const QString text = parser.positionalArguments().constFirst();
    const auto id = core::ArxivId::parseTyped(text);
    if (!id) {
        context.err << args.value(0) << ": " << Text::tr("'%1' is not an arXiv id or URL").arg(text)
                    << '\n';
        return exitUsage;
    }
    bool empty = false;
    const auto reader = openReader(context, &empty);
    if (!reader && !empty)
        return exitFailed;
    const auto paper = reader ? reader->paper(id->id()) : std::nullopt;
    if (!paper) {
        context.err << args.value(0) << ": " << Text::tr("%1 is not in the cache").arg(id->id())
                    << '\n';
        return exitFailed;
    }
    if (parser.isSet(json))
        printJson(context, QJsonDocument(paperToJson(*paper)));
    else
        printPaperText(context, *paper);
    return exitOk;
}

} // namespace paperboy::cli
