#pragma once

#include "ui/thumbs/PlaceholderTile.h"

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace paperboy::ui {

class ThumbnailSource;

// Paints one paper row: thumbnail tile, title (two lines at most), authors, votes, and the
// slots for the bookmark star and the unread dot. Every row has the same height so that the
// view can use uniform item sizes and never measure rows one by one.
class PaperDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PaperDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Real thumbnails from `source` where it has them (the placeholder tile until then, in a
    // slot of the same size); none when null.
    void setThumbnails(ThumbnailSource* source) { m_thumbnails = source; }

    // Where a row's star is (drawn when bookmarked, outlined under the mouse): clicking there
    // toggles the bookmark instead of only selecting the row.
    QRect starRect(const QStyleOptionViewItem& option) const;

    // The title as at most two lines; the second ends in an ellipsis when the title is longer.
    static QStringList titleLines(const QString& title, const QFont& font, int width);

signals:
    void starClicked(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    // Drops what was prepared for another font.
    void useFont(const QFont& font) const;
    // "▲ 42", laid out once per vote count: the same few counts recur on every day.
    const QStaticText& votesText(int votes) const;

    mutable PlaceholderTile m_tiles;
    ThumbnailSource* m_thumbnails = nullptr;
    mutable QFont m_textFont; // the font of m_votesTexts and m_ellipsis, bold for titles
    mutable QHash<int, QStaticText> m_votesTexts;
    mutable QStaticText m_ellipsis;
    mutable QStaticText m_boldEllipsis;
};

} // namespace paperboy::ui
