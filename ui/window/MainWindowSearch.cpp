// MainWindow's archive search: the search pane takes the paper list's place in the splitter
// while it is open, and the detail pane shows the result selected there.
#include "ui/detail/DetailView.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchService.h"
#include "ui/window/MainWindow.h"

#include <QListView>
#include <QSplitter>

namespace paperboy::ui {

bool MainWindow::isSearching() const
{
    return m_searchPane && m_splitter->indexOf(m_searchPane) >= 0;
}

void MainWindow::openSearch()
{
    if (!m_searchPane) {
        m_searchService = std::make_unique<SearchService>(m_paths);
        m_searchPane = new SearchPane(*m_searchService, this);
        m_searchPane->setObjectName(QStringLiteral("searchPane"));
        m_searchPane->setSort(search::Sort(m_searchSort));
        m_searchPane->hide();
        connect(m_searchPane, &SearchPane::closeRequested, this, &MainWindow::closeSearch);
        connect(m_searchPane, &SearchPane::currentPaperChanged, this, [this](const QString& id) {
            if (id.isEmpty())
                return;
            m_detail->setHighlightTerms(m_searchPane->highlightTerms());
            showPaper(id);
        });
        connect(m_searchPane, &SearchPane::paperActivated, this, &MainWindow::openPaperPage);
        // The paper on show keeps its place while the query changes; what it marks follows
        // the query, never an older one's words.
        connect(m_searchPane, &SearchPane::queryChanged, this,
                [this] { m_detail->setHighlightTerms(m_searchPane->highlightTerms()); });
    }
    if (!isSearching()) {
        // replaceWidget keeps the splitter's sizes; the list waits, hidden, for Esc.
        m_splitter->replaceWidget(m_splitter->indexOf(m_list), m_searchPane);
        m_list->setParent(this);
        m_list->hide();
        m_searchPane->show();
    }
    m_searchPane->activate();
}

void MainWindow::openTop(bool month)
{
    openSearch();
    m_searchPane->showPeriod(month ? SearchPane::Period::Month : SearchPane::Period::Week, m_day);
}

void MainWindow::closeSearch()
{
    if (!isSearching())
        return;
    m_splitter->replaceWidget(m_splitter->indexOf(m_searchPane), m_list);
    m_searchPane->setParent(this);
    m_searchPane->hide();
    m_list->show();
    m_list->view()->setFocus(Qt::OtherFocusReason);
    m_detail->setHighlightTerms({});
    showPaper(m_list->currentPaperId());
}

} // namespace paperboy::ui
