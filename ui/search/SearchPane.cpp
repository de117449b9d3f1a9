#include "ui/search/SearchPane.h"

#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/search/SearchService.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace paperboy::ui {

SearchPane::SearchPane(SearchService& service, QWidget* parent)
    : QWidget(parent), m_service(service)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(
        tr("Search all papers: words, \"phrases\", prefix*, -word, author:, after:, votes:>N"));
    m_field->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText); // it quotes nothing of the papers, but never guess
    m_model = new SearchResultsModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_field->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPane::query);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0));
        }
    });
    connect(&m_service, &SearchService::answered, this,
            [this](SearchService::Kind kind, quint64, const QList<search::SearchHit>& hits) {
                if (kind == SearchService::Kind::Search)
                    showHits(hits);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                emit currentPaperChanged(current.data(SearchResultsModel::IdRole).toString());
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit paperActivated(index.data(SearchResultsModel::IdRole).toString());
    });
}

void SearchPane::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPane::currentPaperId() const
{
    return m_view->currentIndex().data(SearchResultsModel::IdRole).toString();
}

void SearchPane::query(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_service.search(QString(), {}); // supersedes what is still on its way
        showHits({});
        m_status->clear();
        return;
    }
    m_service.search(text, {search::Sort::Relevance, 100});
}

void SearchPane::showHits(const QList<search::SearchHit>& hits)
{
    m_model->setHits(hits);
    if (m_field->text().trimmed().isEmpty())
        m_status->clear();
    else if (hits.isEmpty())
        m_status->setText(tr("No papers match."));
    else
        m_status->setText(tr("%n paper(s)", nullptr, int(hits.size())));
    emit resultsShown(int(hits.size()));
}

bool SearchPane::eventFilter(QObject* watched, QEvent* event)
{
    // Esc belongs to this pane while it has the focus, before any window shortcut.
    const bool escape =
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape;
    if (escape) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            emit closeRequested();
        return true;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace paperboy::ui
