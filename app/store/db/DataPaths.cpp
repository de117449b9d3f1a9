#include "store/db/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace paperboy::store {

DataPaths DataPaths::inDirectory(const QString& dir)
{
    const QDir base(dir);
    return {base.absoluteFilePath(QStringLiteral("cache.sqlite")),
            base.absoluteFilePath(QStringLiteral("user.sqlite"))};
}

DataPaths DataPaths::standard()
{
    // The cache is re-downloadable, so it belongs in XDG_CACHE_HOME; the user's own data must
    // survive a cache clean-up and lives in XDG_DATA_HOME.
    const QString cacheDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
        QStringLiteral("/paperboy");
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                            QStringLiteral("/paperboy");
    return {cacheDir + QStringLiteral("/cache.sqlite"), dataDir + QStringLiteral("/user.sqlite")};
}

DataPaths DataPaths::resolve(const QString& dataDirOption)
{
    if (!dataDirOption.isEmpty())
        return inDirectory(dataDirOption);
    const QString fromEnv = qEnvironmentVariable("PAPERBOY_DATA_DIR");
    if (!fromEnv.isEmpty())
        return inDirectory(fromEnv);
    return standard();
}

bool DataPaths::ensureDirectories(QString* error) const
{
    for (const QString& file : {cacheFile, userFile}) {
        const QString dir = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QCoreApplication::translate("paperboy::store::DataPaths",
                                                     "Cannot create the data folder %1")
                             .arg(dir);
            return false;
        }
    }
    return true;
}

} // namespace paperboy::store
