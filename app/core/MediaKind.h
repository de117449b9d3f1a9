#pragma once

#include <QString>
#include <QStringList>

namespace paperboy::core {

// What a media URL of a digest points at, by its path's extension: digests name thumbnails,
// figures and videos on one line, and only images can stand for a paper in the list.
bool isImageUrl(const QString& url);
bool isVideoUrl(const QString& url);
// The first image among `urls`, or empty.
QString firstImageUrl(const QStringList& urls);

} // namespace paperboy::core
