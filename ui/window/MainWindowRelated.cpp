// "More like this" in the detail pane: once a paper has been on show for a moment, the cached
// papers most like it are asked for on a thread of their own (SearchService over
// Searcher::related); choosing one shows it in its day.
#include "ui/detail/DetailView.h"
#include "ui/detail/RelatedPapers.h"
#include "ui/search/SearchService.h"
#include "ui/window/MainWindow.h"

namespace paperboy::ui {
namespace {

// Long enough that paging through a list with J and K asks nothing for the papers passed.
constexpr int relatedDelayMs = 250;

} // namespace

void MainWindow::connectRelated()
{
    m_relatedTimer.setSingleShot(true);
    m_relatedTimer.setInterval(relatedDelayMs);
    connect(m_detail, &DetailView::paperShown, this, [this] { m_relatedTimer.start(); });
    connect(&m_relatedTimer, &QTimer::timeout, this, &MainWindow::askRelated);
    connect(m_detail->relatedPapers(), &RelatedPapers::paperChosen, this,
            &MainWindow::showPaperInItsDay);
}

void MainWindow::askRelated()
{
    const QString id = m_detail->shownPaperId();
    RelatedPapers* related = m_detail->relatedPapers();
    if (id.isEmpty() || m_days.isEmpty() || (related->paperId() == id && related->hasAnswer()))
        return;
    if (!m_relatedService) {
        m_relatedService = std::make_unique<SearchService>(m_paths);
        connect(
            m_relatedService.get(), &SearchService::answered, this,
            [this](SearchService::Kind kind, quint64 ticket, const QList<search::SearchHit>& hits) {
                if (kind == SearchService::Kind::Related && ticket == m_relatedTicket)
                    m_detail->relatedPapers()->setPapers(m_relatedFor, hits);
            });
    }
    m_relatedFor = id;
    m_relatedTicket = m_relatedService->related(id, RelatedPapers::maxPapers);
}

} // namespace paperboy::ui
