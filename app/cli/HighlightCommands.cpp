// `paperboy highlights [ID] [--json]`: the passages marked in the Read view.
#include "cli/CommandParsing.h"
#include "cli/UserDataAccess.h"
#include "export/UserDataJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::cli", text);
}

// One line of text for the listing: a highlight may span line breaks in the PDF.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

int runHighlightsCommand(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the highlights made in the Read view, of one paper or of all, newest first."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("arXiv id or URL"),
                                 QStringLiteral("[ID]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    parser.addOption(json);
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        context.err << args.value(0) << ": " << tr("name at most one paper id") << '\n';
        return exitUsage;
    }
    std::optional<QStringList> ids;
    if (!positional.isEmpty()) {
        ids = parseIds(positional, args.value(0), context);
        if (!ids)
            return exitUsage;
    }
    const auto user = openUserStore(context);
    if (!user)
        return exitFailed;
    const QList<store::Highlight> highlights =
        ids ? user->highlights(ids->constFirst()) : user->allHighlights();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const store::Highlight& h : highlights)
            array.append(exporting::highlightToJson(h));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const store::Highlight& h : highlights) {
        // uid (its first 8 characters name it well enough to read), paper, page, colour, time.
        context.out << h.uid.left(8) << '\t' << h.paperId << '\t' << tr("p. ") << h.page << '\t'
                    << h.colour << '\t'
                    << h.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                    << oneLine(h.text);
        if (!h.comment.isEmpty())
            context.out << "\t// " << oneLine(h.comment);
        context.out << '\n';
    }
    return 0;
}

} // namespace paperboy::cli
