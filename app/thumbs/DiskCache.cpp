#include "thumbs/DiskCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSaveFile>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcThumbDisk, "paperboy.thumbs.disk")

namespace paperboy::thumbs {
namespace {

const QString suffix = QStringLiteral(".img");

// Paper ids become part of the file name so that pinning survives restarts; anything but
// plain id characters is replaced (old-style arXiv ids have a slash).
QString safeId(const QString& id)
{
    QString safe;
    for (const QChar c : id)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                        c == QLatin1Char('-')
                    ? c
                    : QLatin1Char('_');
    return safe.left(64);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

DiskCache::DiskCache(QString directory, qint64 limitBytes, PinnedIds pinned)
    : m_directory(std::move(directory)), m_limitBytes(limitBytes), m_pinned(std::move(pinned))
{}

QString DiskCache::directoryFor(const QString& cacheFile)
{
    return QFileInfo(cacheFile).absolutePath() + QStringLiteral("/thumbnails");
}

QString DiskCache::keyFor(const QUrl& url)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex().left(40));
}

void DiskCache::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + suffix}, QDir::Files);
    for (const QFileInfo& info : files) {
        // <key>_<paper id>.img
        const QString base = info.completeBaseName();
        const int split = int(base.indexOf(QLatin1Char('_')));
        if (split != 40)
            continue;
        Entry entry{info.fileName(), base.mid(split + 1), info.size(),
                    info.lastModified().toMSecsSinceEpoch()};
        m_totalBytes += entry.bytes;
        m_lastUseMs = std::max(m_lastUseMs, entry.lastUsedMs);
        m_entries.insert(base.left(split), entry);
    }
    evict();
}

std::optional<QByteArray> DiskCache::read(const QUrl& url)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    const auto it = m_entries.find(keyFor(url));
    if (it == m_entries.end())
        return std::nullopt;
    QFile file(m_directory + QLatin1Char('/') + it->fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::ExistingOnly)) {
        m_totalBytes -= it->bytes;
        m_entries.erase(it);
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    it->lastUsedMs = nextUseMs();
    file.close();
    // The modification time is the LRU order across restarts.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(it->lastUsedMs),
                         QFileDevice::FileModificationTime);
    return bytes;
}

bool DiskCache::contains(const QUrl& url)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return m_entries.contains(keyFor(url));
}

bool DiskCache::write(const QUrl& url, const QString& paperId, const QByteArray& bytes)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    if (bytes.size() > m_limitBytes)
        return false;
    const QString key = keyFor(url);
    const QString fileName = key + QLatin1Char('_') + safeId(paperId) + suffix;
    QDir().mkpath(m_directory); // reading never creates the folder, the first write does
    QSaveFile file(m_directory + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcThumbDisk) << "cannot store thumbnail" << file.fileName() << file.errorString();
        return false;
    }
    const auto old = m_entries.constFind(key);
    if (old != m_entries.constEnd()) {
        m_totalBytes -= old->bytes;
        if (old->fileName != fileName)
            QFile::remove(m_directory + QLatin1Char('/') + old->fileName);
    }
    m_entries.insert(key, Entry{fileName, safeId(paperId), bytes.size(), nextUseMs()});
    m_totalBytes += bytes.size();
    evict();
    return true;
}

qint64 DiskCache::nextUseMs()
{
    m_lastUseMs = std::max(nowMs(), m_lastUseMs + 1);
    return m_lastUseMs;
}

void DiskCache::evict()
{
    if (m_totalBytes <= m_limitBytes)
        return;
    QSet<QString> pinned;
    if (m_pinned) {
        for (const QString& id : m_pinned())
            pinned.insert(safeId(id));
    }
    // Unpinned files go first, oldest first; pinned ones only if that is not enough.
    std::vector<std::pair<QString, Entry>> order;
    order.reserve(size_t(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        order.emplace_back(it.key(), it.value());
    std::sort(order.begin(), order.end(), [&pinned](const auto& a, const auto& b) {
        const bool pa = pinned.contains(a.second.paperId);
        const bool pb = pinned.contains(b.second.paperId);
        if (pa != pb)
            return pb;
        return a.second.lastUsedMs < b.second.lastUsedMs;
    });
    for (const auto& [key, entry] : order) {
        if (m_totalBytes <= m_limitBytes)
            break;
        QFile::remove(m_directory + QLatin1Char('/') + entry.fileName);
        m_totalBytes -= entry.bytes;
        m_entries.remove(key);
    }
}

DiskCacheStatus DiskCache::status()
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return {int(m_entries.size()), m_totalBytes, m_limitBytes};
}

void DiskCache::setLimitBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_limitBytes = bytes;
    ensureLoaded();
    evict();
}

} // namespace paperboy::thumbs
