#include "BandedScrollBarStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionSlider>

namespace paperboy::ui {

BandedScrollBarStyle::BandedScrollBarStyle(QStyle* base) : QProxyStyle(base) {}

namespace {

// The height in logical pixels of a band of at most BandedScrollBarStyle::bandHeight device
// pixels whose edges, from `top` on, fall on whole device pixels; 0 when there is none (a
// ratio such as 1.33), and the bar is then painted in one piece.
int logicalBandHeight(qreal ratio, int top)
{
    const auto whole = [](qreal value) { return qAbs(value - qRound(value)) < 1e-6; };
    if (!whole(top * ratio))
        return 0;
    for (int height = int(BandedScrollBarStyle::bandHeight / ratio); height > 0; --height) {
        if (whole(height * ratio))
            return height;
    }
    return 0;
}

} // namespace

void BandedScrollBarStyle::drawComplexControl(ComplexControl control,
                                              const QStyleOptionComplex* option, QPainter* painter,
                                              const QWidget* widget) const
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

void installReaderStyle()
{
    QStyle* current = QApplication::style();
    if (qobject_cast<BandedScrollBarStyle*>(current))
        return;
    // The style in use, which -style or QT_STYLE_OVERRIDE may have chosen, not the default.
    QApplication::setStyle(new BandedScrollBarStyle(QStyleFactory::create(current->name())));
}

} // namespace paperboy::ui
