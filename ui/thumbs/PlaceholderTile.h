#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QSize>
#include <QStaticText>
#include <QString>

class QPainter;

namespace paperboy::ui {

// Stands in for a paper's thumbnail until real thumbnails are downloaded: a rounded tile in a
// colour derived from the paper id (stable across runs, so a paper is recognisable) with the
// initials of its title. Rendered tiles are kept in a small cache so painting a list row is a
// hash lookup, not a text layout; the cache is for one tile size (the list's) at a time.
class PlaceholderTile final
{
public:
    static QColor colorFor(const QString& paperId);
    static QString initialsOf(const QString& title);
    static QImage renderImage(const QString& paperId, const QString& title, QSize size,
                              qreal devicePixelRatio);
    static QPixmap render(const QString& paperId, const QString& title, QSize size,
                          qreal devicePixelRatio);

    // Cached render; the cache is dropped whole when it grows past a few days' worth of rows.
    QPixmap tile(const QString& paperId, const QString& title, QSize size, qreal devicePixelRatio);

private:
    static void paintBackground(QPainter& painter, const QColor& colour, QSize size);
    static QFont initialsFont(QSize size);

    QSize m_size;
    qreal m_devicePixelRatio = 1.0;
    QImage m_shape;                         // the rounded tile in white, for m_size
    QHash<QString, QPixmap> m_tiles;        // by paper id
    QHash<QString, QStaticText> m_initials; // laid out in initialsFont(m_size)
};

} // namespace paperboy::ui
