#include "ui/list/PaperListPane.h"

#include "ui/common/Actions.h"
#include "ui/list/EmptyStateWidget.h"
#include "ui/list/PaperDelegate.h"
#include "ui/list/PaperListModel.h"
#include "ui/thumbs/ThumbnailSource.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

using SortMode = PaperFilterProxy::SortMode;

} // namespace

PaperListPane::PaperListPane(const Actions& actions, QWidget* parent)
    : QWidget(parent), m_actions(actions)
{
    setObjectName(QStringLiteral("paperListPane"));
    m_model = new PaperListModel(this);
    m_proxy = new PaperFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 0, 6, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterField"));
    m_filter->setPlaceholderText(tr("Filter by title or author (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    // Files dropped here are meant for import (the window takes them), not typed as text.
    m_filter->setAcceptDrops(false);
    m_sortBox = new QComboBox(this);
    m_sortBox->setObjectName(QStringLiteral("sortBox"));
    m_sortBox->setToolTip(tr("Order of the list (Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4)"));
    m_sortBox->addItem(tr("Digest order"), int(SortMode::DigestOrder));
    m_sortBox->addItem(tr("Votes"), int(SortMode::Votes));
    m_sortBox->addItem(tr("Title"), int(SortMode::Title));
    m_sortBox->addItem(tr("For you"), int(SortMode::ForYou));
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_sortBox);
    layout->addLayout(controls);
    m_forYouHint = new QLabel(this);
    m_forYouHint->setObjectName(QStringLiteral("forYouHint"));
    m_forYouHint->setTextFormat(Qt::PlainText);
    m_forYouHint->setWordWrap(true);
    m_forYouHint->setContentsMargins(8, 0, 8, 0);
    m_forYouHint->hide();
    layout->addWidget(m_forYouHint);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("paperList"));
    m_view->setModel(m_proxy);
    auto* delegate = new PaperDelegate(m_view);
    m_view->setItemDelegate(delegate);
    connect(delegate, &PaperDelegate::starClicked, this, [this](const QModelIndex& index) {
        emit bookmarkClicked(index.data(PaperListModel::IdRole).toString());
    });
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, &PaperListPane::showRowMenu);

    // The pages for an empty list are made when first needed: a window that opens on a day
    // with papers needs none of them, and laying them out (their big title font) is not free.
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("listStack"));
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_sortBox);
    setTabOrder(m_sortBox, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &PaperListPane::applyFilter);
    // Enter in the filter goes on to the list; Escape empties the filter and goes back to the
    // list too, so that J/K move through the papers again instead of typing into the field.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_view->setFocus(); });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        clearFilter();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_sortBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setSortMode(SortMode(m_sortBox->itemData(index).toInt())); });
    connect(actions.sortByDigestOrder, &QAction::triggered, this,
            [this] { setSortMode(SortMode::DigestOrder); });
    connect(actions.sortByVotes, &QAction::triggered, this,
            [this] { setSortMode(SortMode::Votes); });
    connect(actions.sortByTitle, &QAction::triggered, this,
            [this] { setSortMode(SortMode::Title); });
    connect(actions.sortByForYou, &QAction::triggered, this,
            [this] { setSortMode(SortMode::ForYou); });
    connect(actions.koreanTitles, &QAction::toggled, m_model, &PaperListModel::setKoreanTitles);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(PaperListModel::IdRole).toString();
                if (m_keptPaper.isEmpty() || id != m_keptPaper)
                    emit currentPaperChanged(id);
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit paperActivated(index.data(PaperListModel::IdRole).toString());
    });
    updatePage();
}

void PaperListPane::showPapers(QDate day, const QList<store::PaperListItem>& items,
                               const QSet<QString>& bookmarks)
{
    m_dayState = Page::Papers;
    m_model->setDay(day, items, bookmarks);
    wantAllAuthors();
    updatePage();
}

void PaperListPane::setBookmarks(const QSet<QString>& bookmarks)
{
    m_model->setBookmarks(bookmarks);
}

void PaperListPane::setReadIds(const QSet<QString>& readIds)
{
    m_model->setReadIds(readIds);
}

QStringList PaperListPane::dayPaperIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row).data(PaperListModel::IdRole).toString());
    return ids;
}

void PaperListPane::refreshPapers(const QList<store::PaperListItem>& items,
                                  const QSet<QString>& bookmarks)
{
    const QString current = currentPaperId();
    const int scroll = m_view->verticalScrollBar()->value();
    m_keptPaper = current;
    m_model->setDay(m_model->day(), items, bookmarks);
    const QModelIndex index =
        current.isEmpty() ? QModelIndex()
                          : m_proxy->mapFromSource(m_model->index(m_model->rowOfId(current)));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_keptPaper.clear();
    // Lay the rows out now, not at the next paint, so the old scroll position is in range.
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(scroll);
    if (!index.isValid()) {
        selectFirstPaper();
        if (!m_view->currentIndex().isValid())
            emit currentPaperChanged(QString());
    }
    wantAllAuthors();
    updatePage();
}

void PaperListPane::showNoCache()
{
    m_dayState = Page::NoCache;
    m_model->clear();
    updatePage();
}

void PaperListPane::showCacheNotice(const QString& notice)
{
    EmptyStateWidget* noCache = emptyStatePage(Page::NoCache);
    noCache->setTitle(tr("The cache was damaged"));
    noCache->setMessage(notice);
}

void PaperListPane::showNoDigest(QDate day, std::optional<QDate> nearest)
{
    m_dayState = Page::NoDigest;
    m_model->clear();
    EmptyStateWidget* noDigest = emptyStatePage(Page::NoDigest);
    noDigest->setTitle(tr("No digest for %1").arg(QLocale().toString(day, QLocale::LongFormat)));
    noDigest->setMessage(nearest ? tr("The nearest day with a digest is %1.")
                                       .arg(QLocale().toString(*nearest, QLocale::LongFormat))
                                 : QString());
    updatePage();
}

void PaperListPane::setSortMode(PaperFilterProxy::SortMode mode)
{
    const QString current = currentPaperId();
    m_proxy->setSortMode(mode);
    m_sortBox->setCurrentIndex(m_sortBox->findData(int(mode)));
    QAction* action = mode == SortMode::Votes    ? m_actions.sortByVotes
                      : mode == SortMode::Title  ? m_actions.sortByTitle
                      : mode == SortMode::ForYou ? m_actions.sortByForYou
                                                 : m_actions.sortByDigestOrder;
    action->setChecked(true);
    updateForYouHint();
    if (!current.isEmpty())
        m_view->scrollTo(m_view->currentIndex());
}

void PaperListPane::setForYouOrder(const QHash<QString, int>& places,
                                   const QHash<QString, QStringList>& why, const QString& hint)
{
    m_model->setWhy(why);
    m_proxy->setForYouPlaces(places);
    m_forYouHintText = hint;
    updateForYouHint();
}

void PaperListPane::updateForYouHint()
{
    const bool shown = sortMode() == SortMode::ForYou && !m_forYouHintText.isEmpty();
    m_forYouHint->setText(m_forYouHintText);
    m_forYouHint->setVisible(shown);
}

void PaperListPane::showRowMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || m_rowActions.isEmpty())
        return;
    selectProxyRow(index.row());
    QMenu menu(this);
    menu.addActions(m_rowActions);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

PaperFilterProxy::SortMode PaperListPane::sortMode() const
{
    return m_proxy->sortMode();
}

QString PaperListPane::currentPaperId() const
{
    return m_view->currentIndex().data(PaperListModel::IdRole).toString();
}

bool PaperListPane::selectPaper(const QString& id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow));
    if (!index.isValid())
        return false;
    selectProxyRow(index.row());
    return true;
}

bool PaperListPane::selectFirstPaper()
{
    if (m_proxy->rowCount() == 0)
        return false;
    selectProxyRow(0);
    return true;
}

void PaperListPane::moveSelection(int rows)
{
    const int count = m_proxy->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + rows, count - 1) : 0;
    selectProxyRow(row);
}

void PaperListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PaperListPane::clearFilter()
{
    m_filter->clear();
}

PaperListPane::Page PaperListPane::page() const
{
    const QWidget* current = m_stack->currentWidget();
    if (current == m_noCache)
        return Page::NoCache;
    if (current == m_noDigest)
        return Page::NoDigest;
    if (current == m_noMatch)
        return Page::NoMatch;
    return Page::Papers;
}

EmptyStateWidget* PaperListPane::emptyState(Page page) const
{
    switch (page) {
    case Page::NoCache:
        return m_noCache;
    case Page::NoDigest:
        return m_noDigest;
    case Page::NoMatch:
        return m_noMatch;
    case Page::Papers:
        break;
    }
    return nullptr;
}

void PaperListPane::setAllAuthors(QDate day, const QHash<QString, QString>& authorsById)
{
    if (day != m_model->day())
        return;
    m_model->setAllAuthors(authorsById);
    if (!m_proxy->filterText().trimmed().isEmpty())
        applyFilter(m_proxy->filterText());
}

void PaperListPane::wantAllAuthors()
{
    // Only when filtering: a day switch reads the first authors alone, which is all a row shows.
    if (!m_model->hasAllAuthors() && m_model->rowCount() > 0 &&
        !m_filter->text().trimmed().isEmpty())
        emit allAuthorsWanted(m_model->day());
}

void PaperListPane::applyFilter(const QString& text)
{
    wantAllAuthors();
    m_proxy->setFilterText(text);
    // A paper filtered out of view leaves no selection: show the first match instead, or, when
    // nothing matches, say so (the proxy does not always report the lost current row).
    const bool hasPaper = m_view->currentIndex().isValid() || selectFirstPaper();
    updatePage();
    if (!hasPaper)
        emit currentPaperChanged(QString());
}

void PaperListPane::updatePage()
{
    const QString filter = m_proxy->filterText().trimmed();
    QWidget* page = m_view;
    if (m_dayState == Page::NoCache) {
        page = emptyStatePage(Page::NoCache);
    } else if (m_dayState == Page::NoDigest) {
        page = emptyStatePage(Page::NoDigest);
    } else if (m_proxy->rowCount() == 0 && !filter.isEmpty()) {
        EmptyStateWidget* noMatch = emptyStatePage(Page::NoMatch);
        noMatch->setTitle(tr("No papers match \u2018%1\u2019").arg(filter));
        page = noMatch;
    }
    m_actions.clearFilter->setEnabled(!m_filter->text().isEmpty());
    if (m_stack->currentWidget() != page)
        m_stack->setCurrentWidget(page);
}

EmptyStateWidget* PaperListPane::emptyStatePage(Page page)
{
    EmptyStateWidget*& widget = page == Page::NoCache    ? m_noCache
                                : page == Page::NoDigest ? m_noDigest
                                                         : m_noMatch;
    if (widget)
        return widget;
    switch (page) {
    case Page::NoCache:
        widget = new EmptyStateWidget(
            tr("No digests yet"),
            {m_actions.importFiles, m_actions.importFolder, m_actions.loadSamples, m_actions.sync},
            this);
        widget->setMessage(tr("Sync the latest digests (F5), import digest files (markdown or "
                              "Hugging Face JSON), or try the sample digests. You can also drop "
                              "files on this window."));
        break;
    case Page::NoDigest:
        widget = new EmptyStateWidget(QString(), {m_actions.nearestDay}, this);
        break;
    case Page::NoMatch:
    case Page::Papers:
        widget = new EmptyStateWidget(QString(), {m_actions.clearFilter}, this);
        break;
    }
    m_stack->addWidget(widget);
    return widget;
}

void PaperListPane::selectProxyRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void PaperListPane::setThumbnails(ThumbnailSource* source)
{
    if (auto* delegate = qobject_cast<PaperDelegate*>(m_view->itemDelegate()))
        delegate->setThumbnails(source);
    if (!source)
        return;
    const auto repaintRow = [this](const QString& id) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            return;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
        if (index.isValid())
            m_view->update(index); // that row only: no relayout, no flicker elsewhere
    };
    connect(source, &ThumbnailSource::arrived, this, repaintRow);
    connect(source, &ThumbnailSource::retryDue, this, repaintRow);
    m_view->viewport()->update();
}

} // namespace paperboy::ui
