// The reader's style (ui/ReaderStyle.h): scroll bars and tool bars painted in tiles look as the
// style they wrap paints them, and the arrow icons it draws.
#include "UiTestSupport.h"
#include "ui/days/CachedDaysCalendar.h"
#include "ui/style/ReaderStyle.h"

#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QStyleOptionToolBar>
#include <QToolButton>

#include <functional>

using namespace paperboy;
using namespace paperboy::ui;

namespace {

// An image of `size` at `ratio`, filled with magenta (which no style paints), that `paint`
// has drawn on.
QImage painted(QSize size, qreal ratio, const std::function<void(QPainter*)>& paint)
{
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    paint(&painter);
    painter.end();
    return image;
}

// How many pixels of two images of one size have a channel more than `tolerance` levels apart.
int differingPixels(const QImage& a, const QImage& b, int tolerance)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) > tolerance || qAbs(qGreen(p) - qGreen(q)) > tolerance ||
                qAbs(qBlue(p) - qBlue(q)) > tolerance || qAbs(qAlpha(p) - qAlpha(q)) > tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestReaderStyle final : public QObject
{
    Q_OBJECT

private slots:
    void isTheApplicationStyle();
    void tiledScrollBarsPaintLikeTheirBase();
    void tiledToolBarsPaintLikeTheirBase();
    void arrowIconsAreDrawn();
};

void TestReaderStyle::isTheApplicationStyle()
{
    // Installed as the reader does it (UiTestSupport), keeping the style it wraps.
    const auto* installed = qobject_cast<ReaderStyle*>(QApplication::style());
    QVERIFY(installed);
    QVERIFY(!qobject_cast<ReaderStyle*>(installed->baseStyle()));
    installReaderStyle(); // a second call changes nothing
    QCOMPARE(QApplication::style(), installed);
}

void TestReaderStyle::tiledScrollBarsPaintLikeTheirBase()
{
    // A tall vertical bar (many tiles, the last one partial) comes out pixel for pixel as the
    // wrapped style paints it, at several pixel ratios (1.33 has no tile edges on whole pixels:
    // one piece), slider positions and states; a wide horizontal one too, but for a few pixels
    // on its edge whose translucent parts round differently (by up to 17 levels seen).
    int state = 0; // 0: at rest; 1: the slider is hovered; 2: the down arrow is pressed
    const auto render = [&state](QStyle* style, Qt::Orientation orientation, QSize size, int value,
                                 qreal ratio) {
        QStyleOptionSlider option;
        option.palette = QApplication::palette();
        option.state =
            QStyle::State_Enabled |
            (orientation == Qt::Horizontal ? QStyle::State_Horizontal : QStyle::State_None);
        option.orientation = orientation;
        option.rect = QRect(QPoint(0, 0), size);
        option.minimum = 0;
        option.maximum = 5000;
        option.pageStep = 700;
        option.singleStep = 20;
        option.sliderPosition = value;
        option.sliderValue = value;
        option.subControls = QStyle::SC_All;
        if (state == 1) {
            option.state |= QStyle::State_MouseOver;
            option.activeSubControls = QStyle::SC_ScrollBarSlider;
        } else if (state == 2) {
            option.state |= QStyle::State_Sunken;
            option.activeSubControls = QStyle::SC_ScrollBarAddLine;
        }
        return painted(size, ratio, [&](QPainter* painter) {
            style->drawComplexControl(QStyle::CC_ScrollBar, &option, painter);
        });
    };
    std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
    ReaderStyle tiled(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const qreal ratio : {1.0, 1.25, 1.33, 2.0}) {
        for (const int value : {0, 1234, 5000}) {
            state = (state + 1) % 3;
            const QSize tall(15, 801);
            const QImage vertical = render(&tiled, Qt::Vertical, tall, value, ratio);
            QCOMPARE(vertical, render(plain.get(), Qt::Vertical, tall, value, ratio));
            QVERIFY(vertical.pixelColor(vertical.width() / 2, vertical.height() / 2) !=
                    QColor(Qt::magenta)); // it painted
            const QSize wide(600, 15);
            const QImage horizontal = render(&tiled, Qt::Horizontal, wide, value, ratio);
            const QImage reference = render(plain.get(), Qt::Horizontal, wide, value, ratio);
            QCOMPARE(horizontal.size(), reference.size());
            QVERIFY(differingPixels(horizontal, reference, 0) <= 4);
            QCOMPARE(differingPixels(horizontal, reference, 24), 0);
        }
    }
}

void TestReaderStyle::tiledToolBarsPaintLikeTheirBase()
{
    // The tool bar's background and its translucent lines across the whole width.
    const auto toolBar = [](QStyle* style, qreal ratio) {
        QStyleOptionToolBar option;
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        option.rect = QRect(0, 0, 1280, 29);
        option.toolBarArea = Qt::TopToolBarArea;
        option.positionOfLine = QStyleOptionToolBar::OnlyOne;
        option.positionWithinLine = QStyleOptionToolBar::OnlyOne;
        return painted(option.rect.size(), ratio, [&](QPainter* painter) {
            style->drawControl(QStyle::CE_ToolBar, &option, painter);
        });
    };
    std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
    ReaderStyle tiled(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const qreal ratio : {1.0, 1.5, 2.0})
        QCOMPARE(toolBar(&tiled, ratio), toolBar(plain.get(), ratio));
}

void TestReaderStyle::arrowIconsAreDrawn()
{
    // The style's left and right arrows are drawn triangles in the button text colour, mirror
    // images of each other, at any pixel ratio; the calendar's month buttons show them in the
    // colour of its navigation bar's text.
    const QColor ink = QApplication::palette().color(QPalette::ButtonText);
    for (const qreal ratio : {1.0, 2.0}) {
        const QImage left = QApplication::style()
                                ->standardIcon(QStyle::SP_ArrowLeft)
                                .pixmap(QSize(16, 16), ratio)
                                .toImage();
        const QImage right = QApplication::style()
                                 ->standardIcon(QStyle::SP_ArrowRight)
                                 .pixmap(QSize(16, 16), ratio)
                                 .toImage();
        QCOMPARE(left.size(), QSize(16, 16) * ratio);
        const QImage mirrored = left.mirrored(true, false);
        int largestDifference = 0;
        int opaque = 0;
        for (int y = 0; y < left.height(); ++y) {
            for (int x = 0; x < left.width(); ++x) {
                largestDifference = qMax(largestDifference, qAbs(mirrored.pixelColor(x, y).alpha() -
                                                                 right.pixelColor(x, y).alpha()));
                const QColor pixel = left.pixelColor(x, y);
                if (pixel.alpha() == 255) {
                    ++opaque;
                    QCOMPARE(pixel.rgb(), ink.rgb());
                }
            }
        }
        QVERIFY2(largestDifference <= 8, qPrintable(QString::number(largestDifference)));
        QVERIFY(opaque > 10 * ratio * ratio);
        // The tip points left: the leftmost ink is in the middle row.
        const int middle = left.height() / 2;
        int firstInMiddle = left.width();
        for (int x = left.width() - 1; x >= 0; --x)
            firstInMiddle = left.pixelColor(x, middle).alpha() > 0 ? x : firstInMiddle;
        for (int y = 0; y < left.height() / 4; ++y) {
            for (int x = 0; x <= firstInMiddle; ++x)
                QCOMPARE(left.pixelColor(x, y).alpha(), 0);
        }
    }

    CachedDaysCalendar calendar;
    const auto* previous =
        calendar.findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth"));
    QVERIFY(previous);
    const QImage arrow = previous->icon().pixmap(QSize(16, 16)).toImage();
    const QRgb barText = QApplication::palette().color(QPalette::HighlightedText).rgb();
    bool found = false;
    for (int y = 0; y < arrow.height() && !found; ++y) {
        for (int x = 0; x < arrow.width() && !found; ++x)
            found =
                arrow.pixelColor(x, y).alpha() == 255 && arrow.pixelColor(x, y).rgb() == barText;
    }
    QVERIFY(found);
}

PAPERBOY_UI_TEST_MAIN(TestReaderStyle)
#include "TestReaderStyle.moc"
