#pragma once

// What the digest tests share: reading a written digest back through the real reader, and
// naming every difference between two papers (title, votes, authors, sections, media).

#include "core/Paper.h"
#include "parse/MarkdownDigestReader.h"

#include <QStringList>

namespace paperboy::digesttest {

inline QString quoted(const QString& text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('\n'), QStringLiteral("\\n")) +
           QLatin1Char('"');
}

inline QString votesText(const std::optional<int>& votes)
{
    return votes ? QString::number(*votes) : QStringLiteral("unknown");
}

inline QString sectionsText(const core::Sections& sections)
{
    QStringList parts;
    for (const core::Section& section : sections)
        parts.append(quoted(section.name) + QStringLiteral(": ") + quoted(section.markdown));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Every difference of `actual` from `expected` (empty when none), each naming the paper.
inline QStringList differences(const core::Paper& expected, const core::Paper& actual)
{
    QStringList out;
    const QString id = expected.id.id();
    const auto differ = [&](const char* what, const QString& want, const QString& got) {
        if (want != got)
            out.append(id + QLatin1Char(' ') + QLatin1String(what) + QStringLiteral(": expected ") +
                       want + QStringLiteral(", got ") + got);
    };
    differ("id", id, actual.id.id());
    differ("title", quoted(expected.title), quoted(actual.title));
    differ("votes", votesText(expected.votes), votesText(actual.votes));
    differ("authors", quoted(expected.authors.join(QStringLiteral(" | "))),
           quoted(actual.authors.join(QStringLiteral(" | "))));
    differ("sections", sectionsText(expected.sections), sectionsText(actual.sections));
    differ("thumbnail", quoted(expected.thumbnailUrl), quoted(actual.thumbnailUrl));
    differ("media", quoted(expected.mediaUrls.join(QLatin1Char(' '))),
           quoted(actual.mediaUrls.join(QLatin1Char(' '))));
    return out;
}

// Every difference between two lists of papers, paper by paper in order.
inline QStringList differences(const core::Papers& expected, const core::Papers& actual)
{
    QStringList out;
    if (expected.size() != actual.size())
        out.append(
            QStringLiteral("expected %1 papers, got %2").arg(expected.size()).arg(actual.size()));
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
        out += differences(expected.at(i), actual.at(i));
    return out;
}

} // namespace paperboy::digesttest
