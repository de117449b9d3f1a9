#pragma once

#include "core/Digest.h"
#include "store/db/Connection.h"

#include <QSet>

namespace paperboy::store {

// The statements of CacheWriter::writeDigest(), to run inside its transaction. The digest
// must have been validated (validateDigest()). Any failure leaves the transaction to be
// rolled back.
class DigestImport final
{
public:
    explicit DigestImport(Connection& connection) : m_connection(connection) {}

    // Empty when the digest can be written; otherwise why not.
    static QString validateDigest(const core::Digest& digest);

    // Writes one digest; run() may be called for several digests in one transaction.
    bool run(const core::Digest& digest, QString* error);
    // Brings the full-text index up to date for every paper the run() calls touched. Call
    // once, last before the commit.
    bool finish(QString* error);

private:
    // Takes the index rows of `keys` not yet touched in this transaction out (FtsIndexer.h).
    bool unindex(const QList<qint64>& keys, QString* error);
    bool readListed(const QString& day, const QString& source, QSet<qint64>* papers,
                    QString* error);
    bool writeDigestRow(const QString& day, const core::Digest& digest, int paperCount,
                        QString* error);
    std::optional<qint64> paperKey(const core::ArxivId& id, QString* error);
    bool writePaper(qint64 key, const QString& source, const core::Paper& paper, QString* error);
    // The paper's sections, and its Korean title as the reserved row at ord -1 (see
    // koreanTitleSection()).
    bool writeSections(qint64 key, const QString& source, const core::Paper& paper, QString* error);
    // Drops what `source` says about a paper it no longer lists on any day, and the paper
    // itself once no source describes it.
    bool pruneUnlisted(qint64 key, const QString& source, QString* error);

    Connection& m_connection;
    qint64 m_updateSeq = 0;
    QList<qint64> m_touched; // unindexed, in first-touched order, each key once
    QSet<qint64> m_touchedSet;
    QString m_now;
};

} // namespace paperboy::store
