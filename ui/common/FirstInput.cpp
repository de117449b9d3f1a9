#include "ui/common/FirstInput.h"

#include <QCoreApplication>
#include <QEvent>

namespace paperboy::ui {

FirstInput::FirstInput(QObject* parent) : QObject(parent)
{
    m_fallback.setSingleShot(true);
    m_fallback.setInterval(fallbackMs);
    connect(&m_fallback, &QTimer::timeout, this, &FirstInput::arrive);
    m_fallback.start();
    // Every event of the application passes this filter, but only until the first input.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstInput::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        arrive();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void FirstInput::arrive()
{
    if (m_arrived)
        return;
    m_arrived = true;
    m_fallback.stop();
    QCoreApplication::instance()->removeEventFilter(this);
    emit arrived();
}

} // namespace paperboy::ui
