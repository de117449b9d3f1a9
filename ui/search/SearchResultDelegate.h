#pragma once

#include <QStyledItemDelegate>

namespace paperboy::ui {

// Draws one search result: its day and votes, the title, and the snippet with the matched
// words in bold. All text is laid out as plain text (QTextLayout with format ranges over the
// snippet's highlight ranges), so nothing in a paper can become markup or a link.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};

} // namespace paperboy::ui
