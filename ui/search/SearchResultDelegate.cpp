#include "ui/search/SearchResultDelegate.h"
#include "ui/style/DateText.h"

#include "ui/search/SearchResultsModel.h"
#include "ui/style/PlainToolTip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

namespace paperboy::ui {
namespace {

constexpr int margin = 6;

// One line of plain text, elided to `width`, with `ranges` of `text` in bold.
void drawLine(QPainter* painter, const QFont& font, QPoint at, int width, const QString& text,
              const QList<search::Snippet::Range>& ranges)
{
    const QFontMetrics metrics(font);
    QString shown = metrics.elidedText(text, Qt::ElideRight, width);
    QTextLayout layout(shown, font);
    QList<QTextLayout::FormatRange> formats;
    for (const search::Snippet::Range& range : ranges) {
        if (range.start >= shown.size())
            break;
        QTextLayout::FormatRange format;
        format.start = int(range.start);
        format.length = int(std::min(range.length, shown.size() - range.start));
        format.format.setFontWeight(QFont::Bold);
        formats.append(format);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    layout.endLayout();
    layout.draw(painter, at);
}

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const auto hit = index.data(SearchResultsModel::HitRole).value<search::SearchHit>();
    const QRect area = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    QFont bold = option.font;
    bold.setBold(true);
    const int lineHeight = QFontMetrics(option.font).height();
    const QString votes = hit.votes ? tr("%n vote(s)", nullptr, *hit.votes) : tr("votes unknown");
    const QString meta = compactDate(hit.date) + QStringLiteral(" \u00b7 ") + votes;
    int metaIndent = 0;
    if (index.data(SearchResultsModel::NewRole).toBool()) {
        // New in the watch shown: a bold word in the link colour where the eye starts the row.
        const QString badge = tr("New") + QStringLiteral(" \u00b7 ");
        QFont smallBold = small;
        smallBold.setBold(true);
        painter->save();
        if (!selected)
            painter->setPen(option.palette.color(QPalette::Link));
        drawLine(painter, smallBold, area.topLeft(), area.width(), badge, {});
        painter->restore();
        metaIndent = QFontMetrics(smallBold).horizontalAdvance(badge);
    }
    drawLine(painter, small, area.topLeft() + QPoint(metaIndent, 0), area.width() - metaIndent,
             meta, {});
    drawLine(painter, bold, area.topLeft() + QPoint(0, lineHeight), area.width(), hit.title, {});
    if (!hit.snippet.text.isEmpty()) {
        QString text = hit.snippet.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // same length: ranges still fit
        drawLine(painter, option.font, area.topLeft() + QPoint(0, 2 * lineHeight), area.width(),
                 text, hit.snippet.highlights);
    }
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const auto hit = index.data(SearchResultsModel::HitRole).value<search::SearchHit>();
    const int lines = hit.snippet.text.isEmpty() ? 2 : 3;
    return {200, lines * QFontMetrics(option.font).height() + margin};
}

bool SearchResultDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The title, escaped: QToolTip would take a title that looks like markup as rich text.
    QToolTip::showText(event->globalPos(), plainToolTip(index.data(Qt::DisplayRole).toString()),
                       view);
    return true;
}

} // namespace paperboy::ui
