#include "ui/library/BookmarksPane.h"
#include "ui/style/DateText.h"

#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace paperboy::ui {

void BookmarkListModel::setBookmarks(const QList<store::Bookmark>& bookmarks)
{
    beginResetModel();
    m_bookmarks = bookmarks;
    endResetModel();
}

const store::Bookmark* BookmarkListModel::bookmarkAt(int row) const
{
    return row >= 0 && row < m_bookmarks.size() ? &m_bookmarks.at(row) : nullptr;
}

int BookmarkListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

QVariant BookmarkListModel::data(const QModelIndex& index, int role) const
{
    const store::Bookmark* bookmark = bookmarkAt(index.row());
    if (!bookmark || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString title =
            bookmark->title.isEmpty() ? bookmark->id : bookmark->title.simplified();
        const QString date =
            bookmark->date.isValid() ? compactDate(bookmark->date) : tr("date unknown");
        return QString(title + QLatin1Char('\n') + date + QStringLiteral(" · ") +
                       bookmark->authors.mid(0, 3).join(QStringLiteral(", ")) +
                       (bookmark->authors.size() > 3 ? QStringLiteral(" …") : QString()));
    }
    case IdRole:
        return bookmark->id;
    case SearchTextRole:
        return QString(bookmark->id + QLatin1Char(' ') + bookmark->title + QLatin1Char(' ') +
                       bookmark->koreanTitle + QLatin1Char(' ') +
                       bookmark->authors.join(QLatin1Char(' ')));
    default:
        return {};
    }
}

BookmarksPane::BookmarksPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bookmarksPane"));
    m_model = new BookmarkListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(BookmarkListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("bookmarksFilter"));
    m_filter->setPlaceholderText(tr("Filter bookmarks"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("bookmarksView"));
    m_view->setModel(m_proxy);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { choose(current); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const store::Bookmark* bookmark =
                m_model->bookmarkAt(m_proxy->mapToSource(index).row()))
            emit dayWanted(*bookmark);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, &BookmarksPane::showContextMenu);
}

void BookmarksPane::setBookmarks(const QList<store::Bookmark>& bookmarks)
{
    // Keeps the reader's place across a refresh.
    const QString current = m_view->currentIndex().data(BookmarkListModel::IdRole).toString();
    m_model->setBookmarks(bookmarks);
    for (int row = 0; !current.isEmpty() && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(BookmarkListModel::IdRole).toString() == current) {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->setCurrentIndex(index);
            break;
        }
    }
}

const QList<store::Bookmark>& BookmarksPane::bookmarks() const
{
    return m_model->bookmarks();
}

void BookmarksPane::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    const store::Bookmark* bookmark = m_model->bookmarkAt(m_proxy->mapToSource(index).row());
    if (!bookmark)
        return;
    const store::Bookmark chosen = *bookmark; // the list may be refreshed while the menu is up
    QMenu menu(this);
    menu.addAction(tr("Show in Its Day"), this, [this, chosen] { emit dayWanted(chosen); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

int BookmarksPane::visibleCount() const
{
    return m_proxy->rowCount();
}

void BookmarksPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    emit refreshWanted();
}

void BookmarksPane::choose(const QModelIndex& proxyIndex)
{
    if (const store::Bookmark* bookmark =
            m_model->bookmarkAt(m_proxy->mapToSource(proxyIndex).row()))
        emit bookmarkChosen(*bookmark);
}

} // namespace paperboy::ui
