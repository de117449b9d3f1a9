#pragma once

#include <QProxyStyle>

namespace paperboy::ui {

// The application's style: the platform's own, with two changes that keep the reader fast and
// look the same.
//
// Tall scroll bars are painted in horizontal bands of a few dozen lines each. Qt's raster
// engine (6.4) splits every gradient or translucent fill that covers more than about 90 scan
// lines into pieces for its GUI thread pool and waits for them. For a scroll bar 15 pixels
// wide the hand-off costs far more than the fill: Fusion's vertical scroll bar in an 800-pixel
// pane made some 200 hand-offs per paint, a millisecond of every day switch (the detail pane's
// bar changes with every paper) spent waiting for pool threads. Painted band by band into a
// small image, each fill covers few enough lines to stay on the GUI thread, and the pixels are
// the same (TestUiParts compares them).
//
// The left and right arrow icons (the calendar's month buttons) are drawn triangles instead of
// the common style's PNG files, decoded in three sizes, which took about 2 ms of every start.
class ReaderStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    static constexpr int bandHeight = 64; // device pixels

    // Wraps `base`, or the application's default style when null, and owns it.
    explicit ReaderStyle(QStyle* base = nullptr);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
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
