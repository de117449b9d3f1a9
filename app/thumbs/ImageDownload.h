#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy::thumbs {

class ImageUrlPolicy;

struct DownloadLimits
{
    qint64 maxBytes = 20 * 1024 * 1024;
    int stallTimeoutMs = 15000; // no byte for this long
    int totalTimeoutMs = 60000; // a server dripping bytes forever
    int maxRedirects = 3;
};

struct DownloadResult
{
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QByteArray retryAfter;
    QString error; // empty on a whole 2xx response
};

// One GET of an image with every limit applied while it runs: the size cap as bytes stream in
// (also a Content-Length announced too large), a stall timeout, a total timeout, and each
// redirect vetted by the image URL policy (a redirect is how content would otherwise reach a
// host of its choosing). `done` is called exactly once, never from inside the constructor.
class ImageDownload final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const DownloadResult&)>;

    ImageDownload(QNetworkAccessManager& network, const ImageUrlPolicy& policy, const QUrl& url,
                  const DownloadLimits& limits, Done done, QObject* parent = nullptr);
    ~ImageDownload() override;

    void cancel(); // calls done with an error

private:
    void start(const QUrl& url);
    void onReadyRead();
    void onFinished();
    void finish(DownloadResult result);
    void abortWith(const QString& error);

    QNetworkAccessManager& m_network;
    const ImageUrlPolicy& m_policy;
    const DownloadLimits m_limits;
    Done m_done;
    QNetworkReply* m_reply = nullptr;
    QTimer m_deadline;
    QByteArray m_body;
    QUrl m_url;
    int m_redirects = 0;
    bool m_finished = false;
};

} // namespace paperboy::thumbs
