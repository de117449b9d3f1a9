#include "ui/detail/DetailThumbnailImage.h"

#include "ui/thumbs/ThumbnailSource.h"

#include <QPainter>
#include <QPainterPath>

namespace paperboy::ui {

QImage detailThumbnailImage(const QImage& picture, QSize size, qreal devicePixelRatio,
                            bool withPlayBadge)
{
    QImage image = ThumbnailSource::makeTile(picture, size, devicePixelRatio).toImage();
    image.setDevicePixelRatio(devicePixelRatio);
    if (!withPlayBadge)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // In the bottom right corner, clear of the placeholder's initials and of the picture's
    // middle, where its subject usually is.
    const qreal diameter = qMin(size.width(), size.height()) * 0.3;
    const qreal margin = qMin(size.width(), size.height()) * 0.07;
    const QRectF circle(
        QPointF(size.width() - diameter - margin, size.height() - diameter - margin),
        QSizeF(diameter, diameter));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawEllipse(circle);
    // A triangle a little right of the centre looks centred to the eye.
    const QPointF centre = circle.center() + QPointF(diameter * 0.05, 0);
    const qreal r = diameter * 0.24;
    QPainterPath triangle;
    triangle.moveTo(centre + QPointF(-r * 0.7, -r));
    triangle.lineTo(centre + QPointF(r, 0));
    triangle.lineTo(centre + QPointF(-r * 0.7, r));
    triangle.closeSubpath();
    painter.setBrush(Qt::white);
    painter.drawPath(triangle);
    return image;
}

} // namespace paperboy::ui
