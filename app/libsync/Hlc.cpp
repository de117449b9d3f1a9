#include "libsync/Hlc.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <tuple>

namespace paperboy::libsync {
namespace {

// 15 digits of milliseconds last until the year 33658; 9 of counter are more than a device
// could make within one millisecond of lag.
constexpr int wallDigits = 15;
constexpr int counterDigits = 9;
constexpr qint64 maxCounter = 999999999;

} // namespace

QString Hlc::text() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, wallDigits, 10, QLatin1Char('0'))
        .arg(counter, counterDigits, 10, QLatin1Char('0'))
        .arg(device);
}

std::optional<Hlc> Hlc::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{15})-(\\d{9})-([0-9a-f]{16})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Hlc hlc{match.captured(1).toLongLong(), match.captured(2).toLongLong(), match.captured(3)};
    if (!hlc.isValid())
        return std::nullopt;
    return hlc;
}

bool operator<(const Hlc& a, const Hlc& b)
{
    return std::tie(a.wallMs, a.counter, a.device) < std::tie(b.wallMs, b.counter, b.device);
}

bool operator==(const Hlc& a, const Hlc& b)
{
    return a.wallMs == b.wallMs && a.counter == b.counter && a.device == b.device;
}

HybridClock::HybridClock(QString device, WallClock wall)
    : m_device(std::move(device)), m_wall(std::move(wall))
{
    m_last.device = m_device;
}

void HybridClock::restore(const Hlc& last)
{
    if (m_last < last)
        m_last = last;
}

Hlc HybridClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.wallMs)
        m_last = Hlc{wall, 0, m_device};
    else if (m_last.counter < maxCounter)
        m_last = Hlc{m_last.wallMs, m_last.counter + 1, m_device};
    else // a counter run out (only a clock far ahead could do it): move the time on instead
        m_last = Hlc{m_last.wallMs + 1, 0, m_device};
    return m_last;
}

void HybridClock::receive(const Hlc& seen)
{
    if (m_last < seen)
        m_last = seen;
}

QString newDeviceId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

bool isDeviceId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{16}$"));
    return pattern.match(text).hasMatch();
}

} // namespace paperboy::libsync
