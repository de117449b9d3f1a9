#include "ui/sync/SyncLogDialog.h"

#include "ui/sync/SyncLogModel.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace paperboy::ui {

SyncLogDialog::SyncLogDialog(SyncLogModel& model, QWidget* parent) : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Sync Log"));
    setModal(false);
    resize(980, 420);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("syncLogTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SyncLogModel::TimeColumn, 150);
    m_table->setColumnWidth(SyncLogModel::UrlColumn, 380);

    auto* copy = new QAction(tr("&Copy Selected Rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &SyncLogDialog::copySelectedRows);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton* clearButton = buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
    connect(copyButton, &QPushButton::clicked, this, &SyncLogDialog::copySelectedRows);
    connect(clearButton, &QPushButton::clicked, &m_model, &SyncLogModel::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // Follow new rows only while the user is at the bottom, so reading older rows is not
    // interrupted by a running sync.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const QScrollBar* bar = m_table->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_table, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

void SyncLogDialog::copySelectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(m_model.rowsAsText(rows));
}

} // namespace paperboy::ui
