#include "ui/thumbs/PlaceholderTile.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QStringList>

#include <optional>

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
    static const QLatin1String fillers[] = {
        QLatin1String("a"),  QLatin1String("an"),  QLatin1String("the"), QLatin1String("of"),
        QLatin1String("on"), QLatin1String("for"), QLatin1String("and"), QLatin1String("to"),
        QLatin1String("in"), QLatin1String("with")};
    for (const QLatin1String filler : fillers) {
        if (word.compare(filler, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
    // Letters of one script only: a translated title after an English acronym ("CLEAR: 컨볼루션
    // …") would otherwise give a Latin letter beside a Hangul syllable.
    std::optional<QChar::Script> script;
    QString firstWord;
    const auto takeWord = [&] {
        if (!word.isEmpty() && !isFillerWord(word) && initials.size() < 2 &&
            (!script || word.at(0).script() == *script)) {
            if (!script) {
                script = word.at(0).script();
                firstWord = word;
            }
            initials += word.at(0).toUpper();
        }
        word.clear();
    };
    for (const QChar c : title) {
        if (c.isLetterOrNumber() && !c.isSurrogate())
            word += c;
        else
            takeWord();
    }
    takeWord();
    if (initials.size() == 1 && firstWord.size() > 1 && firstWord.at(1).script() == *script)
        initials += firstWord.at(1).toUpper(); // "CLEAR: 컨볼루션 …" reads "CL"
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
    paintBackground(painter, colorFor(paperId), size);
    painter.setFont(initialsFont(size));
    painter.setPen(Qt::white);
    painter.drawText(QRectF(QPointF(0, 0), QSizeF(size)), Qt::AlignCenter, initialsOf(title));
    painter.end();
    return image;
}

QPixmap PlaceholderTile::tile(const QString& paperId, const QString& title, QSize size,
                              qreal devicePixelRatio)
{
    if (size != m_size || !qFuzzyCompare(devicePixelRatio, m_devicePixelRatio) ||
        m_tiles.size() >= maxCachedTiles) {
        if (size != m_size)
            m_initials.clear();
        if (size != m_size || !qFuzzyCompare(devicePixelRatio, m_devicePixelRatio))
            m_shape = QImage();
        m_tiles.clear();
        m_size = size;
        m_devicePixelRatio = devicePixelRatio;
    }
    const auto found = m_tiles.constFind(paperId);
    if (found != m_tiles.constEnd())
        return *found;

    // Painted straight into the pixmap, with the initials laid out once per pair of letters:
    // the same few hundred pairs recur on every day, and shaping them was most of a tile. The
    // rounded shape is anti-aliased once and coloured per tile (the same pixels as drawing it).
    if (m_shape.isNull()) {
        m_shape = QImage(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
        m_shape.setDevicePixelRatio(devicePixelRatio);
        m_shape.fill(Qt::transparent);
        QPainter shapePainter(&m_shape);
        paintBackground(shapePainter, Qt::white, size);
    }
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.drawImage(QPointF(0, 0), m_shape);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), colorFor(paperId));
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    const QString initials = initialsOf(title);
    auto text = m_initials.find(initials);
    if (text == m_initials.end()) {
        if (m_initials.size() >= maxCachedTiles)
            m_initials.clear();
        QStaticText prepared(initials);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), initialsFont(size));
        text = m_initials.insert(initials, prepared);
    }
    const QFont font = initialsFont(size);
    painter.setFont(font);
    painter.setPen(Qt::white);
    // Where drawText(..., Qt::AlignCenter) puts the line, as renderImage() does.
    const qreal lineHeight = QFontMetricsF(font).height();
    painter.drawStaticText(
        QPointF((size.width() - text->size().width()) / 2.0, (size.height() - lineHeight) / 2.0),
        *text);
    painter.end();
    m_tiles.insert(paperId, pixmap);
    return pixmap;
}

void PlaceholderTile::paintBackground(QPainter& painter, const QColor& colour, QSize size)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = qMin(size.width(), size.height()) * 0.14;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(size)), radius, radius);
}

QFont PlaceholderTile::initialsFont(QSize size)
{
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(8, int(qMin(size.width(), size.height()) * 0.38)));
    return font;
}

} // namespace paperboy::ui
