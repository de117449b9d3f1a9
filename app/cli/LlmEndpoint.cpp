#include "cli/LlmEndpoint.h"

#include "summarize/ApiKeyStore.h"
#include "sync/UrlSafety.h"

#include <QEventLoop>
#include <QHostAddress>

namespace paperboy::cli {

QString readApiKey(CliContext& context, const QString& command, bool localEndpoint)
{
    summarize::ApiKeyStore keys;
    QString key;
    QEventLoop loop;
    QObject::connect(&keys, &summarize::ApiKeyStore::keyRead, &loop,
                     [&](const QString& read, const QString& error) {
                         key = read;
                         if (!error.isEmpty() && !localEndpoint)
                             context.err << command << ": " << error << '\n';
                         loop.quit();
                     });
    keys.read();
    loop.exec();
    return key;
}

bool onLocalNetwork(const QUrl& endpoint)
{
    const QString host = endpoint.host().toLower();
    if (sync::isLoopbackHost(host) || !host.contains(QLatin1Char('.')) ||
        host.endsWith(QLatin1String(".local")) || host.endsWith(QLatin1String(".lan")) ||
        host.endsWith(QLatin1String(".home.arpa")))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    for (const char* subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
            return true;
    }
    return address.isLinkLocal() || address.isUniqueLocalUnicast();
}

} // namespace paperboy::cli
