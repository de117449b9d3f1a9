#include "store/DamagedFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

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

std::optional<QByteArray> sqliteHeader(const QString& file)
{
    QFile in(file);
    if (!QFileInfo(file).isFile() || !in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = in.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
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
