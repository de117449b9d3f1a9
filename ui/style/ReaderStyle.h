#pragma once

#include <QProxyStyle>

namespace paperboy::ui {

// The application's style: the platform's own, with two changes that keep the reader fast and
// look the same.
//
// Scroll bars and tool bars are painted in tiles of at most 64 x 64 device pixels. Qt's raster
// engine (6.4) splits every gradient or translucent fill of more than about 90 spans into
// pieces for its GUI thread pool and waits for them, which for a thin scroll bar costs far
// more than the fill itself (figures in docs/performance.md). Painted tile by tile into a
// small image, each fill stays on the GUI thread; the pixels are the same but for a few on the
// edge of a horizontal bar that differ by a few levels (test_reader_style compares them).
//
// The left and right arrow icons (the calendar's month buttons) are drawn triangles instead of
// the common style's PNG files, which were decoded in three sizes at every start.
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
