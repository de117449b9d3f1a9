#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace paperboy::libsync {

// A hybrid logical clock stamp: wall milliseconds, a counter for changes within one
// millisecond (or while the wall clock lags a stamp already seen), and the device that made
// it, so that any two stamps are ordered and no two devices make the same one. text() sorts
// as the stamps do, which lets SQLite compare them as plain text.
struct Hlc
{
    qint64 wallMs = 0;
    qint64 counter = 0;
    QString device; // a device id: 16 lowercase hex digits

    QString text() const;
    static std::optional<Hlc> parse(const QString& text);
    bool isValid() const { return wallMs > 0 && !device.isEmpty(); }

    friend bool operator<(const Hlc& a, const Hlc& b);
    friend bool operator==(const Hlc& a, const Hlc& b);
};

// The clock of one device: each stamp is later than every stamp made or seen before, whatever
// the wall clock says, so a change made after seeing another orders after it even when this
// machine's clock is a day behind. The wall clock is injectable for tests of skew.
class HybridClock final
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    HybridClock(QString device, WallClock wall);
    void restore(const Hlc& last); // the last stamp made or seen, as saved
    Hlc now();
    void receive(const Hlc& seen);
    const Hlc& last() const { return m_last; }
    qint64 wallNow() const { return m_wall(); }

private:
    QString m_device;
    WallClock m_wall;
    Hlc m_last;
};

// A new random device id (16 hex digits).
QString newDeviceId();
bool isDeviceId(const QString& text);

} // namespace paperboy::libsync
