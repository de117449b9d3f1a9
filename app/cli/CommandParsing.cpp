#include "cli/CommandParsing.h"

#include <QCoreApplication>

namespace paperboy::cli {

std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                  CliContext& context)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        context.err << args.value(0) << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    return std::nullopt;
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
