// The user-data subcommands that change single papers: bookmarks, read, note.
#include "cli/CommandParsing.h"
#include "cli/UserDataAccess.h"
#include "export/UserDataJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

int listBookmarks(bool json, CliContext& context)
{
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    const QList<store::Bookmark> bookmarks = user->bookmarkList();
    if (json) {
        QJsonArray array;
        for (const store::Bookmark& bookmark : bookmarks)
            array.append(exporting::bookmarkToJson(bookmark));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const store::Bookmark& bookmark : bookmarks)
        context.out << bookmark.id << '\t'
                    << (bookmark.date.isValid() ? bookmark.date.toString(Qt::ISODate)
                                                : QStringLiteral("-"))
                    << '\t' << bookmark.title << '\n';
    return 0;
}

QString readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

} // namespace

int addBookmarks(const QStringList& ids, const QString& command, CliContext& context)
{
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    if (cacheFailed)
        return exitFailed;
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    // Every paper is looked up before anything is written: one unknown id, no bookmark at all.
    QList<store::Bookmark> bookmarks;
    QStringList already;
    for (const QString& id : ids) {
        if (user->isBookmarked(id))
            already.append(id);
        const auto paper = cache ? cache->paper(id) : std::nullopt;
        if (paper) {
            store::Bookmark bookmark = store::Bookmark::fromPaper(*paper);
            // What only an older bookmark knows (an imported file's) is kept.
            if (const auto old = user->bookmark(id)) {
                if (bookmark.koreanTitle.isEmpty())
                    bookmark.koreanTitle = old->koreanTitle;
                bookmark.primaryClass = old->primaryClass;
            }
            bookmarks.append(bookmark);
        } else if (!user->isBookmarked(id)) {
            context.err << command << ": "
                        << tr("%1 is not in the cache; nothing was bookmarked").arg(id) << '\n';
            return exitUsage;
        }
    }
    QString error;
    if (!user->addBookmarks(bookmarks, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    // Bookmarking again refreshes what the bookmark keeps, but is no new bookmark.
    if (ids.size() > already.size())
        context.out << tr("%n paper(s) bookmarked", int(ids.size() - already.size())) << '\n';
    for (const QString& id : std::as_const(already))
        context.out << tr("%1 was already bookmarked").arg(id) << '\n';
    return exitOk;
}

int removeBookmarks(const QStringList& ids, const QString& command, CliContext& context)
{
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    for (const QString& id : ids) {
        if (!user->isBookmarked(id)) {
            context.err << command << ": "
                        << tr("%1 is not bookmarked; nothing was removed").arg(id) << '\n';
            return exitUsage;
        }
    }
    QString error;
    if (!user->removeBookmarks(ids, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    context.out << tr("%n bookmark(s) removed", int(ids.size())) << '\n';
    return 0;
}

int setReadState(const QStringList& ids, bool read, const QString& command, CliContext& context)
{
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    const auto user = !cacheFailed ? openUserStore(context) : nullptr;
    if (!user)
        return exitFailed;
    if (!checkKnown(ids, cache.get(), *user, command, context))
        return exitUsage;
    QString error;
    if (!user->setRead(ids, read, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    return 0;
}

int setNote(const QString& id, const QString& text, const QString& command, CliContext& context)
{
    bool cacheFailed = false;
    const auto cache = openCacheIfAny(context, &cacheFailed);
    const auto user = cacheFailed ? nullptr : openUserStore(context);
    if (!user)
        return exitFailed;
    if (!checkKnown({id}, cache.get(), *user, command, context))
        return exitUsage;
    QString error;
    if (!user->setNote(id, text, &error)) {
        context.err << command << ": " << error << '\n';
        return exitFailed;
    }
    return 0;
}

int runBookmarksCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add or remove bookmarks, or list them (newest first). A bookmark keeps its paper's "
           "title, authors, date and abstract, so the list needs no cache."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (list)"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, remove or list"),
                                 QStringLiteral("add|remove|list"));
    parser.addPositionalArgument(QStringLiteral("ids"), tr("arXiv ids or URLs"),
                                 QStringLiteral("[ID...]"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString command = args.value(0) + QLatin1Char(' ') + action;
    if (action == QLatin1String("list")) {
        if (positional.size() > 1) {
            context.err << command << ": " << tr("takes no ids") << '\n';
            return exitUsage;
        }
        return listBookmarks(parser.isSet(json), context);
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove")) {
        context.err << args.value(0) << ": " << tr("name an action: add, remove or list") << '\n';
        return exitUsage;
    }
    if (positional.size() < 2) {
        context.err << command << ": " << tr("name at least one paper id") << '\n';
        return exitUsage;
    }
    const auto ids = parseIds(positional.mid(1), command, context);
    if (!ids)
        return exitUsage;
    return action == QLatin1String("add") ? addBookmarks(*ids, command, context)
                                          : removeBookmarks(*ids, command, context);
}

int runReadCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Mark papers as read (or unread)."));
    const QCommandLineOption unread(QStringLiteral("unread"), tr("Mark them unread instead"));
    parser.addOption(unread);
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
    return setReadState(*ids, !parser.isSet(unread), args.value(0), context);
}

int runNoteCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print a paper's note, or set it to TEXT (\"-\": read standard input; empty: delete)."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("arXiv id or URL"), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("text"), tr("The note (plain text or markdown)"),
                                 QStringLiteral("[TEXT | -]"));
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        context.err << args.value(0) << ": " << tr("name one paper id") << '\n';
        return exitUsage;
    }
    const auto ids = parseIds({positional.constFirst()}, args.value(0), context);
    if (!ids)
        return exitUsage;
    const QString id = ids->constFirst();
    if (positional.size() == 1) {
        const auto user = openUserStore(context);
        if (!user)
            return exitFailed;
        if (const auto note = user->note(id))
            context.out << *note << (note->endsWith(QLatin1Char('\n')) ? "" : "\n");
        return 0;
    }
    const QString text = positional.size() == 2 && positional.at(1) == QLatin1String("-")
                             ? readStandardInput()
                             : positional.mid(1).join(QLatin1Char(' '));
    return setNote(id, text, args.value(0), context);
}

} // namespace paperboy::cli
