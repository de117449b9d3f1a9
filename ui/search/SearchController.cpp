#include "ui/search/SearchController.h"

#include "ui/common/FeatureContext.h"
#include "ui/common/FirstInput.h"
#include "ui/search/SearchPane.h"
#include "ui/search/SearchService.h"

#include <QSplitter>

namespace paperboy::ui {

SearchController::SearchController(FeatureContext& context, QSplitter& splitter, QWidget& list,
                                   int sort, QObject* parent)
    : QObject(parent), m_context(context), m_splitter(splitter), m_list(list), m_sort(sort)
{
    m_relatedTimer.setSingleShot(true);
    m_relatedTimer.setInterval(relatedDelayMs);
    connect(&m_relatedTimer, &QTimer::timeout, this, &SearchController::askRelated);
    m_firstInput = new FirstInput(this);
    connect(m_firstInput, &FirstInput::arrived, this, &SearchController::releaseRelated);
}

SearchController::~SearchController() = default;

bool SearchController::isSearching() const
{
    return m_pane && m_splitter.indexOf(m_pane) >= 0;
}

int SearchController::sort() const
{
    return m_pane ? int(m_pane->sort()) : m_sort;
}

void SearchController::open()
{
    if (!m_pane) {
        m_service = std::make_unique<SearchService>(m_context.paths());
        m_pane = new SearchPane(*m_service, m_context.window());
        m_pane->setObjectName(QStringLiteral("searchPane"));
        m_pane->setSort(search::Sort(m_sort));
        m_pane->hide();
        connect(m_pane, &SearchPane::closeRequested, this, &SearchController::close);
        connect(m_pane, &SearchPane::currentPaperChanged, this, [this](const QString& id) {
            if (!id.isEmpty())
                emit paperChosen(id, m_pane->highlightTerms());
        });
        connect(m_pane, &SearchPane::paperActivated, this, &SearchController::paperActivated);
        connect(m_pane, &SearchPane::saveAsWatchRequested, this,
                &SearchController::saveAsWatchRequested);
        connect(m_pane, &SearchPane::queryChanged, this,
                [this] { emit highlightChanged(m_pane->highlightTerms()); });
    }
    if (!isSearching()) {
        // replaceWidget keeps the splitter's sizes; the list waits, hidden, for Esc.
        m_splitter.replaceWidget(m_splitter.indexOf(&m_list), m_pane);
        m_list.setParent(m_context.window());
        m_list.hide();
        m_pane->show();
    }
    m_pane->activate();
}

void SearchController::openTop(bool month)
{
    open();
    m_pane->showPeriod(month ? SearchPane::Period::Month : SearchPane::Period::Week,
                       m_context.focus().day());
}

void SearchController::showWatch(const QString& name, const QString& query,
                                 const QList<search::SearchHit>& hits, const QSet<qint64>& newKeys,
                                 bool more)
{
    open();
    m_pane->showWatch(name, query, hits, newKeys, more);
}

void SearchController::saveAsWatch()
{
    if (isSearching())
        m_pane->requestSaveAsWatch();
    else
        emit saveAsWatchRequested(QString()); // says to type a search first
}

void SearchController::close()
{
    if (!isSearching())
        return;
    m_splitter.replaceWidget(m_splitter.indexOf(m_pane), &m_list);
    m_pane->setParent(m_context.window());
    m_pane->hide();
    m_list.show();
    emit closed();
}

void SearchController::relatedWanted(int limit)
{
    m_relatedLimit = limit;
    if (m_firstInput) {
        const QString shown = m_context.focus().shownPaperId();
        if (m_heldFor.isEmpty() || m_heldFor == shown) {
            m_heldFor = shown;
            return;
        }
    }
    releaseRelated();
}

void SearchController::releaseRelated()
{
    if (m_firstInput) {
        m_firstInput->deleteLater();
        m_firstInput = nullptr;
    }
    if (m_relatedLimit > 0)
        m_relatedTimer.start();
}

void SearchController::askRelated()
{
    const QString id = m_context.focus().shownPaperId();
    if (id.isEmpty() || m_archiveEmpty)
        return;
    if (!m_relatedService) {
        m_relatedService = std::make_unique<SearchService>(m_context.paths());
        connect(
            m_relatedService.get(), &SearchService::answered, this,
            [this](SearchService::Kind kind, quint64 ticket, const QList<search::SearchHit>& hits) {
                if (kind == SearchService::Kind::Related && ticket == m_relatedTicket)
                    emit relatedFound(m_relatedFor, hits);
            });
    }
    m_relatedFor = id;
    m_relatedTicket = m_relatedService->related(id, m_relatedLimit);
}

} // namespace paperboy::ui
