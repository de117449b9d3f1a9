#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QString>

namespace paperboy::ui {

// Stands in for a paper's thumbnail until real thumbnails are downloaded: a rounded tile in a
// colour derived from the paper id (stable across runs, so a paper is recognisable) with the
// initials of its title. Rendered tiles are kept in a small cache so painting a list row is a
// hash lookup, not a text layout.
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
    QHash<QString, QPixmap> m_cache;
};

} // namespace paperboy::ui
