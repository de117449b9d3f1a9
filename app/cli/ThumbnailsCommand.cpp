// `paperboy thumbnails prefetch|status`: the command-line twin of the window's background
// thumbnail prefetch, on the same loader, disk cache and host policy.
#include "cli/CommandParsing.h"
#include "cli/UserDataAccess.h"
#include "store/cache/CacheReader.h"
#include "thumbs/ThumbnailLoader.h"
#include "thumbs/ThumbnailSettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::cli {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("paperboy::cli", text, nullptr, n);
}

constexpr int defaultRecentDays = 14;

struct PrefetchCounts
{
    int fetched = 0;
    int cached = 0;
    int refused = 0;
    int failed = 0;
};

QList<QDate> chooseDays(const store::CacheReader& reader, const std::optional<QDate>& from,
                        const std::optional<QDate>& to)
{
    QList<QDate> days;
    for (const store::DaySummary& day : reader.days()) {
        if ((!from || day.date >= *from) && (!to || day.date <= *to))
            days.append(day.date);
    }
    if (!from && !to && days.size() > defaultRecentDays)
        days = days.mid(days.size() - defaultRecentDays);
    return days;
}

int runPrefetch(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Download the missing thumbnails of cached days (default: the last 14)."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day"), tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day"), tr("DATE"));
    const QCommandLineOption hostOption(QStringLiteral("image-host"),
                                        tr("Also allow images from HOST (repeatable)"), tr("HOST"));
    parser.addOptions({fromOption, toOption, hostOption});
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (parser.isSet(fromOption) &&
        !(from = parseDateArgument(parser.value(fromOption), QStringLiteral("--from"), context)))
        return exitUsage;
    if (parser.isSet(toOption) &&
        !(to = parseDateArgument(parser.value(toOption), QStringLiteral("--to"), context)))
        return exitUsage;

    PrefetchCounts counts;
    QList<QDate> days;
    std::unique_ptr<store::CacheReader> reader;
    if (QFileInfo::exists(context.paths.cacheFile)) {
        QString error;
        reader = store::CacheReader::open(context.paths, &error);
        if (!reader) {
            context.err << error << '\n';
            return exitFailed;
        }
        days = chooseDays(*reader, from, to);
    }
    const thumbs::ThumbnailSettings settings = thumbs::ThumbnailSettings::load();
    thumbs::LoaderOptions options;
    options.cacheDirectory = thumbs::DiskCache::directoryFor(context.paths.cacheFile);
    options.diskLimitBytes = settings.diskLimitBytes();
    options.extraHosts = settings.allowedHosts + parser.values(hostOption);
    // A prefetch over the disk limit must not evict what the window keeps for bookmarks. The
    // same opening as every user-data command (a damaged file is restored); when the file
    // cannot be read at all the error is printed and the prefetch goes on without pins:
    // thumbnails can be downloaded again.
    if (QFileInfo::exists(context.paths.userFile)) {
        if (const auto user = openUserStore(context))
            options.pinnedIds = [ids = user->bookmarks()] { return ids; };
    }
    thumbs::ThumbnailLoader loader(options);
    QObject::connect(&loader, &thumbs::ThumbnailLoader::finished, &loader,
                     [&counts, &context](const thumbs::ThumbnailResult& result) {
                         using Origin = thumbs::ThumbnailResult::Origin;
                         switch (result.origin) {
                         case Origin::Network:
                             ++counts.fetched;
                             break;
                         case Origin::Memory:
                         case Origin::Disk:
                             ++counts.cached;
                             break;
                         case Origin::Refused:
                             ++counts.refused;
                             break;
                         case Origin::Cancelled: // nothing here cancels
                         case Origin::Failed:
                             ++counts.failed;
                             context.err << result.paperId << ": " << result.url.toDisplayString()
                                         << ": " << result.error << '\n';
                             break;
                         }
                     });
    int asked = 0;
    for (const QDate& day : days) {
        for (const core::Paper& paper : reader->dayPapers(day)) {
            loader.requestFor(paper.id.id(), paper.thumbnailUrl, paper.mediaUrls, QSize(),
                              thumbs::Priority::Prefetch);
            ++asked;
        }
    }
    if (asked > 0) {
        QEventLoop loop;
        QObject::connect(
            &loader, &thumbs::ThumbnailLoader::finished, &loop, [&loop, &counts, asked] {
                if (counts.fetched + counts.cached + counts.refused + counts.failed == asked)
                    loop.quit();
            });
        loop.exec();
    }
    context.out << tr("%n day(s): ", int(days.size())) << tr("fetched %n, ", counts.fetched)
                << tr("already cached %n, ", counts.cached)
                << tr("refused host %n, ", counts.refused) << tr("failed %n", counts.failed)
                << '\n';
    return counts.failed > 0 ? 1 : 0;
}

int runStatus(const QStringList& args, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show how much the thumbnail cache holds."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    parser.addOption(json);
    if (const auto code = parseArguments(parser, args, context))
        return *code;
    const thumbs::ThumbnailSettings settings = thumbs::ThumbnailSettings::load();
    thumbs::DiskCache cache(thumbs::DiskCache::directoryFor(context.paths.cacheFile),
                            settings.diskLimitBytes());
    const thumbs::DiskCacheStatus status = cache.status();
    if (parser.isSet(json)) {
        const QJsonObject object{{QStringLiteral("cached"), status.files},
                                 {QStringLiteral("bytes"), status.bytes},
                                 {QStringLiteral("limit_bytes"), status.limitBytes}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                    << '\n';
    } else {
        context.out << tr("%n thumbnail(s) cached, ", status.files)
                    << tr("%1 of %2 MB")
                           .arg(double(status.bytes) / (1 << 20), 0, 'f', 1)
                           .arg(status.limitBytes >> 20)
                    << '\n';
    }
    return 0;
}

} // namespace

int runThumbnailsCommand(const QStringList& args, CliContext& context)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("prefetch"))
        return runPrefetch(rest, context);
    if (action == QLatin1String("status"))
        return runStatus(rest, context);
    QTextStream& stream = action == QLatin1String("--help") ? context.out : context.err;
    stream << tr("Usage: paperboy thumbnails prefetch [--from DATE] [--to DATE] "
                 "[--image-host HOST]...")
           << '\n'
           << tr("       paperboy thumbnails status [--json]") << '\n';
    return action == QLatin1String("--help") ? exitOk : exitUsage;
}

} // namespace paperboy::cli
