#pragma once

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace paperboy::store {

// A passage the reader highlighted in a paper's PDF (user 005_highlights.sql). `uid` names it
// across machines (userdata import merges by it); `rects` are where its text lies on its page,
// in PDF points with a top-left origin, so it can be drawn again at any zoom.
struct Highlight
{
    QString uid;
    QString paperId; // normalised arXiv id, no version
    int page = 1;    // 1-based
    QString text;
    QList<QRectF> rects;
    QString colour = QStringLiteral("yellow"); // one of highlightColours()
    QString comment;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC; colour or comment last changed (import merges by it)

    friend bool operator==(const Highlight& a, const Highlight& b)
    {
        return a.uid == b.uid && a.paperId == b.paperId && a.page == b.page && a.text == b.text &&
               a.rects == b.rects && a.colour == b.colour && a.comment == b.comment &&
               a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
    }
};

// The page a paper was last read at in the Read view.
struct ReadingPosition
{
    QString paperId;
    int page = 1; // 1-based
    QDateTime updatedAt;
};

// The colour names a highlight may have, in the order the Read view offers them.
const QStringList& highlightColours();

// The rects as stored ([[x, y, w, h], ...]) and back; a malformed text reads as no rect.
QString rectsToText(const QList<QRectF>& rects);
QList<QRectF> rectsFromText(const QString& text);

} // namespace paperboy::store
