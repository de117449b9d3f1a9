#pragma once

#include <QProxyStyle>

namespace paperboy::ui {

// The application's style: the platform's own, with tall scroll bars painted in horizontal
// bands of a few dozen lines each.
//
// Why: Qt's raster engine (6.4) splits every gradient or translucent fill that covers more
// than about 90 scan lines into pieces for its GUI thread pool and waits for them. For a
// scroll bar 15 pixels wide the hand-off costs far more than the fill: Fusion's vertical
// scroll bar in an 800-pixel pane made some 200 hand-offs per paint, a millisecond of every day
// switch (the detail pane's bar changes with every paper) spent waiting for pool threads.
// Painted band by band into a small image, each fill covers few enough lines to stay on the GUI
// thread. The pixels are the same (TestUiParts compares them).
class BandedScrollBarStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    static constexpr int bandHeight = 64; // device pixels

    // Wraps `base`, or the application's default style when null, and owns it.
    explicit BandedScrollBarStyle(QStyle* base = nullptr);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
};

// Makes BandedScrollBarStyle the application's style. The reader calls it before it builds
// its first widget; paperboy-bench calls it too, to measure the window the reader shows.
void installReaderStyle();

} // namespace paperboy::ui
