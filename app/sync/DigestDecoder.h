#pragma once

#include "core/Digest.h"
#include "sync/SourceDefinition.h"

#include <QByteArrayList>
#include <QStringList>

#include <optional>

namespace paperboy::sync {

struct DecodedDigest
{
    std::optional<core::Digest> digest; // named after the source; empty when `error` is set
    QString error;
    QStringList warnings;
};

// Turns the fetched body (or the API pages, in order) of one (day, source) into its digest.
// An HTML page (a proxy's or a CDN's error page served with 200) is refused before parsing,
// and the parsers refuse anything else that is not a digest of that day.
DecodedDigest decodeDigest(const SourceDefinition& source, QDate day, const QByteArrayList& bodies);

// The URL of one page of a (day, source): the Hugging Face API pages with p (from 0) and limit;
// every other format is one document, the template's URL.
QUrl sourcePageUrl(const SourceDefinition& source, QDate day, int page, int pageSize);

// The number of entries of a JSON array, or -1 when `body` is not one. Paging needs the raw
// count: the parser may rightly drop entries it cannot read.
int jsonArrayLength(const QByteArray& body);

} // namespace paperboy::sync
