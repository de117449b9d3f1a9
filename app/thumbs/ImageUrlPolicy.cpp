#include "thumbs/ImageUrlPolicy.h"

#include "core/MediaKind.h"

#include <QCoreApplication>

#include <algorithm>

namespace paperboy::thumbs {
namespace {

QString normalHost(QString host)
{
    host = host.trimmed().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::thumbs::ImageUrlPolicy", text);
}

} // namespace

ImageUrlPolicy::ImageUrlPolicy(const QStringList& extraHosts)
{
    for (const QString& host : builtInHosts())
        m_hosts.insert(host);
    for (const QString& host : extraHosts) {
        const QString normal = normalHost(host);
        if (!normal.isEmpty())
            m_hosts.insert(normal);
    }
}

QString ImageUrlPolicy::hostFromUserText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    const QUrl url = trimmed.contains(QStringLiteral("://"))
                         ? QUrl(trimmed, QUrl::StrictMode)
                         : QUrl(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return normalHost(url.host());
}

QStringList ImageUrlPolicy::builtInHosts()
{
    return {QStringLiteral("cdn-thumbnails.huggingface.co"),
            QStringLiteral("cdn-uploads.huggingface.co")};
}

QUrl ImageUrlPolicy::socialThumbnailUrl(const QString& paperId)
{
    return QUrl(QStringLiteral("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/") +
                QString::fromLatin1(QUrl::toPercentEncoding(paperId, "/.")) +
                QStringLiteral(".png"));
}

bool ImageUrlPolicy::isImageUrl(const QString& url)
{
    return core::isImageUrl(url);
}

bool ImageUrlPolicy::isVideoUrl(const QString& url)
{
    return core::isVideoUrl(url);
}

ThumbnailChoice ImageUrlPolicy::choose(const QString& paperId, const QString& thumbnailUrl,
                                       const QStringList& mediaUrls) const
{
    ThumbnailChoice choice;
    QString named = thumbnailUrl.trimmed();
    if (named.isEmpty())
        named = core::firstImageUrl(mediaUrls);
    choice.url = named.isEmpty() ? socialThumbnailUrl(paperId) : QUrl(named, QUrl::StrictMode);
    if (paperId.isEmpty() && named.isEmpty())
        choice.url = QUrl();
    choice.allowed = isAllowed(choice.url, &choice.reason);
    return choice;
}

bool ImageUrlPolicy::isAllowed(const QUrl& url, QString* reason) const
{
    auto refuse = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!url.isValid() || url.isEmpty())
        return refuse(tr("not a valid URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(tr("scheme %1 is not http(s)").arg(scheme));
    if (!url.userInfo().isEmpty())
        return refuse(tr("URL carries user credentials"));
    const QString host = normalHost(url.host());
    if (host.isEmpty() || !m_hosts.contains(host))
        return refuse(tr("host %1 is not an allowed image host").arg(host));
    if (reason)
        reason->clear();
    return true;
}

QStringList ImageUrlPolicy::allowedHosts() const
{
    QStringList hosts(m_hosts.begin(), m_hosts.end());
    hosts.sort();
    return hosts;
}

} // namespace paperboy::thumbs
