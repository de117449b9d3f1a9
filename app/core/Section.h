#pragma once

#include <QList>
#include <QString>

namespace paperboy::core {

// One named part of a paper's summary in a digest, e.g. "What's New". The body is kept as
// markdown source so that lists, emphasis and line structure survive a round trip.
// `source` names the digest source that wrote it; readers leave it empty (their digest names
// the source), the cache fills it when it merges sources.
struct Section
{
    QString name;
    QString markdown;
    QString source = {};

    // Equal content: the same text read from a file and back from the cache compares equal,
    // although only the cache names the source.
    friend bool operator==(const Section& a, const Section& b)
    {
        return a.name == b.name && a.markdown == b.markdown;
    }
};

using Sections = QList<Section>;

} // namespace paperboy::core
