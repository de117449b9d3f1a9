#include "cli/UserDataAccess.h"

#include "store/user/UserBackups.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace paperboy::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::cli", text);
}

} // namespace

std::unique_ptr<store::UserStore> openUserStore(CliContext& context)
{
    QString notice, error;
    auto store = store::openUserData(context.paths, &notice, &error);
    if (!notice.isEmpty())
        context.err << "paperboy: " << notice << '\n';
    if (!store)
        context.err << "paperboy: " << error << '\n';
    return store;
}

std::unique_ptr<store::CacheReader> openCacheIfAny(CliContext& context, bool* failed)
{
    *failed = false;
    if (!QFileInfo::exists(context.paths.cacheFile))
        return nullptr;
    QString error;
    auto reader = store::CacheReader::open(context.paths, &error);
    if (!reader) {
        context.err << "paperboy: " << error << '\n';
        *failed = true;
    }
    return reader;
}

std::optional<QStringList> parseIds(const QStringList& texts, const QString& command,
                                    CliContext& context)
{
    QStringList ids;
    for (const QString& text : texts) {
        const auto id = core::ArxivId::parseTyped(text.trimmed());
        if (!id) {
            context.err << command << ": " << tr("'%1' is not an arXiv id or URL").arg(text)
                        << '\n';
            return std::nullopt;
        }
        if (!ids.contains(id->id()))
            ids.append(id->id());
    }
    return ids;
}

bool checkKnown(const QStringList& ids, const store::CacheReader* cache,
                const store::UserStore& user, const QString& command, CliContext& context)
{
    for (const QString& id : ids) {
        if ((cache && cache->paper(id)) || user.isBookmarked(id))
            continue;
        context.err << command << ": "
                    << tr("%1 is neither in the cache nor bookmarked; nothing was changed").arg(id)
                    << '\n';
        return false;
    }
    return true;
}

bool writeOutput(const QString& path, const QString& text, const QString& command,
                 CliContext& context)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out << text;
        return true;
    }
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err << command << ": " << tr("cannot write %1: %2").arg(path, file.errorString())
                    << '\n';
        return false;
    }
    return true;
}

} // namespace paperboy::cli
