#include "thumbs/ImageDownload.h"

#include "thumbs/ImageUrlPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace paperboy::thumbs {
namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

ImageDownload::ImageDownload(QNetworkAccessManager& network, const ImageUrlPolicy& policy,
                             const QUrl& url, const DownloadLimits& limits, Done done,
                             QObject* parent)
    : QObject(parent), m_network(network), m_policy(policy), m_limits(limits),
      m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { abortWith(tr("the server sends too slowly")); });
    m_deadline.start(m_limits.totalTimeoutMs);
    start(url);
}

ImageDownload::~ImageDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ImageDownload::start(const QUrl& url)
{
    m_url = url;
    m_body.clear();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Paperboy/" PAPERBOY_VERSION " (offline paper reader)"));
    request.setRawHeader("Accept", "image/png,image/jpeg,image/webp,image/gif;q=0.8");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_limits.stallTimeoutMs);
    m_reply = m_network.get(request);
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > m_limits.maxBytes)
            abortWith(tr("the image is larger than %1 MB").arg(m_limits.maxBytes >> 20));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &ImageDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ImageDownload::onFinished);
}

void ImageDownload::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBytes)
        abortWith(tr("the image is larger than %1 MB").arg(m_limits.maxBytes >> 20));
}

void ImageDownload::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    DownloadResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.retryAfter = reply->rawHeader("Retry-After");
    if (isRedirect(result.status)) {
        const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        QString why;
        if (++m_redirects > m_limits.maxRedirects)
            result.error = tr("too many redirects");
        else if (!m_policy.isAllowed(target, &why))
            result.error = tr("redirect refused: %1").arg(why);
        else
            return start(target);
    } else if (result.status == 0) {
        result.error = reply->error() == QNetworkReply::OperationCanceledError
                           ? tr("the server stalled")
                           : reply->errorString();
    } else if (result.status < 200 || result.status >= 300) {
        result.error = tr("HTTP status %1").arg(result.status);
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = reply->errorString(); // cut short: a part of an image is no thumbnail
    } else if (const qint64 declared =
                   reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
               declared > 0 && m_body.size() < declared) {
        result.error = tr("the image was cut off");
    } else {
        result.body = std::move(m_body);
    }
    finish(std::move(result));
}

void ImageDownload::abortWith(const QString& error)
{
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    DownloadResult result;
    result.error = error;
    finish(std::move(result));
}

void ImageDownload::cancel()
{
    abortWith(tr("cancelled"));
}

void ImageDownload::finish(DownloadResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_body.clear();
    if (m_done)
        m_done(result);
}

} // namespace paperboy::thumbs
