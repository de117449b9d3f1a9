#pragma once

#include "core/Digest.h"
#include "core/Summary.h"
#include "store/cache/FetchRecord.h"
#include "store/db/DataPaths.h"

#include <memory>
#include <optional>

namespace paperboy::store {

class Connection;

// The only code that writes the cache. Owns one connection: create, use and destroy it on
// one thread (WriterThread does that for the GUI and sync). Opening runs pending migrations.
class CacheWriter final
{
public:
    static std::unique_ptr<CacheWriter> open(const DataPaths& paths, QString* error);
    ~CacheWriter();

    // Writes one digest in one transaction: the day's entries of digest.source are replaced,
    // every paper's data from that source is upserted (other sources' data is untouched), the
    // full-text index follows, and `fetch` (if given) is recorded in the same transaction.
    // Idempotent: writing the same digest twice leaves the same cache (votes updated).
    bool writeDigest(const core::Digest& digest, QString* error,
                     const std::optional<FetchRecord>& fetch = std::nullopt);
    bool recordFetch(const FetchRecord& fetch, QString* error);

    // Writes several digests in one transaction, for bulk imports: one commit instead of one per
    // digest (each commit appends every page it touched to the WAL again). Whole digests only, as
    // ever. If any digest fails, the batch is rolled back and every digest is written on its own,
    // so one bad digest costs the others nothing. `errors` gets one entry per digest (empty when
    // written).
    void writeDigests(const QList<core::Digest>& digests, QStringList* errors);

    // Stores one paper's summary as the source "summarizer" in one transaction, replacing the
    // summarizer's earlier one (store/cache/SummaryWrite.h). The paper must be cached.
    bool writeSummary(const core::PaperSummary& summary, QString* error);

    // Settings > Storage > Clear Cache: every digest, paper, section, fetch record and the
    // full-text index go in one transaction (all or nothing), then the file is compacted. The
    // user's bookmarks and notes live in the user file, which is never opened here.
    bool clearAll(QString* error);

    // Settings > Storage's cache size limit: whole days go, oldest first, each in one
    // transaction, while the cache's data (its pages in use: SQLite reuses freed pages rather
    // than shrinking the file) is larger than `maxBytes`. The newest day always stays. A
    // dropped day's fetch records go too, so that a backfill fetches it again. Returns the
    // days dropped; on failure the day being dropped stays whole and `error` says why.
    QList<QDate> pruneToSize(qint64 maxBytes, QString* error);
    // The bytes of the cache's pages in use.
    qint64 usedBytes(QString* error);

    // Trains the text dictionary once the cache holds enough text and packs the stored texts
    // (TextDictionary.h), in its own transaction, then compacts the file. Writes never do this
    // themselves: training takes about a second, so a first import would wait for it. The
    // callers run it after their commits, when the writes are done (WriterThread when it has
    // been idle a moment, `paperboy import` after its summary). Cheap when not due: once the
    // cache has a dictionary every write packs its own texts. Returns the values packed, or
    // -1 with `error` set; a failure leaves the texts as they were, to be packed next time.
    long long packTextsIfDue(QString* error);

private:
    explicit CacheWriter(std::unique_ptr<Connection> connection);
    std::unique_ptr<Connection> m_connection;
};

} // namespace paperboy::store
