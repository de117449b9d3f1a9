#include "core/MediaKind.h"

#include <QUrl>

#include <algorithm>

namespace paperboy::core {
namespace {

QString pathSuffix(const QString& url)
{
    const QString path = QUrl(url).path().toLower();
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : path.mid(dot + 1);
}

} // namespace

bool isImageUrl(const QString& url)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("gif"),
                                      QStringLiteral("webp")};
    return suffixes.contains(pathSuffix(url));
}

bool isVideoUrl(const QString& url)
{
    static const QStringList suffixes{QStringLiteral("mp4"), QStringLiteral("webm"),
                                      QStringLiteral("mov")};
    return suffixes.contains(pathSuffix(url));
}

QString firstImageUrl(const QStringList& urls)
{
    const auto image = std::find_if(urls.begin(), urls.end(), isImageUrl);
    return image == urls.end() ? QString() : image->trimmed();
}

} // namespace paperboy::core
