#pragma once

#include <QObject>

namespace paperboy::sync {

// Whether the platform knows the network to be down. Without a reachability backend (none
// installed, no D-Bus, a container) nothing is known, and sync just tries: online is assumed
// unless the answer is a definite "disconnected".
//
// The backend is loaded by loadBackend(), never by the constructor: on Linux loading it makes
// blocking D-Bus calls, which must not hold up the window's first frame.
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityMonitor(QObject* parent = nullptr);

    // Loads the platform's default backend (once per process) and follows it; onlineChanged()
    // tells if it says the network is down. Safe to call again, and when there is none.
    void loadBackend();

    bool isOnline() const { return m_online; }
    // False until loadBackend() has found one: then "online" only means "not known offline".
    bool hasBackend() const { return m_hasBackend; }

signals:
    void onlineChanged(bool online);

private:
    void update();

    bool m_online = true;
    bool m_hasBackend = false;
};

} // namespace paperboy::sync
