#pragma once

#include <QImage>
#include <QSize>

namespace paperboy::ui {

// The picture in the detail pane's thumbnail slot: the paper's image (or its placeholder tile)
// filling the slot with rounded corners, and a play badge when the paper's media include a
// video, so that the slot tells at a glance that there is something to watch.
QImage detailThumbnailImage(const QImage& picture, QSize size, qreal devicePixelRatio,
                            bool withPlayBadge);

} // namespace paperboy::ui
