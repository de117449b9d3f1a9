#include "cli/CommandParsing.h"

#include <QCoreApplication>

namespace paperboy::cli {

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                  CliContext& context)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        context.err << args.value(0) << ": " << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet(help)) {
        context.out << commandHelp(parser, args.value(0));
        return exitOk;
    }
    return std::nullopt;
}

QString commandHelp(const QCommandLineParser& parser, const QString& command)
{
    QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    if (!lines.isEmpty()) {
        // "Usage: /path/to/paperboy [options] ..." -> "Usage: paperboy search [options] ..."
        QString& usage = lines.first();
        const QString binary = QCoreApplication::arguments().value(0);
        const qsizetype at = binary.isEmpty() ? -1 : usage.indexOf(binary);
        if (at >= 0)
            usage.replace(at, binary.size(), command);
    }
    lines.removeIf(
        [](const QString& line) { return line.trimmed().startsWith(QLatin1String("--help-all")); });
    return lines.join(QLatin1Char('\n'));
}

std::optional<QDate> parseDateArgument(const QString& text, const QString& what,
                                       CliContext& context)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        context.err << QCoreApplication::translate("paperboy::cli",
                                                   "%1: '%2' is not a date (YYYY-MM-DD)")
                           .arg(what, text)
                    << '\n';
        return std::nullopt;
    }
    return date;
}

} // namespace paperboy::cli
