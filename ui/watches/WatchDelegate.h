#pragma once

#include <QStyledItemDelegate>

namespace paperboy::ui {

// A watch's row: its name, elided, and its new count at the right ("…" until counted). Both
// drawn as plain text with the name's direction isolated, so a name holding markup or an
// RTL override shows literally and never turns the count around.
class WatchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // What the row shows for the count: the number, or "…" while it is not known.
    static QString countText(const QVariant& count);
};

} // namespace paperboy::ui
