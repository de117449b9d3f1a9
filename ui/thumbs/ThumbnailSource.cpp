#include "ui/thumbs/ThumbnailSource.h"

#include <QPainter>
#include <QPainterPath>

namespace paperboy::ui {
namespace {

constexpr qint64 tileCacheBytes = 24LL * 1024 * 1024;

} // namespace

ThumbnailSource::ThumbnailSource(thumbs::LoaderOptions options, QObject* parent)
    : QObject(parent), m_loader(std::move(options))
{
    m_tiles.setMaxCost(tileCacheBytes);
    connect(&m_loader, &thumbs::ThumbnailLoader::finished, this, &ThumbnailSource::onFinished);
    // Zero-timeout: runs once the current paint pass (all visible rows) is over.
    m_afterPaint.setSingleShot(true);
    m_afterPaint.setInterval(0);
    connect(&m_afterPaint, &QTimer::timeout, this, [this] {
        m_loader.demoteExcept(m_painted);
        m_painted.clear();
    });
}

QPixmap ThumbnailSource::tile(const QString& paperId, const QString& thumbnailUrl, QSize size,
                              qreal devicePixelRatio)
{
    if (size != m_size || !qFuzzyCompare(devicePixelRatio, m_ratio)) {
        // Another tile size or screen: what was made for the old one is of no use.
        m_size = size;
        m_ratio = devicePixelRatio;
        m_tiles.clear();
        m_asked.clear();
    }
    if (const QPixmap* pixmap = m_tiles.object(paperId))
        return *pixmap;
    if (m_asked.contains(paperId))
        return {};
    m_asked.insert(paperId);
    const QSize deviceSize = requestSizeFor((QSizeF(size) * devicePixelRatio).toSize());
    const QUrl url =
        m_loader.requestFor(paperId, thumbnailUrl, {}, deviceSize, thumbs::Priority::Visible);
    if (!url.isEmpty()) {
        m_painted.insert(url);
        m_afterPaint.start();
    }
    return {};
}

void ThumbnailSource::onFinished(const thumbs::ThumbnailResult& result)
{
    if (!result.ok() || result.image.isNull())
        return; // stays in m_asked: the placeholder until the list changes size or restarts
    const QSize deviceSize = requestSizeFor((QSizeF(m_size) * m_ratio).toSize());
    if (result.size != deviceSize)
        return; // made for a tile size no longer shown
    const QPixmap pixmap = makeTile(result.image, m_size, m_ratio);
    m_tiles.insert(result.paperId, new QPixmap(pixmap),
                   std::max<qsizetype>(1, qsizetype(pixmap.width()) * pixmap.height() * 4));
    m_asked.remove(result.paperId);
    emit arrived(result.paperId);
}

QPixmap ThumbnailSource::makeTile(const QImage& image, QSize size, qreal devicePixelRatio)
{
    const QSize device = (QSizeF(size) * devicePixelRatio).toSize();
    const QImage scaled =
        image.scaled(device, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect crop(
        QPoint((scaled.width() - device.width()) / 2, (scaled.height() - device.height()) / 2),
        device);
    QPixmap pixmap(device);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The placeholder tile's rounded shape, so that the arrival changes the picture only.
    const qreal radius = qMin(size.width(), size.height()) * 0.14;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), radius, radius);
    painter.setClipPath(shape);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(size)), scaled, QRectF(crop));
    return pixmap;
}

} // namespace paperboy::ui
