#include "PaperDelegate.h"

#include "PaperListModel.h"

#include <QApplication>
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

// One line of a laid-out title. A line that holds its text is drawn straight from the layout,
// already shaped; one that does not (a single over-long word, or the second line of a longer
// title) is drawn as `elided` text instead. Shaping is most of what painting a row costs.
struct TitleLine
{
    QTextLine line;
    QString elided;
};

QList<TitleLine> breakTitle(QTextLayout& layout, const QFontMetrics& metrics, int width)
{
    const QString& text = layout.text();
    layout.beginLayout();
    QTextLine first = layout.createLine();
    QTextLine second;
    QTextLine third; // only tells whether the second line must end in an ellipsis
    if (first.isValid()) {
        first.setLineWidth(width);
        first.setPosition(QPointF(0, 0));
        second = layout.createLine();
    }
    if (second.isValid()) {
        second.setLineWidth(width);
        second.setPosition(QPointF(0, metrics.lineSpacing()));
        third = layout.createLine();
    }
    if (third.isValid())
        third.setLineWidth(width);
    layout.endLayout();

    QList<TitleLine> lines;
    if (!first.isValid())
        return lines;
    const auto elide = [&](const QTextLine& line, bool toEnd) {
        const QString part = text.mid(line.textStart(), toEnd ? -1 : line.textLength());
        return metrics.elidedText(part.trimmed(), Qt::ElideRight, width);
    };
    lines.append({first, first.naturalTextWidth() <= width ? QString() : elide(first, false)});
    if (second.isValid()) {
        const bool fits = !third.isValid() && second.naturalTextWidth() <= width;
        lines.append({second, fits ? QString() : elide(second, true)});
    }
    return lines;
}

// Draws one line of text at `topLeft`, elided to `width` only when it does not fit.
void drawSingleLine(QPainter* painter, const QString& text, const QFont& font,
                    const QFontMetrics& metrics, QPointF topLeft, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    if (line.naturalTextWidth() <= width)
        line.draw(painter, topLeft);
    else
        painter->drawText(topLeft + QPointF(0, metrics.ascent()),
                          metrics.elidedText(text, Qt::ElideRight, width));
}

} // namespace

PaperDelegate::PaperDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QStringList PaperDelegate::titleLines(const QString& title, const QFont& font, int width)
{
    const QString text = title.simplified();
    if (text.isEmpty() || width <= 0)
        return {};
    QTextLayout layout(text, font);
    QStringList lines;
    for (const TitleLine& line : breakTitle(layout, QFontMetrics(font), width))
        lines.append(line.elided.isEmpty()
                         ? text.mid(line.line.textStart(), line.line.textLength()).trimmed()
                         : line.elided);
    return lines;
}

QSize PaperDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics titleMetrics(titleFont(option.font));
    const int textHeight = titleMetrics.lineSpacing() * 2 + 2 + option.fontMetrics.lineSpacing();
    return {300, margin * 2 + qMax(tileSide, textHeight)};
}

const QStaticText& PaperDelegate::votesText(int votes, const QFont& font) const
{
    if (font != m_textFont) {
        m_textFont = font;
        m_votesTexts.clear();
    }
    auto it = m_votesTexts.find(votes);
    if (it == m_votesTexts.end()) {
        if (m_votesTexts.size() > 2000)
            m_votesTexts.clear();
        QStaticText text(QStringLiteral("\u25B2 ") + QString::number(votes));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        it = m_votesTexts.insert(votes, text);
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
    painter->drawPixmap(tileRect.topLeft(), m_tiles.tile(id, title, tileRect.size(),
                                                         painter->device()->devicePixelRatioF()));

    // Right column: votes on top, bookmark star under them.
    const QFontMetrics metrics(option.font);
    const int rightWidth = votesText(9999, option.font).size().toSize().width();
    const QRect rightRect(rect.right() - rightWidth, rect.top(), rightWidth, rect.height());
    painter->setFont(option.font);
    painter->setPen(quietColor);
    const QVariant votes = index.data(PaperListModel::VotesRole);
    if (votes.isValid()) {
        const QStaticText& text = votesText(votes.toInt(), option.font);
        painter->drawStaticText(QPointF(rect.right() - text.size().width(), rect.top()), text);
    }
    if (index.data(PaperListModel::BookmarkedRole).toBool()) {
        painter->setPen(selected ? textColor : QColor(0xE0, 0xA0, 0x00));
        painter->drawText(rightRect, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("\u2605"));
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
        textWidth > 0 ? breakTitle(layout, titleMetrics, textWidth) : QList<TitleLine>();
    const QPointF origin(textLeft, rect.top());
    for (const TitleLine& line : lines) {
        if (line.elided.isEmpty())
            line.line.draw(painter, origin);
        else
            painter->drawText(origin + QPointF(0, line.line.y() + titleMetrics.ascent()),
                              line.elided);
    }
    const QString authors = index.data(PaperListModel::AuthorsTextRole).toString();
    painter->setFont(option.font);
    painter->setPen(quietColor);
    drawSingleLine(painter, authors, option.font, metrics,
                   QPointF(textLeft, rect.top() + titleMetrics.lineSpacing() * lines.size() + 2),
                   textWidth);
    painter->restore();
}

} // namespace paperboy::ui
