// `paperboy watch`: saved searches that count what is new (issue 33).
#include "cli/CommandParsing.h"
#include "cli/PaperJson.h"
#include "cli/UserDataAccess.h"
#include "cli/WatchJson.h"
#include "export/AtomFeed.h"
#include "store/db/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace paperboy::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::cli", text);
}

constexpr int feedEntries = 50;

// What every action but add needs: the user file and the named watch. Null after printing why
// (an unknown name is a usage error, exit 2).
std::optional<store::Watch> namedWatch(store::UserStore& user, const QString& name,
                                       const QString& command, CliContext& context)
{
    auto watch = user.watch(name);
    if (!watch)
        context.err << command << ": " << tr("no watch is named %1").arg(name) << '\n';
    return watch;
}

bool openSearch(CliContext& context, const QString& command,
                std::unique_ptr<search::WatchSearch>* search)
{
    QString error;
    *search = openWatchSearch(context.paths, &error);
    if (!*search && !error.isEmpty()) {
        context.err << command << ": " << error << '\n';
        return false;
    }
    return true;
}

QString seenMarkNow(const search::WatchSearch* search)
{
    return search ? search->seenMark() : store::sql::nowText();
}

int listWatches(store::UserStore& user, bool json, const QString& command, CliContext& context)
{
    std::unique_ptr<search::WatchSearch> search;
    if (!openSearch(context, command, &search))
        return 1;
    const QJsonArray list = watchListJson(user.watches(), search.get());
    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (list.isEmpty())
        context.out << tr("No watches: paperboy watch add NAME QUERY saves one.") << '\n';
    for (const QJsonValue& value : list) {
        const QJsonObject watch = value.toObject();
        context.out << QString::number(watch.value(QLatin1String("new")).toInt()).rightJustified(4)
                    << " / " << QString::number(watch.value(QLatin1String("total")).toInt()) << "  "
                    << watch.value(QLatin1String("name")).toString() << "  "
                    << watch.value(QLatin1String("query")).toString() << '\n';
    }
    return 0;
}

int showWatch(const store::Watch& watch, bool onlyNew, int limit, bool json, const QString& command,
              CliContext& context)
{
    std::unique_ptr<search::WatchSearch> search;
    if (!openSearch(context, command, &search))
        return 1;
    const search::WatchPage page =
        search ? search->results(watch, limit, onlyNew) : search::WatchPage();
    if (json) {
        context.out << QString::fromUtf8(
            QJsonDocument(watchHitsJson(page)).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (page.hits.isEmpty())
        context.out << (onlyNew ? tr("Nothing new.") : tr("No papers match.")) << '\n';
    for (const search::SearchHit& hit : page.hits)
        context.out << (page.newKeys.contains(hit.key) ? "* " : "  ")
                    << hit.date.toString(Qt::ISODate) << "  " << hit.id << "  " << hit.title
                    << '\n';
    if (page.more)
        context.err << tr("More papers match: --limit N shows more.") << '\n';
    return 0;
}

int writeFeed(const store::Watch& watch, const QString& output, const QString& command,
              CliContext& context)
{
    std::unique_ptr<search::WatchSearch> search;
    bool failed = false;
    if (!openSearch(context, command, &search))
        return 1;
    const auto cache = openCacheIfAny(context, &failed);
    if (failed)
        return 1;
    exporting::AtomFeedInput input{watch.name, watch.query, {}, QDateTime::currentDateTimeUtc()};
    if (search && cache) {
        for (const search::SearchHit& hit : search->results(watch, feedEntries).hits) {
            if (auto paper = cache->paper(hit.id))
                input.papers.append(*paper);
        }
    }
    return writeOutput(output, QString::fromUtf8(exporting::atomFeed(input)), command, context) ? 0
                                                                                                : 1;
}

} // namespace

int runWatchCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Watches: saved searches that count the papers new since you last looked.\n"
           "  add NAME QUERY     save a search (put -- before a query starting with '-')\n"
           "  remove NAME        delete it\n"
           "  rename OLD NEW     rename it\n"
           "  list               every watch with its new and total counts\n"
           "  show NAME          its papers, newest first; * marks the new ones\n"
           "  seen NAME          mark what it has now as seen\n"
           "  feed NAME          an Atom feed of its 50 newest papers"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (list, show)"));
    const QCommandLineOption onlyNew(QStringLiteral("new"), tr("Only the new papers (show)"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("At most N papers (show; default 50)"), QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the feed to FILE (feed; default: standard output)"),
                                    QStringLiteral("FILE"));
    parser.addOptions({json, onlyNew, limit, output});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add, remove, rename, list, show, seen or feed"),
                                 QStringLiteral("ACTION [ARGS...]"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString command = args.value(0) + QLatin1Char(' ') + action;
    const struct
    {
        const char* name;
        qsizetype arguments; // after the action; -1: two or more (add's query may be words)
    } actions[] = {{"add", -1}, {"remove", 1}, {"rename", 2}, {"list", 0},
                   {"show", 1}, {"seen", 1},   {"feed", 1}};
    qsizetype expected = -2;
    for (const auto& known : actions) {
        if (action == QLatin1String(known.name))
            expected = known.arguments;
    }
    const qsizetype given = positional.size() - 1;
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (expected == -2) {
        context.err << args.value(0) << ": "
                    << tr("name an action: add, remove, rename, list, show, seen or feed") << '\n';
        return 2;
    }
    if ((expected == -1 && given < 2) || (expected >= 0 && given != expected)) {
        context.err << command << ": " << tr("wrong number of arguments (see --help)") << '\n';
        return 2;
    }
    if (!ok || count < 1 || count > 10000) {
        context.err << command << ": " << tr("--limit takes a number from 1 to 10000") << '\n';
        return 2;
    }
    const auto user = openUserStore(context);
    if (!user)
        return 1;
    if (action == QLatin1String("list"))
        return listWatches(*user, parser.isSet(json), command, context);
    QString error;
    if (action == QLatin1String("add")) {
        const QString query = positional.mid(2).join(QLatin1Char(' ')).trimmed();
        const QString problem = !store::watchNameProblem(positional.at(1)).isEmpty()
                                    ? store::watchNameProblem(positional.at(1))
                                    : store::watchQueryProblem(query);
        if (!problem.isEmpty() || user->watch(positional.at(1))) {
            context.err << command << ": "
                        << (problem.isEmpty()
                                ? tr("a watch named %1 exists already").arg(positional.at(1))
                                : problem)
                        << '\n';
            return 2;
        }
        std::unique_ptr<search::WatchSearch> search;
        if (!openSearch(context, command, &search))
            return 1;
        // What is cached now counts as seen: the watch counts what arrives from here on.
        if (!user->addWatch(positional.at(1), query, seenMarkNow(search.get()), &error)) {
            context.err << command << ": " << error << '\n';
            return 1;
        }
        context.out << tr("Watching %1.").arg(positional.at(1)) << '\n';
        return 0;
    }
    const auto watch = namedWatch(*user, positional.at(1), command, context);
    if (!watch)
        return 2;
    if (action == QLatin1String("show"))
        return showWatch(*watch, parser.isSet(onlyNew), count, parser.isSet(json), command,
                         context);
    if (action == QLatin1String("feed"))
        return writeFeed(*watch, parser.value(output), command, context);
    bool done = false;
    if (action == QLatin1String("remove")) {
        done = user->removeWatch(watch->name, &error);
    } else if (action == QLatin1String("rename")) {
        const QString problem = store::watchNameProblem(positional.at(2));
        if (!problem.isEmpty() ||
            (positional.at(2) != watch->name && user->watch(positional.at(2)))) {
            context.err << command << ": "
                        << (problem.isEmpty()
                                ? tr("a watch named %1 exists already").arg(positional.at(2))
                                : problem)
                        << '\n';
            return 2;
        }
        done = user->renameWatch(watch->name, positional.at(2), &error);
    } else { // seen
        std::unique_ptr<search::WatchSearch> search;
        if (!openSearch(context, command, &search))
            return 1;
        done = user->markWatchSeen(watch->name, seenMarkNow(search.get()), &error);
    }
    if (!done) {
        context.err << command << ": " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace paperboy::cli
