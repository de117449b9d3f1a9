#include "ui/window/PaperPresenter.h"

#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/days/DateNavigator.h"
#include "ui/days/DaysController.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/RelatedPapers.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/foryou/ForYouController.h"
#include "ui/library/BookmarksPane.h"
#include "ui/library/LibraryController.h"
#include "ui/list/PaperListModel.h"
#include "ui/list/PaperListPane.h"
#include "ui/search/SearchController.h"
#include "ui/settings/SettingsController.h"
#include "ui/summarize/SummaryController.h"
#include "ui/thumbs/ThumbnailController.h"
#include "ui/window/Features.h"
#include "ui/window/WindowPanes.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QListView>
#include <QLocale>
#include <QTabWidget>

namespace paperboy::ui {
namespace {

QEvent::Type renderDetailEvent()
{
    static const QEvent::Type type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

PaperPresenter::PaperPresenter(QWidget& window, const WindowPanes& panes, Actions& actions,
                               Features& features)
    : m_window(window), m_actions(actions), m_features(features), m_navigator(panes.navigator),
      m_navigatorTabs(panes.navigatorTabs), m_bookmarksPane(panes.bookmarks), m_list(panes.list),
      m_detail(panes.detail)
{
    m_detail->browser()->viewport()->installEventFilter(this);

    // Every way of choosing a day or a paper ends here.
    DaysController* days = &features.days();
    connect(days, &DaysController::dayShown, this, &PaperPresenter::showDay);
    connect(days, &DaysController::dayRefreshed, this,
            [this](QDate, const QList<store::PaperListItem>& items) { refreshDay(items); });
    connect(days, &DaysController::dayStatusChanged, this,
            [this](const QString&, bool cached) { updatePaperActions(cached); });
    connect(m_list, &PaperListPane::currentPaperChanged, this, &PaperPresenter::showPaper);
    connect(&features.search(), &SearchController::paperChosen, this,
            [this](const QString& id, const QStringList& terms) {
                m_detail->setHighlightTerms(terms);
                showPaper(id);
            });
    connect(&features.forYou(), &ForYouController::paperChosen, this, &PaperPresenter::showPaper);
    connect(&features.forYou(), &ForYouController::dayWanted, this,
            [this](const QString& id, QDate day) { showPaperInItsDay(id, day); });
    connect(&features.library(), &LibraryController::dayWanted, this,
            [this](const QString& id) { showPaperInItsDay(id); });
    connect(m_detail->relatedPapers(), &RelatedPapers::paperChosen, this,
            [this](const QString& id) { showPaperInItsDay(id); });

    // The paper on show is built again when what it shows changed.
    connect(&features.summaries(), &SummaryController::paperSummarized, this,
            &PaperPresenter::renderIfShown);
    connect(&features.settings(), &SettingsController::detailFontChanged, this,
            &PaperPresenter::setDetailFontSize);
    connect(&features.thumbnails(), &ThumbnailController::refusalsForgotten, this,
            &PaperPresenter::renderShownPaper);
}

QString PaperPresenter::paperOnScreen() const
{
    return m_detailAfterFirstPaint.isEmpty() ? m_detail->shownPaperId() : m_detailAfterFirstPaint;
}

void PaperPresenter::showDay(const DayPage& page)
{
    m_navigator->setCurrentDay(page.day);
    const CachedDays& days = m_features.days().days();
    ForYouController& forYou = m_features.forYou();
    if (!page.cached)
        forYou.dayShown(page.day, {});
    if (days.isEmpty()) {
        m_list->showNoCache();
        m_detail->showMessage(tr("Import digests to start reading."));
    } else if (!page.cached) {
        m_list->showNoDigest(page.day, days.nearest(page.day));
        m_detail->showMessage(
            tr("No digest for %1.").arg(QLocale().toString(page.day, QLocale::LongFormat)));
    } else {
        const QString paperId = page.keepSelection ? m_list->currentPaperId() : page.paperId;
        // The For you order first, so that the list selects the first paper of that order.
        forYou.dayShown(page.day, page.items);
        m_list->showPapers(page.day, page.items, m_features.library().bookmarks());
        if ((paperId.isEmpty() || !m_list->selectPaper(paperId)) && !m_list->selectFirstPaper())
            m_detail->showMessage(m_list->proxy()->filterText().isEmpty()
                                      ? tr("The digest of this day lists no papers.")
                                      : tr("No paper matches the filter."));
    }
    emit dayShown(page.day);
}

void PaperPresenter::refreshDay(const QList<store::PaperListItem>& items)
{
    m_list->refreshPapers(items, m_features.library().bookmarks());
    // The paper on show stays selected, so nothing asks for it again: it may have changed.
    const QString shown = m_detail->shownPaperId();
    store::CacheReader* cache = m_features.context().reader();
    if (cache && !shown.isEmpty() && shown == m_list->currentPaperId()) {
        if (const std::optional<core::Paper> paper = cache->paper(shown))
            m_detail->refreshPaper(*paper);
    }
}

void PaperPresenter::updatePaperActions(bool cached)
{
    const bool hasPapers = cached && m_list->model()->rowCount() > 0;
    m_actions.openPaper->setEnabled(hasPapers);
    m_actions.copyLink->setEnabled(hasPapers);
    m_actions.nextPaper->setEnabled(hasPapers);
    m_actions.previousPaper->setEnabled(hasPapers);
}

void PaperPresenter::showPaper(const QString& paperId)
{
    if (!m_detailPainted && !m_window.isVisible() && !paperId.isEmpty()) {
        m_detailAfterFirstPaint = paperId;
        return;
    }
    m_detailAfterFirstPaint.clear();
    renderPaper(paperId);
}

void PaperPresenter::renderShownPaper()
{
    if (!m_detail->shownPaperId().isEmpty())
        renderPaper(m_detail->shownPaperId());
}

void PaperPresenter::renderIfShown(const QString& paperId)
{
    if (paperId == m_detail->shownPaperId())
        renderPaper(paperId);
}

void PaperPresenter::renderPaper(const QString& paperId)
{
    if (paperId.isEmpty()) {
        if (m_list->page() == PaperListPane::Page::NoMatch)
            m_detail->showMessage(tr("No paper matches the filter."));
        else if (m_list->page() != PaperListPane::Page::Papers || m_list->proxy()->rowCount() == 0)
            m_detail->showMessage(tr("No paper selected."));
        return;
    }
    store::CacheReader* cache = m_features.context().reader();
    if (!cache)
        return;
    if (const std::optional<core::Paper> paper = cache->paper(paperId))
        m_detail->showPaper(*paper);
    else
        m_detail->showMessage(tr("Paper %1 is no longer in the cache.").arg(paperId));
}

void PaperPresenter::showPaperInItsDay(const QString& id, QDate knownDay)
{
    FeatureContext& context = m_features.context();
    store::CacheReader* cache = context.reader();
    const std::optional<core::Paper> cached = cache ? cache->paper(id) : std::nullopt;
    QDate day = cached ? cached->date : knownDay;
    if (!day.isValid()) {
        for (const store::Bookmark& bookmark : m_bookmarksPane->bookmarks()) {
            if (bookmark.id == id)
                day = bookmark.date;
        }
    }
    if (!day.isValid()) {
        context.showStatus(tr("The day of %1 is not known.").arg(id));
        return;
    }
    m_features.search().close();
    m_navigatorTabs->setCurrentWidget(m_navigator);
    DaysController& days = m_features.days();
    days.showDayKeepingPaper(day, id);
    m_list->view()->setFocus(Qt::OtherFocusReason);
    if (!days.days().contains(day))
        context.showStatus(tr("%1 is not cached: sync or import that day to read it in its list.")
                               .arg(QLocale().toString(day, QLocale::LongFormat)));
}

void PaperPresenter::setDetailFontSize(int points)
{
    QFont font = QApplication::font();
    if (points > 0)
        font.setPointSize(points);
    if (m_detail->browser()->font() == font)
        return;
    m_detail->browser()->setFont(font);
    // Headings are sized from the font when the paper is built: build it again.
    renderPaper(m_detail->shownPaperId());
}

bool PaperPresenter::event(QEvent* event)
{
    if (event->type() == renderDetailEvent()) {
        if (!m_detailAfterFirstPaint.isEmpty())
            renderPaper(std::exchange(m_detailAfterFirstPaint, QString()));
        return true;
    }
    return QObject::event(event);
}

bool PaperPresenter::eventFilter(QObject* watched, QEvent* event)
{
    // Watches the detail pane until its first paint. The paper is rendered after that frame is
    // out and whatever else was waiting (other parts of the frame, the user's first input) has
    // been handled: hence an event of low priority rather than a zero timer.
    if (event->type() == QEvent::Paint && !m_detailPainted &&
        watched == m_detail->browser()->viewport()) {
        m_detailPainted = true;
        watched->removeEventFilter(this);
        QCoreApplication::postEvent(this, new QEvent(renderDetailEvent()), Qt::LowEventPriority);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace paperboy::ui
