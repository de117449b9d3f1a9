#include "sync/ConnectivityMonitor.h"

#include <QNetworkInformation>

namespace paperboy::sync {

ConnectivityMonitor::ConnectivityMonitor(QObject* parent) : QObject(parent)
{
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend(); // may fail: then nothing is known
    if (QNetworkInformation* information = QNetworkInformation::instance()) {
        connect(information, &QNetworkInformation::reachabilityChanged, this,
                &ConnectivityMonitor::update);
        m_online = information->reachability() != QNetworkInformation::Reachability::Disconnected;
    }
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
