#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace paperboy::thumbs {

// The papers whose thumbnails outlive disk-cache eviction (the bookmarked ones). The window
// replaces the set on its thread whenever a bookmark changes; the disk cache reads it on a
// pool thread while it evicts, so both sides go through the mutex and only copies leave.
class PinnedPapers final
{
public:
    void replace(QSet<QString> paperIds);
    QSet<QString> snapshot() const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_ids;
};

} // namespace paperboy::thumbs
