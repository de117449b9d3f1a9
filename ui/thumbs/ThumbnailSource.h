#pragma once

#include "thumbs/ThumbnailLoader.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QTimer>

namespace paperboy::ui {

// The window's side of thumbnails: list tiles ready to draw, made from the loader's images as
// they arrive. tile() never waits: it answers from memory or asks the loader and returns a
// null pixmap, and `arrived` later names the paper so that only its row is repainted.
// What one paint pass drew counts as visible; queued visible requests for anything else are
// cancelled right after the pass (rows scrolled away) and asked again if painted again.
class ThumbnailSource final : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailSource(thumbs::LoaderOptions options, QObject* parent = nullptr);

    // The paper's thumbnail as a rounded tile of `size` (logical pixels) at `devicePixelRatio`,
    // cropped to fill it; null while it is not there (the caller draws the placeholder).
    QPixmap tile(const QString& paperId, const QString& thumbnailUrl, QSize size,
                 qreal devicePixelRatio);

    thumbs::ThumbnailLoader& loader() { return m_loader; }
    // The allowed hosts changed: papers refused before ask again when their rows are painted.
    void forgetRefusals();

    // Image size asked for a tile of `deviceSize`: room to crop either a wide or a tall image.
    static QSize requestSizeFor(QSize deviceSize) { return deviceSize * 3; }
    static QPixmap makeTile(const QImage& image, QSize size, qreal devicePixelRatio);

signals:
    void arrived(const QString& paperId);
    // A failed thumbnail may be tried again: its row, when painted, asks for it once more.
    void retryDue(const QString& paperId);

private:
    void onFinished(const thumbs::ThumbnailResult& result);
    void scheduleRetry(const QString& paperId, qint64 inMs);
    void retryDueOnes();

    thumbs::ThumbnailLoader m_loader;
    QCache<QString, QPixmap> m_tiles; // by paper id, for m_size / m_ratio
    QHash<QString, QUrl> m_asked;     // in flight or failed, by paper: not asked on every paint
    QSet<QString> m_refused;          // by paper: the host is not allowed
    QSet<QString> m_ready; // arrived, in the loader's memory: the tile is made when painted
    QSet<QUrl> m_painted;  // asked for in the current paint pass
    QHash<QString, qint64> m_retryAtMs; // failed papers, by when the loader lets them try again
    QTimer m_afterPaint;
    QTimer m_retry;
    QSize m_size;
    qreal m_ratio = 1.0;
};

} // namespace paperboy::ui
