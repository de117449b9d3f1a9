// The For you ranking's two commands: `dismiss` (the "Not interested" mark) and `foryou`.
#include "cli/CommandParsing.h"
#include "cli/ForYouJson.h"
#include "cli/UserDataAccess.h"
#include "rank/ForYou.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

int addDismissals(const QStringList& ids, const QString& command, CliContext& context)
{
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    if (cacheFailed)
        return exitFailed;
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    // Every paper is looked up before anything is written: one unknown id, no mark at all.
    QList<store::Dismissal> dismissals;
    for (const QString& id : ids) {
        if (const auto paper = cache ? cache->paper(id) : std::nullopt) {
            dismissals.append(store::Dismissal::fromPaper(*paper));
        } else if (const auto bookmark = user->bookmark(id)) {
            dismissals.append(store::Dismissal::fromPaper(bookmark->toPaper()));
        } else if (!user->isDismissed(id)) {
            context.err << command << ": "
                        << tr("%1 is not in the cache; nothing was marked").arg(id) << '\n';
            return exitUsage;
        }
    }
    QString error;
    if (!user->addDismissals(dismissals, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    context.out << tr("%n paper(s) marked not interested", int(ids.size())) << '\n';
    return 0;
}

int removeDismissals(const QStringList& ids, const QString& command, CliContext& context)
{
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    for (const QString& id : ids) {
        if (!user->isDismissed(id)) {
            context.err << command << ": "
                        << tr("%1 is not marked not interested; nothing was changed").arg(id)
                        << '\n';
            return exitUsage;
        }
    }
    QString error;
    if (!user->removeDismissals(ids, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    context.out << tr("%n not-interested mark(s) removed", int(ids.size())) << '\n';
    return 0;
}

// The days to rank: --date, --from/--to, or the newest 7 cached days.
std::optional<std::pair<QDate, QDate>> periodFrom(const QCommandLineParser& parser,
                                                  const store::CacheReader* cache,
                                                  const QString& command, CliContext& context)
{
    const bool hasDate = parser.isSet(QStringLiteral("date"));
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if ((hasDate && (hasFrom || hasTo)) || hasFrom != hasTo) {
        context.err << command << ": " << tr("give --date DATE, or --from DATE and --to DATE")
                    << '\n';
        return std::nullopt;
    }
    if (hasDate) {
        const auto day = parseDateArgument(parser.value(QStringLiteral("date")), command, context);
        return day ? std::optional(std::pair(*day, *day)) : std::nullopt;
    }
    if (hasFrom) {
        const auto from = parseDateArgument(parser.value(QStringLiteral("from")), command, context);
        const auto to =
            from ? parseDateArgument(parser.value(QStringLiteral("to")), command, context)
                 : std::nullopt;
        return to ? std::optional(std::pair(*from, *to)) : std::nullopt;
    }
    return newestForYouDays(cache);
}

void printRanked(const rank::ForYouList& list, int limit, bool json, CliContext& context)
{
    if (json) {
        context.out << QString::fromUtf8(
            QJsonDocument(forYouJson(list, limit)).toJson(QJsonDocument::Indented));
        return;
    }
    for (const rank::RankedPaper& paper : list.papers.mid(0, limit))
        context.out << QString::number(paper.score, 'f', 3) << '\t'
                    << paper.date.toString(Qt::ISODate) << '\t' << paper.id << '\t' << paper.title
                    << '\t' << paper.why.join(QStringLiteral(", ")) << '\n';
}

} // namespace

std::pair<QDate, QDate> newestForYouDays(const store::CacheReader* cache)
{
    const QList<store::DaySummary> days = cache ? cache->days() : QList<store::DaySummary>();
    if (days.isEmpty())
        return std::pair(QDate(), QDate());
    return std::pair(days.at(std::max<qsizetype>(0, days.size() - 7)).date, days.last().date);
}

rank::ForYouList rankForYou(const store::DataPaths& paths, const store::CacheReader* cache,
                            const store::UserStore& user, std::pair<QDate, QDate> period,
                            QString* error)
{
    const rank::Labels labels = rank::readLabels(user, cache);
    const auto model = rank::currentModel(paths, labels, cache, nullptr, error);
    const rank::PaperTexts candidates =
        cache && period.first.isValid() ? rank::papersBetween(*cache, period.first, period.second)
                                        : rank::PaperTexts();
    return rank::orderForYou(candidates, model ? &*model : nullptr, labels);
}

QJsonArray forYouJson(const rank::ForYouList& list, int limit)
{
    QJsonArray array;
    for (const rank::RankedPaper& paper : list.papers.mid(0, limit))
        array.append(QJsonObject{
            {QStringLiteral("id"), paper.id},
            {QStringLiteral("date"), paper.date.isValid()
                                         ? QJsonValue(paper.date.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("title"), paper.title},
            {QStringLiteral("score"), paper.score},
            {QStringLiteral("why"), QJsonArray::fromStringList(paper.why)},
            {QStringLiteral("dismissed"), paper.dismissed},
        });
    return array;
}

int runDismissCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mark papers \"Not interested\" (or undo it): the For you ranking learns from these "
           "marks and your bookmarks. A mark keeps its paper's text, so it needs no cache."));
    const QCommandLineOption undo(QStringLiteral("undo"), tr("Remove the marks instead"));
    parser.addOption(undo);
    parser.addPositionalArgument(QStringLiteral("ids"), tr("arXiv ids or URLs"),
                                 QStringLiteral("ID..."));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    if (parser.positionalArguments().isEmpty()) {
        context.err << args.value(0) << ": " << tr("name at least one paper id") << '\n';
        return exitUsage;
    }
    const auto ids = parseIds(parser.positionalArguments(), args.value(0), context);
    if (!ids)
        return exitUsage;
    return parser.isSet(undo) ? removeDismissals(*ids, args.value(0), context)
                              : addDismissals(*ids, args.value(0), context);
}

int runForYouCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The papers of the newest 7 cached days (or of --date, or --from to --to) in the "
           "order learnt from your bookmarks and not-interested marks, with the terms that "
           "raised each. Bookmarked papers are left out, dismissed ones come last."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption date(QStringLiteral("date"), tr("One day"), QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day"), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day"), QStringLiteral("DATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N papers (default 20)"),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({json, date, from, to, limit});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QString command = args.value(0);
    bool limitOk = false;
    const int count = parser.value(limit).toInt(&limitOk);
    if (!limitOk || count < 1 || count > 10000 || !parser.positionalArguments().isEmpty()) {
        context.err << command << ": " << tr("--limit takes a number from 1 to 10000") << '\n';
        return exitUsage;
    }
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    if (cacheFailed)
        return exitFailed;
    const auto period = periodFrom(parser, cache.get(), command, context);
    if (!period)
        return exitUsage;
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    QString error;
    const rank::ForYouList list = rankForYou(context.paths, cache.get(), *user, *period, &error);
    if (!error.isEmpty())
        context.err << command << ": " << error << '\n';
    if (list.byVotes)
        context.err << tr("Ordered by votes: the For you order needs %n more bookmark(s).",
                          std::max(1, list.bookmarksNeeded))
                    << '\n';
    printRanked(list, count, parser.isSet(json), context);
    return 0;
}

} // namespace paperboy::cli
