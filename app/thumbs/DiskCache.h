#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace paperboy::thumbs {

struct DiskCacheStatus
{
    int files = 0;
    qint64 bytes = 0;
    qint64 limitBytes = 0;
};

// Downloaded image files under the cache folder (re-downloadable, never user data), bounded
// by a byte limit with least-recently-used eviction. A file's modification time is its last
// use, so the order survives restarts without a database. Papers the pinned hook names
// (bookmarks, from the user-data side) are evicted last: only when nothing else is left.
// Thread-safe: the loader reads and writes it from its worker threads, never the GUI thread.
class DiskCache final
{
public:
    using PinnedIds = std::function<QSet<QString>()>;

    DiskCache(QString directory, qint64 limitBytes, PinnedIds pinned = {});

    // The bytes stored for the URL (and marks them used), or nothing.
    std::optional<QByteArray> read(const QUrl& url);
    bool contains(const QUrl& url);
    // Stores the bytes (atomically: a crash leaves the old file or none) and evicts.
    bool write(const QUrl& url, const QString& paperId, const QByteArray& bytes);
    DiskCacheStatus status();
    void setLimitBytes(qint64 bytes); // evicts at once when the files are over the new limit
    QString directory() const { return m_directory; }

    // The folder for thumbnails beside the cache database file.
    static QString directoryFor(const QString& cacheFile);

private:
    struct Entry
    {
        QString fileName;
        QString paperId;
        qint64 bytes = 0;
        qint64 lastUsedMs = 0;
    };

    void ensureLoaded(); // the first use scans the folder (m_mutex held)
    void evict();        // m_mutex held
    // The time of a use, in ms, later than every earlier use: two writes in one millisecond
    // were a tie, and eviction then dropped either one (m_mutex held).
    qint64 nextUseMs();
    static QString keyFor(const QUrl& url);

    const QString m_directory;
    qint64 m_limitBytes;
    const PinnedIds m_pinned;
    QMutex m_mutex;
    bool m_loaded = false;
    QHash<QString, Entry> m_entries; // by key
    qint64 m_totalBytes = 0;
    qint64 m_lastUseMs = 0;
};

} // namespace paperboy::thumbs
