#pragma once

#include "sync/SourceDefinition.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace paperboy::sync {

// Limits and politeness rules. The defaults are for real use; tests shorten the waits.
struct SyncOptions
{
    enum class WhenOffline {
        Wait, // keep the requests until the network is back (the app)
        Fail, // give up at once (the CLI)
    };

    int maxConcurrentPerHost = 4;
    int maxTries = 3;               // all tries of one request, the first included
    int retryBaseMs = 1000;         // backoff: base * 2^(try-1), with +-50 % jitter
    int retryAfterCapMs = 120'000;  // a longer Retry-After gives up until the next sync
    int transferTimeoutMs = 30'000; // no byte for this long aborts the request
    int totalTimeoutMs = 180'000;   // a slow drip cannot hold a request longer than this
    qint64 maxResponseBytes = 20 * 1024 * 1024;
    int maxRedirects = 5;
    int recheckDays = 3;  // days at most this old are re-checked (conditional requests)
    int hfPageSize = 100; // the Hugging Face API's largest page
    int maxPages = 20;
    WhenOffline whenOffline = WhenOffline::Wait;
};

// What one sync run should cover.
struct SyncRequest
{
    SourceDefinitions sources;
    QDate from;
    QDate to;
    // "Today" for the age rules; invalid means QDate::currentDate(). Tests pin it.
    QDate today;
    // Re-check days fetched long ago too ("sync this day"); normally they are fetched once.
    bool recheckFetched = false;

    // Today and the `days` days before it.
    static SyncRequest recent(const SourceDefinitions& sources, int days);
    static SyncRequest singleDay(const SourceDefinitions& sources, QDate day);
    static SyncRequest range(const SourceDefinitions& sources, QDate from, QDate to);
};

// One HTTP request as the Sync log window shows it.
struct RequestLogEntry
{
    QUrl url;
    QString source;
    QDate date;
    int status = 0;   // HTTP status; 0 when no response arrived
    qint64 bytes = 0; // body bytes received
    qint64 ms = 0;
    QString error; // empty on success (200, 304, 404 are not errors)
    int attempt = 1;
};

// How one (day, source) ended.
enum class TaskOutcome { Fetched, Unchanged, Missing, Failed, Skipped, Cancelled };

struct SyncTaskResult
{
    QDate date;
    QString source;
    TaskOutcome outcome = TaskOutcome::Failed;
    int papers = 0;               // for Fetched
    QString error;                // for Failed
    QStringList warnings;         // what the parser did not understand (capped)
    bool couldNotConnect = false; // for Failed: no server was reached (see FetchOutcome)
};

// Counts are per (day, source).
struct SyncSummary
{
    int fetched = 0;
    int unchanged = 0;
    int missing = 0;
    int failed = 0;
    int cancelled = 0;
    int skipped = 0;      // not requested: fetched before and old enough to be final
    int unreachable = 0;  // of `failed`: no HTTP response arrived at all
    int unconnected = 0;  // of `unreachable`: not even a connection was made
    bool offline = false; // the network was known to be down
    int newPapers = 0;    // papers the cache did not hold before this run

    int attempted() const { return fetched + unchanged + missing + failed; }
    // Every request failed to connect or to resolve its host: the machine is most likely
    // offline (without a network-information backend nothing else says so).
    bool reachedNoServer() const
    {
        return failed > 0 && unconnected == failed && attempted() == failed && cancelled == 0;
    }
};

QString outcomeName(TaskOutcome outcome);

} // namespace paperboy::sync

Q_DECLARE_METATYPE(paperboy::sync::SyncRequest)
Q_DECLARE_METATYPE(paperboy::sync::RequestLogEntry)
Q_DECLARE_METATYPE(paperboy::sync::SyncTaskResult)
Q_DECLARE_METATYPE(paperboy::sync::SyncSummary)
