#include "ui/thumbs/ThumbnailSource.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <limits>

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
        m_loader.cancelVisibleExcept(m_painted);
        m_painted.clear();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ThumbnailSource::retryDueOnes);
    // Back online: the rows waiting for their hosts ask again now, not at their backoff's end.
    connect(&m_loader, &thumbs::ThumbnailLoader::offlineChanged, this, [this](bool offline) {
        if (offline)
            return;
        for (qint64& at : m_retryAtMs)
            at = 0;
        retryDueOnes();
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
        m_ready.clear();
        m_retryAtMs.clear();
        m_refused.clear();
    }
    if (const QPixmap* pixmap = m_tiles.object(paperId))
        return *pixmap;
    const QSize deviceSize = requestSizeFor((QSizeF(size) * devicePixelRatio).toSize());
    if (m_ready.contains(paperId)) {
        m_ready.remove(paperId);
        const thumbs::ThumbnailChoice choice = m_loader.policy().choose(paperId, thumbnailUrl, {});
        const QImage image = m_loader.cached(choice.url, deviceSize);
        if (!image.isNull()) {
            const QPixmap pixmap = makeTile(image, size, devicePixelRatio);
            m_tiles.insert(paperId, new QPixmap(pixmap),
                           std::max<qsizetype>(1, qsizetype(pixmap.width()) * pixmap.height() * 4));
            return pixmap;
        }
        // Left the loader's memory meanwhile: asked again (from disk, usually).
    }
    const auto asked = m_asked.constFind(paperId);
    const QUrl url =
        asked != m_asked.constEnd()
            ? *asked
            : m_loader.requestFor(paperId, thumbnailUrl, {}, deviceSize, thumbs::Priority::Visible);
    if (asked == m_asked.constEnd())
        m_asked.insert(paperId, url);
    if (!url.isEmpty()) {
        m_painted.insert(url);
        m_afterPaint.start();
    }
    return {};
}

void ThumbnailSource::onFinished(const thumbs::ThumbnailResult& result)
{
    if (result.origin == thumbs::ThumbnailResult::Origin::Cancelled) {
        m_asked.remove(result.paperId); // scrolled away before it was sent: asked again later
        return;
    }
    if (result.origin == thumbs::ThumbnailResult::Origin::Refused) {
        m_refused.insert(result.paperId); // stays in m_asked until the allowed hosts change
        return;
    }
    if (!result.ok() || result.image.isNull()) {
        // The placeholder until the loader's backoff for this URL is over, then one more try
        // when the row is painted: failures are retried later, never in a loop.
        const qint64 due = m_loader.retryDueInMs(result.url);
        if (due > 0)
            scheduleRetry(result.paperId, due);
        else
            m_asked.remove(result.paperId); // not a remembered failure: asked on the next paint
        return;
    }
    const QSize deviceSize = requestSizeFor((QSizeF(m_size) * m_ratio).toSize());
    if (result.size != deviceSize)
        return; // made for a tile size no longer shown
    // The tile itself is made when the row is painted: images that arrive for rows already
    // scrolled away cost nothing here.
    m_asked.remove(result.paperId);
    m_ready.insert(result.paperId);
    emit arrived(result.paperId);
}

void ThumbnailSource::forgetRefusals()
{
    for (const QString& paperId : std::as_const(m_refused)) {
        m_asked.remove(paperId);
        emit retryDue(paperId);
    }
    m_refused.clear();
}

void ThumbnailSource::scheduleRetry(const QString& paperId, qint64 inMs)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + inMs;
    m_retryAtMs.insert(paperId, at);
    if (!m_retry.isActive() || m_retry.remainingTime() > inMs)
        m_retry.start(int(std::min<qint64>(inMs, std::numeric_limits<int>::max())));
}

void ThumbnailSource::retryDueOnes()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 next = std::numeric_limits<qint64>::max();
    QStringList due;
    for (auto it = m_retryAtMs.begin(); it != m_retryAtMs.end();) {
        if (it.value() <= now) {
            due.append(it.key());
            it = m_retryAtMs.erase(it);
        } else {
            next = std::min(next, it.value() - now);
            ++it;
        }
    }
    if (next != std::numeric_limits<qint64>::max())
        m_retry.start(int(std::min<qint64>(next, std::numeric_limits<int>::max())));
    for (const QString& paperId : std::as_const(due)) {
        m_asked.remove(paperId);
        emit retryDue(paperId);
    }
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
