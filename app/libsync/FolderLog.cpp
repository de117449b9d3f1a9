#include "libsync/FolderLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace paperboy::libsync {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::libsync", text);
}

// The messages of the member functions below, here so that lupdate files them under the
// context they are translated with.
bool cannotWrite(const QString& file, const QString& why, QString* error)
{
    if (error)
        *error = tr("cannot write %1: %2").arg(file, why);
    return false;
}

bool cannotReplace(const QString& file, QString* error)
{
    if (error)
        *error = tr("cannot replace %1").arg(file);
    return false;
}

bool syncToDisk(QFile& file, QString* error)
{
    if (!file.flush() || ::fsync(file.handle()) != 0)
        return cannotWrite(file.fileName(), file.errorString(), error);
    return true;
}

} // namespace

FolderLog::FolderLog(QString folder, QString deviceId)
    : m_folder(std::move(folder)), m_deviceId(std::move(deviceId))
{}

bool FolderLog::isReachable() const
{
    return !m_folder.isEmpty() && QFileInfo(m_folder).isDir();
}

QString FolderLog::ownFile() const
{
    return QDir(m_folder).filePath(m_deviceId + QStringLiteral(".jsonl"));
}

qint64 FolderLog::ownSize() const
{
    const QFileInfo info(ownFile());
    return info.exists() ? info.size() : -1;
}

QByteArray FolderLog::ownTail() const
{
    QFile file(ownFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 tailBytes = 64 * 1024;
    if (file.size() > tailBytes)
        file.seek(file.size() - tailBytes);
    return file.readAll();
}

bool FolderLog::append(const QByteArray& lines, QString* error)
{
    QFile file(ownFile());
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return cannotWrite(file.fileName(), file.errorString(), error);
    QByteArray data;
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        data.append('\n');
    data.append(lines);
    if (file.write(data) != data.size())
        return cannotWrite(file.fileName(), file.errorString(), error);
    return syncToDisk(file, error);
}

bool FolderLog::replaceOwn(const QByteArray& content, QString* error)
{
    // Not *.jsonl, so no reader takes the half-written temporary file for a log.
    const QString temporary = ownFile() + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size()) {
        const QString why = file.errorString();
        file.remove();
        return cannotWrite(temporary, why, error);
    }
    if (!syncToDisk(file, error)) {
        file.remove();
        return false;
    }
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(ownFile()).constData()) != 0) {
        QFile::remove(temporary);
        return cannotReplace(ownFile(), error);
    }
    return true;
}

QStringList FolderLog::otherFiles() const
{
    QStringList files;
    const QDir dir(m_folder);
    const QString own = m_deviceId + QStringLiteral(".jsonl");
    for (const QString& name :
         dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name != own)
            files.append(dir.filePath(name));
    }
    return files;
}

WholeLines wholeLinesFrom(const QByteArray& data, qint64 offset)
{
    WholeLines result;
    result.end = offset;
    const qsizetype zero = data.indexOf('\0', offset);
    const qsizetype limit = zero < 0 ? data.size() : zero;
    qsizetype start = offset;
    while (start < limit) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0 || newline > limit)
            break;
        result.lines.append(data.mid(start, newline - start));
        start = newline + 1;
        result.end = start;
    }
    return result;
}

} // namespace paperboy::libsync
