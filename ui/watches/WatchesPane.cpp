#include "ui/watches/WatchesPane.h"

#include "ui/watches/WatchDelegate.h"
#include "ui/watches/WatchListModel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace paperboy::ui {

WatchesPane::WatchesPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("watchesPane"));
    m_model = new WatchListModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("watchesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new WatchDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_emptyHint = new QLabel(
        tr("No watches yet. Search the archive (Ctrl+K) and choose Save as Watch to keep the "
           "search here and see what is new in it after each sync."),
        this);
    m_emptyHint->setObjectName(QStringLiteral("watchesEmptyHint"));
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(8);
    m_emptyHint->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_view, 1);

    m_open = addCommand(tr("&Open"), QKeySequence(Qt::Key_Return), &WatchesPane::openRequested);
    m_rename =
        addCommand(tr("&Rename\u2026"), QKeySequence(Qt::Key_F2), &WatchesPane::renameRequested);
    m_editQuery = addCommand(tr("&Edit Query\u2026"), QKeySequence(Qt::SHIFT | Qt::Key_F2),
                             &WatchesPane::editQueryRequested);
    m_exportFeed =
        addCommand(tr("Export as &Feed\u2026"), QKeySequence(), &WatchesPane::exportFeedRequested);
    m_delete = addCommand(tr("&Delete\u2026"), QKeySequence(QKeySequence::Delete),
                          &WatchesPane::deleteRequested);
    m_moveUp = addCommand(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), nullptr);
    m_moveDown = addCommand(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), nullptr);
    m_undoDelete = addCommand(tr("&Undo Delete"), QKeySequence(), nullptr);
    connect(m_undoDelete, &QAction::changed, this, &WatchesPane::updateEmptyHint);
    connect(m_moveUp, &QAction::triggered, this, [this] {
        if (!currentName().isEmpty())
            emit moveRequested(currentName(), -1);
    });
    connect(m_moveDown, &QAction::triggered, this, [this] {
        if (!currentName().isEmpty())
            emit moveRequested(currentName(), 1);
    });

    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(WatchListModel::NameRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        QModelIndex index = m_view->indexAt(at);
        if (!index.isValid() && m_view->currentIndex().isValid()) {
            // The menu key: the menu of the current watch, beside it.
            index = m_view->currentIndex();
            at = m_view->visualRect(index).center();
        }
        QMenu menu(this);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            menu.addActions({m_open, m_rename, m_editQuery, m_exportFeed});
            menu.addSeparator();
            menu.addActions({m_moveUp, m_moveDown});
            menu.addSeparator();
            menu.addAction(m_delete);
        }
        if (m_undoDelete->isEnabled())
            menu.addAction(m_undoDelete);
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WatchesPane::updateEmptyHint);
    updateEmptyHint();
}

QAction* WatchesPane::addCommand(const QString& text, const QKeySequence& key,
                                 void (WatchesPane::*request)(const QString&))
{
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    // The keys belong to the list: Delete or Enter elsewhere in the window mean other things.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    if (request) {
        connect(action, &QAction::triggered, this, [this, request] {
            if (const QString name = currentName(); !name.isEmpty())
                emit(this->*request)(name);
        });
    }
    return action;
}

QString WatchesPane::currentName() const
{
    return m_view->currentIndex().data(WatchListModel::NameRole).toString();
}

void WatchesPane::selectWatch(const QString& name)
{
    if (const int row = m_model->rowOf(name); row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void WatchesPane::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    // An empty list shows only the hint, unless the watch just deleted can still come back.
    m_view->setVisible(!empty || m_undoDelete->isEnabled());
}

} // namespace paperboy::ui
