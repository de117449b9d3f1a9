#pragma once

// Counts the paint events of one widget: the GUI benchmarks wait for a paint to know that what
// they timed has reached the screen.

#include <QEvent>
#include <QObject>
#include <QWidget>

namespace paperboy::testing {

class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace paperboy::testing
