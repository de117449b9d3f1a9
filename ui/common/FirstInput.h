#pragma once

#include <QObject>
#include <QTimer>

namespace paperboy::ui {

// Tells once when the reader first acts in the application (a key, a click, the wheel), or
// when `fallbackMs` have passed without that. Work the window could do for what it shows by
// itself at start (the paper it opened on) waits for this, so that the start-up's first second
// stays free for what the reader asks for.
class FirstInput final : public QObject
{
    Q_OBJECT
public:
    static constexpr int fallbackMs = 3000;

    explicit FirstInput(QObject* parent = nullptr);
    bool hasArrived() const { return m_arrived; }

signals:
    void arrived();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arrive();

    QTimer m_fallback;
    bool m_arrived = false;
};

} // namespace paperboy::ui
