#include "store/db/DamagedFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

// SQLite's own API: a file's first bytes are read through SQLite's VFS, which Qt does not expose,
// so that no descriptor of our own drops the locks of open connections (DamagedFile.h).
#include <sqlite3.h>

#include <memory>

namespace paperboy::store {

std::optional<QString> moveDamagedAside(const QString& file, QString* error)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString aside = file + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = file + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(file, aside)) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store", "Cannot move %1 aside to %2")
                         .arg(file, aside);
        return std::nullopt;
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file + suffix))
            QFile::rename(file + suffix, aside + suffix);
    }
    return aside;
}

std::optional<QByteArray> readFileStart(const QString& file, int bytes)
{
    if (!QFileInfo(file).isFile())
        return std::nullopt;
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return std::nullopt;
    // A database name is followed by its URI parameters, ending in two NULs.
    const QByteArray name =
        QFile::encodeName(QFileInfo(file).absoluteFilePath()) + QByteArray(4, '\0');
    const auto storage = std::make_unique<char[]>(size_t(vfs->szOsFile));
    auto* handle = reinterpret_cast<sqlite3_file*>(storage.get());
    int openedAs = 0;
    const int opened = vfs->xOpen(vfs, name.constData(), handle,
                                  SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &openedAs);
    if (opened != SQLITE_OK) {
        if (handle->pMethods)
            handle->pMethods->xClose(handle);
        return std::nullopt;
    }
    sqlite3_int64 size = 0;
    QByteArray data(bytes, '\0');
    bool ok = handle->pMethods->xFileSize(handle, &size) == SQLITE_OK;
    if (ok) {
        data.truncate(int(qMin<sqlite3_int64>(bytes, size)));
        ok = data.isEmpty() ||
             handle->pMethods->xRead(handle, data.data(), int(data.size()), 0) == SQLITE_OK;
    }
    handle->pMethods->xClose(handle);
    return ok ? std::optional<QByteArray>(data) : std::nullopt;
}

bool hasSqliteMagic(const QString& file)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    const auto start = readFileStart(file, 16);
    return start && *start == magic;
}

std::optional<QByteArray> sqliteHeader(const QString& file)
{
    const auto header = readFileStart(file, 100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header || header->size() < 100 || !header->startsWith(magic))
        return std::nullopt;
    return header;
}

bool isCutOff(const QString& file, const QByteArray& header)
{
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    // Offsets from https://www.sqlite.org/fileformat.html#the_database_header: the page size
    // (1 means 65536), the change counter, the size in pages and the counter it is valid for.
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const qint64 pages = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pages == 0 || changeCounter != validFor || pageSize < 512)
        return false; // an old writer's header: the size field is not to be trusted
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    return QFileInfo(file).size() < pages * pageSize;
}

} // namespace paperboy::store
