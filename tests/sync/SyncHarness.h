#pragma once

#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>

#include <memory>

namespace paperboy::synctest {

// Everything one sync run reported.
struct SyncRun
{
    sync::SyncSummary summary;
    QList<sync::RequestLogEntry> log;
    QList<sync::SyncTaskResult> tasks;
    QList<QDate> updatedDays;
    bool finished = false;
    qint64 ms = 0;

    QString logText() const; // every entry's url, status and error, for messages and checks
};

// Waits that keep the sync tests fast: real policy, shorter clocks.
sync::SyncOptions fastOptions();

// A temporary cache with a WriterThread and a SyncEngine on it.
class SyncHarness final
{
public:
    explicit SyncHarness(const sync::SyncOptions& options = fastOptions());
    ~SyncHarness();

    bool isValid() const { return m_dir.isValid(); }
    const store::DataPaths& paths() const { return m_paths; }
    sync::SyncEngine& engine() { return *m_engine; }

    // Starts `request` and waits (spinning the event loop) until finished or `timeoutMs`.
    SyncRun run(const sync::SyncRequest& request, int timeoutMs = 20000);
    // A fresh reader: sees everything written so far.
    std::unique_ptr<store::CacheReader> reader() const;

private:
    QTemporaryDir m_dir;
    store::DataPaths m_paths;
    std::unique_ptr<store::WriterThread> m_writer;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

// tests/data/sync/<name>, whole.
QByteArray fixture(const QString& name);

// A source for the FaultServer or another loopback server.
sync::SourceDefinition loopbackSource(const QString& name, const QString& urlTemplate,
                                      sync::SourceFormat format = sync::SourceFormat::Markdown);

} // namespace paperboy::synctest
