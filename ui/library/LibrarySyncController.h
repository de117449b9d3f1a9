#pragma once

#include "ui/common/LibrarySyncThread.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace paperboy::ui {

class FeatureContext;

// Keeps the window's library in step through the folder (docs/library-sync.md): merges at start
// (once the user file is open), when the folder changes (a file watcher, and a look every
// minute for engines whose writes a watcher misses), and sends local changes within seconds.
// The work runs on the context's LibrarySyncThread; this only decides when, and says how it
// stands in one line for the status bar.
class LibrarySyncController final : public QObject
{
    Q_OBJECT
public:
    explicit LibrarySyncController(FeatureContext& context, QObject* parent = nullptr);

    // "Library in step 12:04 · 2 machines"; empty when the folder is off.
    static QString statusText(const LibrarySyncStatus& status);

signals:
    void statusTextChanged(const QString& text);
    // Other machines' changes are in the user file: bookmarks and read marks must be reread.
    void libraryChanged();

private:
    void start();
    void onStatus(const LibrarySyncStatus& status);

    FeatureContext& m_context;
    QFileSystemWatcher m_watcher;
    QTimer m_periodic;
    QTimer m_flush;
    QTimer m_settle; // a burst of folder changes makes one merge
    bool m_started = false;
};

} // namespace paperboy::ui
