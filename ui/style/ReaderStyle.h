#pragma once

#include <QProxyStyle>

namespace paperboy::ui {

// The application's style: the platform's own, with two changes that keep the reader fast and
// look the same.
//
// Scroll bars and tool bars are painted in tiles of at most 64 x 64 device pixels. Qt's raster
// engine (6.4) splits every gradient or translucent fill of more than about 90 spans (a span
// is a row of a filled shape, or a single pixel of a translucent line) into pieces for its GUI
// thread pool and waits for them. For a scroll bar 15 pixels wide the hand-off costs far more
// than the fill: Fusion's vertical scroll bar in an 800-pixel pane made some 200 hand-offs per
// paint, a millisecond of every day switch (the detail pane's bar changes with every paper)
// spent waiting for pool threads, and the tool bar's translucent lines another 100 at start.
// Painted tile by tile into a small image, each fill stays on the GUI thread, and the pixels
// are the same, but for a few pixels on the edge of a horizontal bar that differ by a few
// levels (TestUiParts compares them).
//
// The left and right arrow icons (the calendar's month buttons) are drawn triangles instead of
// the common style's PNG files, decoded in three sizes, which took about 2 ms of every start.
class ReaderStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    static constexpr int tileEdge = 64; // device pixels

    // Wraps `base`, or the application's default style when null, and owns it.
    explicit ReaderStyle(QStyle* base = nullptr);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

// A left or right arrow (any other direction gives right) in the palette's `colour`: the icon
// ReaderStyle gives for SP_ArrowLeft/Right, there in ButtonText.
QIcon arrowIcon(Qt::ArrowType direction, QPalette::ColorRole colour);

// Makes ReaderStyle the application's style. The reader calls it before it builds its first
// widget; paperboy-bench and the UI tests call it too, to use the window the reader shows.
void installReaderStyle();

} // namespace paperboy::ui
