// paperboy trends: per-period counts of search queries, rising terms, frequent authors.
#include "cli/CommandParsing.h"
#include "trends/TrendsReader.h"

#include <QCoreApplication>
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

std::optional<int> numberFrom(const QString& text, int lowest, int highest)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok && number >= lowest && number <= highest ? std::optional<int>(number) : std::nullopt;
}

QStringList distinctQueries(const QStringList& arguments)
{
    QStringList queries;
    for (const QString& argument : arguments) {
        const QString query = argument.simplified();
        if (!query.isEmpty() && !queries.contains(query))
            queries.append(query);
    }
    return queries;
}

void printChart(CliContext& context, const trends::Chart& chart, bool json)
{
    if (json) {
        QJsonArray periods;
        for (qsizetype i = 0; i < chart.periods.size(); ++i) {
            QJsonObject counts;
            for (qsizetype q = 0; q < chart.queries.size(); ++q)
                counts.insert(chart.queries.at(q), chart.counts.at(q).at(i));
            periods.append(QJsonObject{
                {QStringLiteral("period"), chart.periods.at(i).name},
                {QStringLiteral("first"), chart.periods.at(i).first.toString(Qt::ISODate)},
                {QStringLiteral("last"), chart.periods.at(i).last.toString(Qt::ISODate)},
                {QStringLiteral("papers"), chart.papers.at(i)},
                {QStringLiteral("counts"), counts},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(periods).toJson(QJsonDocument::Indented));
        return;
    }
    context.out << tr("period").leftJustified(10) << ' ' << tr("papers").rightJustified(7);
    for (const QString& query : chart.queries)
        context.out << "  " << query;
    context.out << '\n';
    for (qsizetype i = 0; i < chart.periods.size(); ++i) {
        context.out << chart.periods.at(i).name.leftJustified(10) << ' '
                    << QString::number(chart.papers.at(i)).rightJustified(7);
        for (qsizetype q = 0; q < chart.queries.size(); ++q)
            context.out << "  "
                        << QString::number(chart.counts.at(q).at(i))
                               .rightJustified(chart.queries.at(q).size());
        context.out << '\n';
    }
}

void printRising(CliContext& context, const QList<trends::RisingTerm>& terms, bool json)
{
    if (json) {
        QJsonArray array;
        for (const trends::RisingTerm& term : terms)
            array.append(QJsonObject{{QStringLiteral("term"), term.term},
                                     {QStringLiteral("recent"), term.recent},
                                     {QStringLiteral("before"), term.before},
                                     {QStringLiteral("ratio"), term.ratio}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (terms.isEmpty())
        context.out << tr("No rising terms.") << '\n';
    for (const trends::RisingTerm& term : terms)
        context.out << QString::number(term.ratio, 'f', 1).rightJustified(7) << "x  "
                    << QString::number(term.recent).rightJustified(5) << ' '
                    << QString::number(term.before).rightJustified(6) << "  " << term.term << '\n';
}

void printAuthors(CliContext& context, const QList<trends::AuthorCount>& authors, bool json)
{
    if (json) {
        QJsonArray array;
        for (const trends::AuthorCount& author : authors)
            array.append(QJsonObject{{QStringLiteral("author"), author.author},
                                     {QStringLiteral("papers"), author.papers}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (authors.isEmpty())
        context.out << tr("No papers match.") << '\n';
    for (const trends::AuthorCount& author : authors)
        context.out << QString::number(author.papers).rightJustified(5) << "  " << author.author
                    << '\n';
}

} // namespace

int runTrendsCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("How many papers each query (in the search language; quote one with spaces) finds "
           "per ISO week or month, beside all the papers of that period; or the terms rising "
           "in the recent weeks (--rising); or the most frequent authors of one query's "
           "papers (--authors). A paper counts on the date search gives it."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption by(QStringLiteral("by"), tr("week (default) or month"),
                                QStringLiteral("PERIOD"), QStringLiteral("week"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (YYYY-MM-DD)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (YYYY-MM-DD)"),
                                QStringLiteral("DATE"));
    const QCommandLineOption rising(QStringLiteral("rising"),
                                    tr("The terms whose share grew most in the recent weeks"));
    const QCommandLineOption weeks(QStringLiteral("weeks"),
                                   tr("Recent weeks for --rising (default 4)"), QStringLiteral("N"),
                                   QStringLiteral("4"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most N terms or authors (default 20)"),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption authors(QStringLiteral("authors"),
                                     tr("The most frequent authors of the query's papers"));
    parser.addOptions({json, by, from, to, rising, weeks, limit, authors});
    parser.addPositionalArgument(QStringLiteral("query"), tr("Queries to count"),
                                 QStringLiteral("QUERY..."));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList queries = distinctQueries(parser.positionalArguments());
    const auto grain = trends::grainFrom(parser.value(by));
    const auto weekCount = numberFrom(parser.value(weeks), 1, 52);
    const auto count = numberFrom(parser.value(limit), 1, 1000);
    QString usage;
    if (parser.isSet(rising) && parser.isSet(authors))
        usage = tr("give --rising or --authors, not both");
    else if (parser.isSet(rising) && !queries.isEmpty())
        usage = tr("--rising takes no query");
    else if (!parser.isSet(rising) && queries.isEmpty())
        usage = tr("name what to count");
    else if (!grain)
        usage = tr("--by takes week or month");
    else if (!weekCount)
        usage = tr("--weeks takes a number from 1 to 52");
    else if (!count)
        usage = tr("--limit takes a number from 1 to 1000");
    if (!usage.isEmpty()) {
        context.err << args.value(0) << ": " << usage << '\n';
        return exitUsage;
    }
    std::optional<QDate> first;
    std::optional<QDate> last;
    if (parser.isSet(from) &&
        !(first = parseDateArgument(parser.value(from), QStringLiteral("--from"), context)))
        return exitUsage;
    if (parser.isSet(to) &&
        !(last = parseDateArgument(parser.value(to), QStringLiteral("--to"), context)))
        return exitUsage;
    if (first && last && *last < *first) {
        context.err << args.value(0) << ": " << tr("--to is before --from") << '\n';
        return exitUsage;
    }
    // Reading never creates a cache: a missing file counts as an empty archive.
    std::unique_ptr<trends::TrendsReader> reader;
    if (QFileInfo::exists(context.paths.cacheFile)) {
        QString error;
        reader = trends::TrendsReader::open(context.paths, &error);
        if (!reader) {
            context.err << error << '\n';
            return exitFailed;
        }
    }
    if (parser.isSet(rising)) {
        trends::RisingOptions options;
        options.weeks = *weekCount;
        options.limit = *count;
        printRising(context, reader ? reader->rising(options) : QList<trends::RisingTerm>(),
                    parser.isSet(json));
    } else if (parser.isSet(authors)) {
        const QString query = queries.join(QLatin1Char(' '));
        printAuthors(context,
                     reader ? reader->authors(query, first, last, *count)
                            : QList<trends::AuthorCount>(),
                     parser.isSet(json));
    } else {
        trends::ChartRequest request{queries, *grain, first, last};
        trends::Chart chart;
        if (reader) {
            chart = reader->chart(request);
        } else {
            chart.queries = queries;
            chart.counts = QList<QList<int>>(queries.size());
        }
        printChart(context, chart, parser.isSet(json));
    }
    return exitOk;
}

} // namespace paperboy::cli
