#include "ui/window/StartupProbe.h"

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

void StartupProbe::watchDetail(QWidget* viewport, std::function<bool()> showsPaper)
{
    m_detail = viewport;
    m_showsPaper = std::move(showsPaper);
    viewport->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    // Reported once this paint and the flush to the screen that follows it are done.
    if (watched == m_target && event->type() == QEvent::Paint && !m_reported)
        QTimer::singleShot(0, this, &StartupProbe::report);
    if (watched == m_detail && event->type() == QEvent::Paint && !m_detailReported &&
        m_showsPaper())
        QTimer::singleShot(0, this, &StartupProbe::reportDetail);
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportDetail()
{
    if (m_detailReported)
        return;
    m_detailReported = true;
    printLine("detail-paint " + QByteArray::number(m_sinceStart.elapsed()));
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
