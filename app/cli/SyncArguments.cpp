#include "cli/SyncArguments.h"

#include "cli/CommandParsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace paperboy::cli {
namespace {

using sync::formatFromName;
using sync::SourceDefinition;
using sync::SourceRegistry;
using sync::SyncOptions;
using sync::SyncRequest;

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::cli)
};

constexpr int defaultDays = 14;
constexpr int maxRangeDays = 3660;

QCommandLineOption hiddenOption(const QString& name, const QString& valueName)
{
    // Test knobs: real use never needs them, so --help does not show them.
    QCommandLineOption option(name, QString(), valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && text.size() == 10 ? std::optional<QDate>(date) : std::nullopt;
}

// NAME, or FORMAT=URL_TEMPLATE for a source not in the registry.
std::optional<SourceDefinition> resolveSource(const QString& text, const SourceRegistry& registry,
                                              QString* error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0) {
        if (const auto source = registry.find(text))
            return source;
        *error = Text::tr("unknown source '%1' (known: %2)").arg(text, [&registry] {
            QStringList names;
            for (const SourceDefinition& source : registry.all())
                names.append(source.name);
            return names.join(QStringLiteral(", "));
        }());
        return std::nullopt;
    }
    const auto format = formatFromName(text.left(equals));
    if (!format) {
        *error = Text::tr("unknown source format '%1' (use markdown, hf-json or korean-autoflow)")
                     .arg(text.left(equals));
        return std::nullopt;
    }
    const QString urlTemplate = text.mid(equals + 1);
    const SourceDefinition source{urlTemplate, urlTemplate, *format, true};
    *error = validateSource(source);
    return error->isEmpty() ? std::optional<SourceDefinition>(source) : std::nullopt;
}

bool readInt(const QCommandLineParser& parser, const QCommandLineOption& option, int* value,
             QString* error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < 0) {
        *error = Text::tr("--%1 needs a number of milliseconds").arg(option.names().constFirst());
        return false;
    }
    *value = number;
    return true;
}

} // namespace

SyncArguments parseSyncArguments(const QStringList& args, const SourceRegistry& registry,
                                 QDate today)
{
    SyncArguments result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Fetches digests from the enabled sources (or those given) into the cache. Days "
                 "fetched before are re-checked only while they are at most 3 days old."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("First day (default: 14 days ago)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day (default: today)"),
                                QStringLiteral("DATE"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        Text::tr("A source by name (hf, daily_papers_ko, korean_autoflow or "
                 "your own), or FORMAT=URL_TEMPLATE with "
                 "FORMAT markdown, hf-json or korean-autoflow and {date} or "
                 "{yyyy}/{MM}/{dd} in the URL. Repeatable."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption retryBase =
        hiddenOption(QStringLiteral("retry-base-ms"), QStringLiteral("MS"));
    const QCommandLineOption retryAfterCap =
        hiddenOption(QStringLiteral("retry-after-cap-ms"), QStringLiteral("MS"));
    const QCommandLineOption timeout =
        hiddenOption(QStringLiteral("timeout-ms"), QStringLiteral("MS"));
    const QCommandLineOption totalTimeout =
        hiddenOption(QStringLiteral("total-timeout-ms"), QStringLiteral("MS"));
    parser.addOptions({from, to, source, retryBase, retryAfterCap, timeout, totalTimeout});

    if (!parser.parse(args)) {
        result.usageError = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.helpText = commandHelp(parser, args.value(0));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.usageError =
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return result;
    }

    SyncOptions& options = result.options;
    options.whenOffline = SyncOptions::WhenOffline::Fail;
    if (!readInt(parser, retryBase, &options.retryBaseMs, &result.usageError) ||
        !readInt(parser, retryAfterCap, &options.retryAfterCapMs, &result.usageError) ||
        !readInt(parser, timeout, &options.transferTimeoutMs, &result.usageError) ||
        !readInt(parser, totalTimeout, &options.totalTimeoutMs, &result.usageError))
        return result;

    SyncRequest& request = result.request;
    request.today = today;
    request.to = today;
    if (parser.isSet(to)) {
        const auto date = parseDate(parser.value(to));
        if (!date) {
            result.usageError =
                Text::tr("--to: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(to));
            return result;
        }
        request.to = *date;
    }
    request.from = request.to.addDays(-defaultDays);
    if (parser.isSet(from)) {
        const auto date = parseDate(parser.value(from));
        if (!date) {
            result.usageError =
                Text::tr("--from: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(from));
            return result;
        }
        request.from = *date;
    }
    if (request.from > request.to) {
        result.usageError = Text::tr("--from is after --to");
        return result;
    }
    if (request.from.daysTo(request.to) > maxRangeDays) {
        result.usageError = Text::tr("the range is longer than %1 days").arg(maxRangeDays);
        return result;
    }

    for (const QString& text : parser.values(source)) {
        QString error;
        const auto definition = resolveSource(text, registry, &error);
        if (!definition) {
            result.usageError = error;
            return result;
        }
        if (!request.sources.contains(*definition))
            request.sources.append(*definition);
    }
    if (!parser.isSet(source))
        request.sources = registry.enabled();
    if (request.sources.isEmpty())
        result.usageError = Text::tr("no source is enabled; name one with --source");
    return result;
}

} // namespace paperboy::cli
