#pragma once

#include <QList>
#include <QString>

namespace paperboy::search {

// Where a search matched, as plain text and the ranges to highlight in it. The text is the
// paper's own (untrusted): a caller that renders it escapes it and adds its own markup around
// the ranges; nothing in the text ever becomes markup.
struct Snippet
{
    struct Range
    {
        qsizetype start = 0; // in UTF-16 code units of text
        qsizetype length = 0;
        friend bool operator==(const Range& a, const Range& b)
        {
            return a.start == b.start && a.length == b.length;
        }
    };
    QString text;
    QList<Range> highlights; // in order, not overlapping

    // The text with each highlight between `open` and `close` (e.g. for a terminal).
    QString marked(QStringView open, QStringView close) const;
};

// FTS5's snippet() output, whose highlights are between `open` and `close`, as a Snippet.
// The markers are chosen per query (SnippetMarkers) so that no paper text can contain them:
// a paper cannot forge a highlight, and an unmatched marker is dropped.
Snippet snippetFromMarked(QStringView marked, QStringView open, QStringView close);

// A pair of markers no text can guess: private-use characters around a random number.
struct SnippetMarkers
{
    QString open;
    QString close;
    static SnippetMarkers generate();
};

} // namespace paperboy::search
