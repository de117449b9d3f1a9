#pragma once

#include "Connection.h"
#include "core/Digest.h"

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

    bool run(const core::Digest& digest, QString* error);

private:
    bool readListed(const QString& day, const QString& source, QSet<qint64>* papers,
                    QString* error);
    bool writeDigestRow(const QString& day, const core::Digest& digest, int paperCount,
                        QString* error);
    std::optional<qint64> paperKey(const core::ArxivId& id, QString* error);
    bool writePaper(qint64 key, const QString& source, const core::Paper& paper, QString* error);
    bool writeSections(qint64 key, const QString& source, const core::Sections& sections,
                       QString* error);
    // Drops what `source` says about a paper it no longer lists on any day, and the paper
    // itself once no source describes it.
    bool pruneUnlisted(qint64 key, const QString& source, QString* error);

    Connection& m_connection;
    qint64 m_updateSeq = 0;
    QString m_now;
};

} // namespace paperboy::store
