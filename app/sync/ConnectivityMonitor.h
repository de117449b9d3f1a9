#pragma once

#include <QObject>

namespace paperboy::sync {

// Whether the platform knows the network to be down. Without a reachability backend (none
// installed, no D-Bus, a container) nothing is known, and sync just tries: online is assumed
// unless the answer is a definite "disconnected".
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityMonitor(QObject* parent = nullptr);

    bool isOnline() const { return m_online; }

signals:
    void onlineChanged(bool online);

private:
    void update();

    bool m_online = true;
};

} // namespace paperboy::sync
