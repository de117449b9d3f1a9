#include "ui/style/ReaderStyle.h"

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

// The edge in logical pixels of a tile of at most ReaderStyle::tileEdge device pixels whose
// edges, from `origin` on, fall on whole device pixels; 0 when there is none (a ratio such as
// 1.33), and the element is then painted in one piece.
int logicalTileEdge(qreal ratio, QPoint origin)
{
    const auto whole = [](qreal value) { return qAbs(value - qRound(value)) < 1e-6; };
    if (!whole(origin.x() * ratio) || !whole(origin.y() * ratio))
        return 0;
    for (int edge = int(ReaderStyle::tileEdge / ratio); edge > 0; --edge) {
        if (whole(edge * ratio))
            return edge;
    }
    return 0;
}

// Paints `area` tile by tile: draw(painter, tile) paints the whole element in the tile's
// painter, which an image of the tile's size clips. Images rather than clips, because Fusion
// sets clips of its own while it paints, which would undo ours. False, having painted nothing,
// when the area is one tile anyway or cannot be split on whole device pixels.
template <typename Draw> bool paintInTiles(QPainter* painter, const QRect& area, Draw draw)
{
    if (!painter || !painter->device() || area.isEmpty())
        return false;
    const qreal ratio = painter->device()->devicePixelRatioF();
    const int edge = logicalTileEdge(ratio, area.topLeft());
    if (edge == 0 || (area.width() <= edge && area.height() <= edge))
        return false;
    const QSize tileSize(qMin(edge, area.width()), qMin(edge, area.height()));
    QImage tile(tileSize * ratio, QImage::Format_ARGB32_Premultiplied);
    tile.setDevicePixelRatio(ratio);
    for (int top = area.top(); top <= area.bottom(); top += tileSize.height()) {
        for (int left = area.left(); left <= area.right(); left += tileSize.width()) {
            tile.fill(Qt::transparent);
            QPainter tilePainter(&tile);
            tilePainter.translate(-left, -top);
            draw(&tilePainter, QRect(QPoint(left, top), tileSize));
            tilePainter.end();
            painter->drawImage(QPoint(left, top), tile);
        }
    }
    return true;
}

} // namespace

void ReaderStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                     QPainter* painter, const QWidget* widget) const
{
    const auto* slider =
        control == CC_ScrollBar ? qstyleoption_cast<const QStyleOptionSlider*>(option) : nullptr;
    if (!slider) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // A tile paints only the parts of the bar that reach into it (the groove reaches into all).
    QList<std::pair<SubControl, QRect>> parts;
    for (const SubControl part :
         {SC_ScrollBarSubLine, SC_ScrollBarAddLine, SC_ScrollBarSubPage, SC_ScrollBarAddPage,
          SC_ScrollBarFirst, SC_ScrollBarLast, SC_ScrollBarSlider}) {
        if (slider->subControls & part)
            parts.append({part, subControlRect(control, slider, part, widget)});
    }
    QStyleOptionSlider tileOption = *slider;
    const bool tiled = paintInTiles(painter, slider->rect, [&](QPainter* tilePainter, QRect tile) {
        tileOption.subControls = slider->subControls & SC_ScrollBarGroove;
        for (const auto& [part, rect] : std::as_const(parts)) {
            if (rect.intersects(tile))
                tileOption.subControls |= part;
        }
        QProxyStyle::drawComplexControl(control, &tileOption, tilePainter, widget);
    });
    if (!tiled)
        QProxyStyle::drawComplexControl(control, option, painter, widget);
}

void ReaderStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                              const QWidget* widget) const
{
    const bool tiled = element == CE_ToolBar && option &&
                       paintInTiles(painter, option->rect, [&](QPainter* tilePainter, QRect) {
                           QProxyStyle::drawControl(element, option, tilePainter, widget);
                       });
    if (!tiled)
        QProxyStyle::drawControl(element, option, painter, widget);
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
