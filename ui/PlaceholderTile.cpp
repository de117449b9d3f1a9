#include "PlaceholderTile.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace paperboy::ui {
namespace {

// FNV-1a over the UTF-16 code units: unlike qHash it is the same in every process.
quint32 stableHash(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

bool isFillerWord(const QString& word)
{
    static const QStringList fillers = {
        QStringLiteral("a"),  QStringLiteral("an"),  QStringLiteral("the"), QStringLiteral("of"),
        QStringLiteral("on"), QStringLiteral("for"), QStringLiteral("and"), QStringLiteral("to"),
        QStringLiteral("in"), QStringLiteral("with")};
    return fillers.contains(word.toLower());
}

constexpr int maxCachedTiles = 400;

} // namespace

QColor PlaceholderTile::colorFor(const QString& paperId)
{
    const quint32 hash = stableHash(paperId);
    const int hue = int(hash % 360u);
    // Mid saturation and value keep white initials readable on every hue.
    return QColor::fromHsv(hue, 140, 165);
}

QString PlaceholderTile::initialsOf(const QString& title)
{
    QString initials;
    QString word;
    const auto takeWord = [&] {
        if (!word.isEmpty() && !isFillerWord(word) && initials.size() < 2)
            initials += word.at(0).toUpper();
        word.clear();
    };
    for (const QChar c : title) {
        if (c.isLetterOrNumber() && !c.isSurrogate())
            word += c;
        else
            takeWord();
    }
    takeWord();
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QPixmap PlaceholderTile::render(const QString& paperId, const QString& title, QSize size,
                                qreal devicePixelRatio)
{
    return QPixmap::fromImage(renderImage(paperId, title, size, devicePixelRatio));
}

QImage PlaceholderTile::renderImage(const QString& paperId, const QString& title, QSize size,
                                    qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    const qreal radius = qMin(size.width(), size.height()) * 0.14;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colorFor(paperId));
    painter.drawRoundedRect(rect, radius, radius);

    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, int(qMin(size.width(), size.height()) * 0.38)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, initialsOf(title));
    painter.end();
    return image;
}

QPixmap PlaceholderTile::tile(const QString& paperId, const QString& title, QSize size,
                              qreal devicePixelRatio)
{
    const QString key = paperId + QLatin1Char('@') + QString::number(size.width()) +
                        QLatin1Char('x') + QString::number(size.height()) + QLatin1Char('@') +
                        QString::number(devicePixelRatio);
    const auto found = m_cache.constFind(key);
    if (found != m_cache.constEnd())
        return *found;
    if (m_cache.size() >= maxCachedTiles)
        m_cache.clear();
    const QPixmap pixmap = render(paperId, title, size, devicePixelRatio);
    m_cache.insert(key, pixmap);
    return pixmap;
}

} // namespace paperboy::ui
