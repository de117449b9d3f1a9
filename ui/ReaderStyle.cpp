#include "ReaderStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionSlider>

namespace paperboy::ui {

ReaderStyle::ReaderStyle(QStyle* base) : QProxyStyle(base) {}

namespace {

// A filled triangle pointing left or right, in the palette colour `colour` of the icon's
// mode, at any size and pixel ratio: nothing to decode.
class ArrowIconEngine final : public QIconEngine
{
public:
    ArrowIconEngine(Qt::ArrowType direction, QPalette::ColorRole colour)
        : m_direction(direction), m_colour(colour)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette::ColorGroup group =
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        // Half the icon's height, centred, a little wider than tall.
        const QRectF box(rect);
        const qreal half = box.height() / 4.0;
        const QPointF centre = box.center();
        const qreal tip = m_direction == Qt::LeftArrow ? -half : half;
        const QPolygonF triangle{QPointF(centre.x() + tip, centre.y()),
                                 QPointF(centre.x() - tip * 0.8, centre.y() - half),
                                 QPointF(centre.x() - tip * 0.8, centre.y() + half)};
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QApplication::palette().color(group, m_colour));
        painter->drawPolygon(triangle);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels here (QIcon::pixmap passes it scaled).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), pixmap.deviceIndependentSize().toSize()), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new ArrowIconEngine(m_direction, m_colour); }

private:
    Qt::ArrowType m_direction;
    QPalette::ColorRole m_colour;
};

// The height in logical pixels of a band of at most ReaderStyle::bandHeight device
// pixels whose edges, from `top` on, fall on whole device pixels; 0 when there is none (a
// ratio such as 1.33), and the bar is then painted in one piece.
int logicalBandHeight(qreal ratio, int top)
{
    const auto whole = [](qreal value) { return qAbs(value - qRound(value)) < 1e-6; };
    if (!whole(top * ratio))
        return 0;
    for (int height = int(ReaderStyle::bandHeight / ratio); height > 0; --height) {
        if (whole(height * ratio))
            return height;
    }
    return 0;
}

} // namespace

void ReaderStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                     QPainter* painter, const QWidget* widget) const
{
    const QRect area = option ? option->rect : QRect();
    const qreal ratio = painter && painter->device() ? painter->device()->devicePixelRatioF() : 1;
    const int step = logicalBandHeight(ratio, area.top());
    if (control != CC_ScrollBar || !painter || step == 0 || area.height() <= step) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // Each band is painted into an image of its own size rather than under a clip: Fusion sets
    // clips of its own while it paints a scroll bar, which would undo ours. A band paints only
    // the parts of the bar that reach into it (the groove reaches into all).
    const auto* slider = qstyleoption_cast<const QStyleOptionSlider*>(option);
    QStyleOptionSlider bandOption = slider ? *slider : QStyleOptionSlider();
    QList<std::pair<SubControl, QRect>> parts;
    for (const SubControl part :
         {SC_ScrollBarSubLine, SC_ScrollBarAddLine, SC_ScrollBarSubPage, SC_ScrollBarAddPage,
          SC_ScrollBarFirst, SC_ScrollBarLast, SC_ScrollBarSlider}) {
        if (slider && (slider->subControls & part))
            parts.append({part, subControlRect(control, slider, part, widget)});
    }
    QImage band(QSize(area.width(), step) * ratio, QImage::Format_ARGB32_Premultiplied);
    band.setDevicePixelRatio(ratio);
    for (int top = area.top(); top <= area.bottom(); top += step) {
        if (slider) {
            const QRect bandRect(area.left(), top, area.width(), step);
            bandOption.subControls = slider->subControls & SC_ScrollBarGroove;
            for (const auto& [part, rect] : std::as_const(parts)) {
                if (rect.intersects(bandRect))
                    bandOption.subControls |= part;
            }
        }
        band.fill(Qt::transparent);
        QPainter bandPainter(&band);
        bandPainter.translate(-area.left(), -top);
        QProxyStyle::drawComplexControl(control, slider ? &bandOption : option, &bandPainter,
                                        widget);
        bandPainter.end();
        painter->drawImage(QPoint(area.left(), top), band);
    }
}

QIcon ReaderStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                const QWidget* widget) const
{
    if (icon == SP_ArrowLeft)
        return arrowIcon(Qt::LeftArrow, QPalette::ButtonText);
    if (icon == SP_ArrowRight)
        return arrowIcon(Qt::RightArrow, QPalette::ButtonText);
    return QProxyStyle::standardIcon(icon, option, widget);
}

QIcon arrowIcon(Qt::ArrowType direction, QPalette::ColorRole colour)
{
    return QIcon(
        new ArrowIconEngine(direction == Qt::LeftArrow ? Qt::LeftArrow : Qt::RightArrow, colour));
}

void installReaderStyle()
{
    QStyle* current = QApplication::style();
    if (qobject_cast<ReaderStyle*>(current))
        return;
    // The style in use, which -style or QT_STYLE_OVERRIDE may have chosen, not the default.
    QApplication::setStyle(new ReaderStyle(QStyleFactory::create(current->name())));
}

} // namespace paperboy::ui
