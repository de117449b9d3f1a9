#include "search/Snippet.h"

#include <QRandomGenerator>

namespace paperboy::search {

QString Snippet::marked(QStringView open, QStringView close) const
{
    QString out;
    qsizetype at = 0;
    for (const Range& range : highlights) {
        out += QStringView(text).mid(at, range.start - at);
        out += open;
        out += QStringView(text).mid(range.start, range.length);
        out += close;
        at = range.start + range.length;
    }
    out += QStringView(text).mid(at);
    return out;
}

Snippet snippetFromMarked(QStringView marked, QStringView open, QStringView close)
{
    Snippet snippet;
    qsizetype at = 0;
    while (at < marked.size()) {
        const qsizetype start = marked.indexOf(open, at);
        if (start < 0)
            break;
        const qsizetype end = marked.indexOf(close, start + open.size());
        if (end < 0)
            break;
        snippet.text += marked.mid(at, start - at);
        const QStringView inside = marked.mid(start + open.size(), end - start - open.size());
        if (!inside.isEmpty()) {
            snippet.highlights.append({snippet.text.size(), inside.size()});
            snippet.text += inside;
        }
        at = end + close.size();
    }
    snippet.text += marked.mid(at);
    // A marker left over (FTS5 closes every highlight it opens, but be strict) is not text.
    snippet.text.remove(open.toString());
    snippet.text.remove(close.toString());
    return snippet;
}

SnippetMarkers SnippetMarkers::generate()
{
    const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 36);
    return {QChar(0xE000) + nonce + QChar(0xE001), QChar(0xE002) + nonce + QChar(0xE003)};
}

} // namespace paperboy::search
