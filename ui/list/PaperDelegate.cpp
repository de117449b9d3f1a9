#include "ui/list/PaperDelegate.h"

#include "ui/list/PaperListModel.h"
#include "ui/thumbs/ThumbnailSource.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStaticText>
#include <QTextLayout>

namespace paperboy::ui {
namespace {

constexpr int margin = 8;
constexpr int unreadGutter = 10; // room for the unread dot
constexpr int tileSide = 52;
constexpr int gap = 10;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QColor secondaryColor(const QColor& text, const QColor& background)
{
    // Halfway between text and background: readable, but clearly less prominent.
    return QColor((text.red() * 3 + background.red() * 2) / 5,
                  (text.green() * 3 + background.green() * 2) / 5,
                  (text.blue() * 3 + background.blue() * 2) / 5);
}

// One line of a laid-out title, drawn straight from the layout, which keeps its shaped glyphs:
// shaping is most of what painting a row costs, and this way each title is shaped once per
// paint. A line that must end in an ellipsis (a single over-long word, or the second line of a
// longer title, which holds all the rest) shows its first `length` characters only, clipped at
// `ellipsisX`, where the ellipsis follows (a QStaticText, never shaped again). Right-to-left lines,
// whose visible start is on the right, are elided by QFontMetrics into `elidedText` instead.
struct TitleLine
{
    QTextLine line;
    int length = 0;
    qreal ellipsisX = -1; // layout coordinates; negative when the line is shown whole
    QString elidedText;
};

// The line shortened so that it and an ellipsis fit in `width`: at a character boundary, and
// without the spaces it would end in.
TitleLine elided(const QTextLine& line, const QString& text, const QFontMetrics& metrics,
                 qreal ellipsisWidth, int width)
{
    const int start = line.textStart();
    if (text.isRightToLeft()) {
        const QString rest = text.mid(start).trimmed();
        return {line, 0, -1, metrics.elidedText(rest, Qt::ElideRight, width)};
    }
    int end = start + line.textLength();
    const qreal room = width - ellipsisWidth;
    if (line.naturalTextWidth() > room)
        end = qMax(start, line.xToCursor(room, QTextLine::CursorOnCharacter));
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {line, end - start, line.cursorToX(end), QString()};
}

QList<TitleLine> breakTitle(QTextLayout& layout, const QFontMetrics& metrics, qreal ellipsisWidth,
                            int width)
{
    const QString& text = layout.text();
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    QTextLine second;
    if (first.isValid()) {
        first.setLineWidth(width);
        first.setPosition(QPointF(0, 0));
        second = layout.createLine();
    }
    if (second.isValid()) {
        // All the rest on one line: what does not fit is cut off before an ellipsis.
        second.setLineWidth(1e6);
        second.setPosition(QPointF(0, metrics.lineSpacing()));
    }
    layout.endLayout();

    QList<TitleLine> lines;
    for (const QTextLine& line : {first, second}) {
        if (!line.isValid())
            break;
        if (line.naturalTextWidth() <= width)
            lines.append({line, line.textLength(), -1, QString()});
        else
            lines.append(elided(line, text, metrics, ellipsisWidth, width));
    }
    return lines;
}

// The authors: one line, elided like a title line when it does not fit.
TitleLine singleLine(QTextLayout& layout, const QFontMetrics& metrics, qreal ellipsisWidth,
                     int width)
{
    layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid() || line.naturalTextWidth() <= width)
        return {line, line.isValid() ? line.textLength() : 0, -1, QString()};
    return elided(line, layout.text(), metrics, ellipsisWidth, width);
}

// Draws `line` of a layout placed at `origin` (see TitleLine), with `ellipsis` prepared in the
// layout's font.
void drawLine(QPainter* painter, const TitleLine& line, QPointF origin, const QFontMetrics& metrics,
              const QStaticText& ellipsis)
{
    const qreal top = origin.y() + line.line.y();
    if (!line.elidedText.isEmpty()) {
        painter->drawText(QPointF(origin.x(), top + metrics.ascent()), line.elidedText);
    } else if (line.ellipsisX < 0) {
        line.line.draw(painter, origin);
    } else {
        painter->save();
        painter->setClipRect(QRectF(origin.x(), top, line.ellipsisX, line.line.height()),
                             Qt::IntersectClip);
        line.line.draw(painter, origin);
        painter->restore();
        // On the line's baseline, which a taller fallback font (Hangul) may have lowered.
        painter->drawStaticText(
            QPointF(origin.x() + line.ellipsisX, top + line.line.ascent() - metrics.ascent()),
            ellipsis);
    }
}

QStaticText preparedText(const QString& text, const QFont& font)
{
    QStaticText prepared(text);
    prepared.setTextFormat(Qt::PlainText);
    prepared.prepare(QTransform(), font);
    return prepared;
}

} // namespace

PaperDelegate::PaperDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QStringList PaperDelegate::titleLines(const QString& title, const QFont& font, int width)
{
    const QString text = title.simplified();
    if (text.isEmpty() || width <= 0)
        return {};
    QTextLayout layout(text, font);
    const QFontMetricsF ellipsisMetrics(font);
    QStringList lines;
    for (const TitleLine& line : breakTitle(
             layout, QFontMetrics(font), ellipsisMetrics.horizontalAdvance(QChar(0x2026)), width)) {
        if (!line.elidedText.isEmpty())
            lines.append(line.elidedText);
        else if (line.ellipsisX >= 0)
            lines.append(text.mid(line.line.textStart(), line.length) + QChar(0x2026));
        else
            lines.append(text.mid(line.line.textStart(), line.length).trimmed());
    }
    return lines;
}

QSize PaperDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics titleMetrics(titleFont(option.font));
    const int textHeight = titleMetrics.lineSpacing() * 2 + 2 + option.fontMetrics.lineSpacing();
    return {300, margin * 2 + qMax(tileSide, textHeight)};
}

void PaperDelegate::useFont(const QFont& font) const
{
    if (font == m_textFont && !m_ellipsis.text().isEmpty())
        return;
    m_textFont = font;
    m_votesTexts.clear();
    m_ellipsis = preparedText(QString(QChar(0x2026)), font);
    m_boldEllipsis = preparedText(QString(QChar(0x2026)), titleFont(font));
}

const QStaticText& PaperDelegate::votesText(int votes) const
{
    auto it = m_votesTexts.find(votes);
    if (it == m_votesTexts.end()) {
        if (m_votesTexts.size() > 2000)
            m_votesTexts.clear();
        it = m_votesTexts.insert(
            votes, preparedText(QStringLiteral("\u25B2 ") + QString::number(votes), m_textFont));
    }
    return *it;
}

void PaperDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    // Only the row background (selection, hover) comes from the style; the full
    // CE_ItemViewItem path would ask the model for every role and lay out text we never show.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    useFont(option.font);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor backColor =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor quietColor = secondaryColor(textColor, backColor);

    const QString id = index.data(PaperListModel::IdRole).toString();
    const QString title = index.data(PaperListModel::TitleRole).toString();
    const QRect rect = option.rect.adjusted(margin, margin, -margin, -margin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRect tileRect(rect.left() + unreadGutter, rect.top(), tileSide, tileSide);
    const QVariant read = index.data(PaperListModel::ReadRole);
    if (read.isValid() && !read.toBool()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? textColor : option.palette.color(group, QPalette::Link));
        painter->drawEllipse(QPointF(rect.left() + unreadGutter / 2.0 - 1, rect.top() + 8), 3.0,
                             3.0);
    }
    const qreal ratio = painter->device()->devicePixelRatioF();
    QPixmap tile;
    if (m_thumbnails)
        tile = m_thumbnails->tile(id, index.data(PaperListModel::ThumbnailUrlRole).toString(),
                                  tileRect.size(), ratio);
    if (tile.isNull())
        tile = m_tiles.tile(id, title, tileRect.size(), ratio);
    painter->drawPixmap(tileRect.topLeft(), tile);

    // Right column: votes on top, bookmark star under them.
    const QFontMetrics metrics(option.font);
    const int rightWidth = votesText(9999).size().toSize().width();
    const QRect rightRect(rect.right() - rightWidth, rect.top(), rightWidth, rect.height());
    painter->setFont(option.font);
    painter->setPen(quietColor);
    const QVariant votes = index.data(PaperListModel::VotesRole);
    if (votes.isValid()) {
        const QStaticText& text = votesText(votes.toInt());
        painter->drawStaticText(QPointF(rect.right() - text.size().width(), rect.top()), text);
    }
    if (index.data(PaperListModel::BookmarkedRole).toBool()) {
        painter->setPen(selected ? textColor : QColor(0xE0, 0xA0, 0x00));
        painter->drawText(starRect(option), Qt::AlignRight | Qt::AlignBottom,
                          QStringLiteral("\u2605"));
    } else if (option.state.testFlag(QStyle::State_MouseOver)) {
        painter->setPen(quietColor); // the place to click, shown only under the mouse
        painter->drawText(starRect(option), Qt::AlignRight | Qt::AlignBottom,
                          QStringLiteral("\u2606"));
    }

    // Middle: title lines, then the authors right under them.
    const int textLeft = tileRect.right() + gap;
    const int textWidth = rightRect.left() - gap - textLeft;
    const QFont boldFont = titleFont(option.font);
    const QFontMetrics titleMetrics(boldFont);
    painter->setFont(boldFont);
    painter->setPen(textColor);
    QTextLayout layout(title.simplified(), boldFont);
    const QList<TitleLine> lines =
        textWidth > 0 ? breakTitle(layout, titleMetrics, m_boldEllipsis.size().width(), textWidth)
                      : QList<TitleLine>();
    const QPointF origin(textLeft, rect.top());
    for (const TitleLine& line : lines)
        drawLine(painter, line, origin, titleMetrics, m_boldEllipsis);

    const QString authors = index.data(PaperListModel::AuthorsTextRole).toString();
    painter->setFont(option.font);
    painter->setPen(quietColor);
    QTextLayout authorsLayout(authors, option.font);
    if (textWidth > 0)
        drawLine(painter, singleLine(authorsLayout, metrics, m_ellipsis.size().width(), textWidth),
                 QPointF(textLeft, rect.top() + titleMetrics.lineSpacing() * lines.size() + 2),
                 metrics, m_ellipsis);
    painter->restore();
}

QRect PaperDelegate::starRect(const QStyleOptionViewItem& option) const
{
    useFont(option.font);
    const QRect rect = option.rect.adjusted(margin, margin, -margin, -margin);
    const int rightWidth = votesText(9999).size().toSize().width();
    const int side = QFontMetrics(option.font).height() + margin;
    return QRect(rect.right() - rightWidth, rect.bottom() - side, rightWidth, side + 1);
}

bool PaperDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            starRect(option).contains(mouse->position().toPoint())) {
            emit starClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace paperboy::ui
