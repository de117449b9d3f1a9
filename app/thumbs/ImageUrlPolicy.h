#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace paperboy::thumbs {

// Which image, if any, stands for a paper, and whether the app may fetch it.
struct ThumbnailChoice
{
    QUrl url; // the chosen image (empty when the paper names nothing usable at all)
    bool allowed = false;
    QString reason; // why a chosen URL is refused (empty when allowed)
};

// Content must not be able to make the app contact a host of its choosing: an image is fetched
// only over http(s) from the Hugging Face image hosts or from hosts the user allowed
// (a setting, --image-host). Everything else - other hosts, file:, data:, loopback not
// explicitly allowed - is refused and the paper keeps its placeholder tile.
class ImageUrlPolicy final
{
public:
    explicit ImageUrlPolicy(const QStringList& extraHosts = {});

    static QStringList builtInHosts();
    // https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{id}.png
    static QUrl socialThumbnailUrl(const QString& paperId);

    // The image the paper's sources name (the API's thumbnail, then the first image among
    // the digest's media lines); the derived social thumbnail only when none names one.
    // A named but refused URL is not replaced by the derived one: the sources said what the
    // image is, and silently fetching something else would hide the refusal.
    ThumbnailChoice choose(const QString& paperId, const QString& thumbnailUrl,
                           const QStringList& mediaUrls) const;

    bool isAllowed(const QUrl& url, QString* reason = nullptr) const;
    QStringList allowedHosts() const;
    // The host a user typed or pasted ("Example.org", "https://example.org/img/"), lower case;
    // empty when it names no host (the Settings page refuses it).
    static QString hostFromUserText(const QString& text);

    static bool isImageUrl(const QString& url); // by the path's extension
    static bool isVideoUrl(const QString& url);

private:
    QSet<QString> m_hosts; // lower case, without a trailing dot
};

} // namespace paperboy::thumbs
