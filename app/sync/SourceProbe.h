#pragma once

#include "core/WorkerThread.h"
#include "sync/SourceDefinition.h"
#include "sync/SyncTypes.h"

#include <QDate>
#include <QObject>
#include <QStringList>

namespace paperboy::sync {

// What "Test source" found: the papers of one day, or exactly why there are none.
struct SourceProbeResult
{
    enum class Kind {
        Found,        // the day's digest was read (it may list no papers)
        NotPublished, // 404: the source has nothing for that day
        Failed,       // no answer, an HTTP error, or a body that is not a digest of that day
        Cancelled,
    };

    Kind kind = Kind::Failed;
    QUrl url;             // the first page asked for
    int status = 0;       // the last HTTP status; 0 when no response arrived
    qint64 bytes = 0;     // body bytes of every page
    int pages = 0;        // pages read (the Hugging Face API pages; 1 otherwise)
    int papers = 0;       // for Found
    QStringList titles;   // for Found: the first few, as published
    QStringList warnings; // what the parser did not understand (capped)
    QString error;        // for Failed: the reason, as the sync log would say it
};

// Fetches one day of one source on a thread of its own, through the same client, limits and
// readers as sync, and writes nothing: the cache and its fetch records stay as they were, so a
// test never marks a day as fetched. One probe at a time; cancel() ends it at once.
class SourceProbe final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxTitles = 5;

    // `options` as sync's; the Settings page uses one try and a shorter wait.
    explicit SourceProbe(const SyncOptions& options, QObject* parent = nullptr);
    ~SourceProbe() override; // cancels a running probe and waits for its thread

    bool isRunning() const { return m_running; }
    // False (and nothing happens) while a probe runs or when the source is not valid.
    bool start(const SourceDefinition& source, QDate day);
    void cancel();

signals:
    // Each HTTP request as it ends, for the page's progress line.
    void requestLogged(const paperboy::sync::RequestLogEntry& entry);
    void finished(const paperboy::sync::SourceProbeResult& result);

private:
    class Worker;
    bool m_running = false;
    core::WorkerThread<Worker> m_thread;
};

} // namespace paperboy::sync

Q_DECLARE_METATYPE(paperboy::sync::SourceProbeResult)
