#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace paperboy::ui {
namespace {

constexpr int settleMs = 1500;    // idle time before the memory figure is read
constexpr int fallbackMs = 20000; // report even if the target never paints

void printLine(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

StartupProbe::StartupProbe(QObject* parent) : QObject(parent)
{
    m_sinceStart.start();
}

void StartupProbe::watch(QWidget* target)
{
    m_target = target;
    target->installEventFilter(this);
    QTimer::singleShot(fallbackMs, this, &StartupProbe::report);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_target && event->type() == QEvent::Paint && !m_reported)
        // Reported once this paint and the flush to the screen that follows it are done.
        QTimer::singleShot(0, this, &StartupProbe::report);
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    printLine("first-paint " + QByteArray::number(m_sinceStart.elapsed()));
    QTimer::singleShot(settleMs, this, [] {
        printLine("vmhwm-kb " + QByteArray::number(peakResidentKiB()));
        QCoreApplication::quit();
    });
}

qint64 StartupProbe::peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

} // namespace paperboy::ui
