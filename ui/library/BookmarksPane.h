#pragma once

#include "store/user/UserRecords.h"

#include <QAbstractListModel>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace paperboy::ui {

// Every bookmark, newest first, as plain text (titles are untrusted: never rich text).
class BookmarkListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SearchTextRole };
    using QAbstractListModel::QAbstractListModel;

    void setBookmarks(const QList<store::Bookmark>& bookmarks);
    const store::Bookmark* bookmarkAt(int row) const;
    const QList<store::Bookmark>& bookmarks() const { return m_bookmarks; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<store::Bookmark> m_bookmarks;
};

// The navigator's Bookmarks tab: a filter field over the list of bookmarks across all days.
// It shows what the window hands it (setBookmarks, read on the user-data thread) and asks for
// a fresh list whenever it is shown (refreshWanted).
class BookmarksPane final : public QWidget
{
    Q_OBJECT
public:
    explicit BookmarksPane(QWidget* parent = nullptr);

    void setBookmarks(const QList<store::Bookmark>& bookmarks);
    const QList<store::Bookmark>& bookmarks() const;
    QLineEdit* filterEdit() const { return m_filter; }
    QListView* view() const { return m_view; }
    int visibleCount() const;

signals:
    void refreshWanted();
    // The reader chose a bookmark: show it in the detail pane.
    void bookmarkChosen(const paperboy::store::Bookmark& bookmark);
    // Enter, a double click or the context menu: show it in its day's list.
    void dayWanted(const paperboy::store::Bookmark& bookmark);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void choose(const QModelIndex& proxyIndex);
    void showContextMenu(const QPoint& position);

    BookmarkListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_view = nullptr;
};

} // namespace paperboy::ui
