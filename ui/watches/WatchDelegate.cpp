#include "ui/watches/WatchDelegate.h"

#include "ui/style/BidiText.h"
#include "ui/watches/WatchListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace paperboy::ui {
namespace {

constexpr int margin = 8;

} // namespace

QString WatchDelegate::countText(const QVariant& count)
{
    return count.isValid() ? QLocale().toString(count.toInt()) : QStringLiteral("\u2026");
}

void WatchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    // initStyleOption took the model's font: bold while something is new.
    const QFont font = background.font;
    const QFontMetrics metrics(font);
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    const QString count = countText(index.data(WatchListModel::NewCountRole));
    const int countWidth = metrics.horizontalAdvance(count);
    // Simplified: a pasted name's tabs or odd spaces take no room of their own.
    const QString name =
        metrics.elidedText(index.data(WatchListModel::NameRole).toString().simplified(),
                           Qt::ElideRight, std::max(0, area.width() - countWidth - margin));

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(font);
    const Qt::Alignment start = Qt::AlignVCenter | Qt::AlignLeading;
    const Qt::Alignment end = Qt::AlignVCenter | Qt::AlignTrailing;
    painter->drawText(area, int(start | Qt::TextSingleLine), isolateDirection(name));
    painter->drawText(area, int(end | Qt::TextSingleLine), count);
    painter->restore();
}

QSize WatchDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return {120, QFontMetrics(bold).height() + margin};
}

bool WatchDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                              const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The model's tooltip is escaped already (plainToolTip).
    QToolTip::showText(event->globalPos(), index.data(Qt::ToolTipRole).toString(), view);
    return true;
}

} // namespace paperboy::ui
