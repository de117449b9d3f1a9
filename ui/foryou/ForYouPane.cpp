#include "ui/foryou/ForYouPane.h"

#include "ui/foryou/ForYouListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace paperboy::ui {

ForYouPane::ForYouPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("forYouPane"));
    m_model = new ForYouListModel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("forYouPeriod"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period, 1);
    layout->addLayout(top);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("forYouMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("forYouList"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setUniformItemSizes(true); // every row is two lines: no per-row layout of hundreds
    m_view->setSpacing(2);
    m_view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_view, 1);

    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { emit periodChanged(periodDays()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit paperChosen(current.data(ForYouListModel::IdRole).toString());
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit dayWanted(index.data(ForYouListModel::IdRole).toString(),
                       index.data(ForYouListModel::DateRole).toDate());
    });
}

void ForYouPane::setPapers(const rank::ForYouList& list)
{
    const QString current = m_view->currentIndex().data(ForYouListModel::IdRole).toString();
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->setPapers(list.papers);
    for (int row = 0; row < m_model->rowCount() && !current.isEmpty(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(ForYouListModel::IdRole).toString() == current) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            break;
        }
    }
}

void ForYouPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    emit shown();
}

void ForYouPane::setDismissed(const QSet<QString>& dismissed)
{
    m_model->setDismissed(dismissed);
}

void ForYouPane::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

int ForYouPane::periodDays() const
{
    return m_period->currentData().toInt();
}

void ForYouPane::setPeriodDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

} // namespace paperboy::ui
