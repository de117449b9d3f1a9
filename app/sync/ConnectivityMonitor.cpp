#include "sync/ConnectivityMonitor.h"

#include <QNetworkInformation>

namespace paperboy::sync {

ConnectivityMonitor::ConnectivityMonitor(QObject* parent) : QObject(parent) {}

void ConnectivityMonitor::loadBackend()
{
    if (m_hasBackend)
        return;
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend(); // fails without a backend: nothing is known
    QNetworkInformation* information = QNetworkInformation::instance();
    if (!information)
        return;
    m_hasBackend = true;
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            &ConnectivityMonitor::update);
    update();
}

void ConnectivityMonitor::update()
{
    const QNetworkInformation* information = QNetworkInformation::instance();
    const bool online = !information || information->reachability() !=
                                            QNetworkInformation::Reachability::Disconnected;
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace paperboy::sync
