#pragma once

#include "core/WorkerThread.h"
#include "store/db/DataPaths.h"

#include <QDate>
#include <QObject>

namespace paperboy::thumbs {
class ThumbnailLoader;
}

namespace paperboy::ui {

// After a day is synced or imported, asks the loader for its thumbnails at the lowest
// priority (stored on disk, not decoded for display), so a day read once online shows its
// images offline. The day's list is read on a thread of its own, never the GUI thread.
class DayPrefetcher final : public QObject
{
    Q_OBJECT
public:
    DayPrefetcher(store::DataPaths paths, thumbs::ThumbnailLoader& loader,
                  QObject* parent = nullptr);
    ~DayPrefetcher() override;

    void prefetchDay(QDate day);
    // Settings → Thumbnails: while off, synced and imported days are not prefetched.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

signals:
    void dayQueued(const QDate& day, int papers); // the requests are with the loader

private:
    class Worker;
    thumbs::ThumbnailLoader& m_loader;
    bool m_enabled = true;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::ui
