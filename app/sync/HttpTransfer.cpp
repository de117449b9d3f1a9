#include "sync/HttpTransfer.h"

#include "sync/UrlSafety.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace paperboy::sync {
namespace {

QNetworkRequest makeRequest(const QUrl& url, const Validators& validators,
                            const SyncOptions& options)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Paperboy/" PAPERBOY_VERSION));
    // Accept-Encoding is left to QNetworkAccessManager: it asks for gzip/deflate itself and
    // decompresses only when it did the asking.
    if (!validators.etag.isEmpty())
        request.setRawHeader("If-None-Match", validators.etag);
    if (!validators.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", validators.lastModified);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

// Errors QNetworkReply derives from an HTTP status: the response itself arrived whole.
constexpr qint64 readBufferBytes = 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError ||
           (error >= QNetworkReply::ContentAccessDenied &&
            error <= QNetworkReply::UnknownContentError) ||
           (error >= QNetworkReply::InternalServerError &&
            error <= QNetworkReply::UnknownServerError);
}

} // namespace

HttpTransfer::HttpTransfer(QNetworkAccessManager& network, const QUrl& url,
                           const Validators& validators, const SyncOptions& options, Done done,
                           QObject* parent)
    : QObject(parent), m_network(network), m_validators(validators), m_options(options),
      m_done(std::move(done))
{
    m_clock.start();
    startRequest(url);

    // The transfer timeout only catches silence; this catches a server dripping bytes forever.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(TransferResult::Failure::TooSlow,
                  tr("gave up after %1 s: the server sends too slowly")
                      .arg(m_options.totalTimeoutMs / 1000.0));
    });
    m_deadline.start(m_options.totalTimeoutMs);
}

HttpTransfer::~HttpTransfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpTransfer::cancel()
{
    abortWith(TransferResult::Failure::Cancelled, tr("cancelled"));
}

void HttpTransfer::abortWith(TransferResult::Failure failure, const QString& error)
{
    if (m_finished || m_abortReason != TransferResult::Failure::None)
        return;
    m_abortReason = failure;
    m_abortError = error;
    m_reply->abort(); // finishes the reply; onFinished reports the reason
}

void HttpTransfer::startRequest(const QUrl& url)
{
    m_url = url;
    m_body.clear();
    m_reply = m_network.get(makeRequest(url, m_validators, m_options));
    // Bounds what Qt itself buffers ahead of us, so the cap bounds memory as well.
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpTransfer::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpTransfer::onFinished);
}

bool HttpTransfer::followRedirect()
{
    const QByteArray location = m_reply->rawHeader("Location");
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (location.isEmpty() || !isAllowedFetchUrl(target)) {
        m_abortReason = TransferResult::Failure::RedirectRefused;
        m_abortError = tr("refused a redirect to '%1' (only https, or http to this computer)")
                           .arg(target.toDisplayString());
        return false;
    }
    if (m_redirects >= m_options.maxRedirects) {
        m_abortReason = TransferResult::Failure::TooManyRedirects;
        m_abortError = tr("more than %1 redirects").arg(m_options.maxRedirects);
        return false;
    }
    ++m_redirects;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    startRequest(target);
    return true;
}

void HttpTransfer::onMetaDataChanged()
{
    // A declared size over the cap needs no download to be refused.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxResponseBytes)
        abortWith(TransferResult::Failure::TooLarge, tooLargeMessage());
}

qint64 HttpTransfer::declaredLength() const
{
    // Qt drops the header when it decompresses a body itself, so what remains is the length
    // of the body as handed over.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? length.toLongLong() : -1;
}

bool HttpTransfer::takeAvailable()
{
    // Never hold more than the cap plus one byte, however much Qt has buffered.
    const qint64 room = m_options.maxResponseBytes + 1 - m_body.size();
    m_body += m_reply->read(qMax<qint64>(0, room));
    return m_body.size() <= m_options.maxResponseBytes;
}

QString HttpTransfer::tooLargeMessage() const
{
    return tr("the response is larger than %1 MB").arg(m_options.maxResponseBytes >> 20);
}

void HttpTransfer::onReadyRead()
{
    if (!takeAvailable())
        abortWith(TransferResult::Failure::TooLarge, tooLargeMessage());
}

void HttpTransfer::onFinished()
{
    if (m_finished)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abortReason == TransferResult::Failure::None && isRedirect(status) && followRedirect())
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_abortReason == TransferResult::Failure::None && m_reply->isOpen() && !takeAvailable()) {
        m_abortReason = TransferResult::Failure::TooLarge;
        m_abortError = tooLargeMessage();
    }

    TransferResult result;
    result.networkError = m_reply->error();
    result.status = status;
    result.etag = m_reply->rawHeader("ETag");
    result.lastModified = m_reply->rawHeader("Last-Modified");
    result.retryAfter = m_reply->rawHeader("Retry-After");
    result.ms = m_clock.elapsed();
    result.body = std::move(m_body);

    if (m_abortReason != TransferResult::Failure::None) {
        result.failure = m_abortReason;
        result.error = m_abortError;
    } else if (result.networkError == QNetworkReply::OperationCanceledError) {
        // Nobody called abort(): QNetworkRequest's transfer timeout did.
        result.failure = TransferResult::Failure::Timeout;
        result.error = tr("no data for %1 s").arg(m_options.transferTimeoutMs / 1000.0);
    } else if (result.status == 0 || !isHttpStatusError(result.networkError)) {
        // No response, or one cut short (reset, closed before Content-Length, garbage).
        result.failure = TransferResult::Failure::Network;
        result.error = m_reply->errorString();
    } else if (result.status < 200 ||
               (result.status >= 300 && result.status < 400 && result.status != 304)) {
        // A 1xx as the final answer, or a 3xx that is no redirect (300 Multiple Choices ...).
        result.failure = TransferResult::Failure::Network;
        result.error = tr("unexpected HTTP status %1").arg(result.status);
    } else if (const qint64 announced = declaredLength();
               result.status < 300 && announced >= 0 && result.body.size() < announced) {
        // Qt can end a reply without an error when the server closes early: a cut digest
        // would otherwise be read as a short one.
        result.failure = TransferResult::Failure::Network;
        result.error = tr("the response was cut off after %1 of %2 bytes")
                           .arg(result.body.size())
                           .arg(announced);
    }

    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_done(result); // may delete this object (via deleteLater only)
}

} // namespace paperboy::sync
