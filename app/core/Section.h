#pragma once

#include <QList>
#include <QString>

namespace paperboy::core {

// One named part of a paper's summary in a digest, e.g. "What's New". The body is kept as
// markdown source so that lists, emphasis and line structure survive a round trip.
struct Section
{
    QString name;
    QString markdown;

    friend bool operator==(const Section& a, const Section& b)
    {
        return a.name == b.name && a.markdown == b.markdown;
    }
};

using Sections = QList<Section>;

} // namespace paperboy::core
