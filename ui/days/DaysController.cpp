#include "ui/days/DaysController.h"

#include "store/cache/CacheReader.h"
#include "ui/common/Actions.h"
#include "ui/common/FeatureContext.h"
#include "ui/style/DateText.h"

#include <QAction>
#include <QLabel>
#include <QLocale>

namespace paperboy::ui {

DaysController::DaysController(FeatureContext& context, const Actions& actions, QObject* parent)
    : QObject(parent), m_context(context), m_actions(actions), m_label(new QLabel(context.window()))
{
    m_label->setObjectName(QStringLiteral("dayStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DaysController::refreshAfterWrites);
    connect(actions.previousDay, &QAction::triggered, this, [this] { stepDay(false); });
    connect(actions.nextDay, &QAction::triggered, this, [this] { stepDay(true); });
    connect(actions.today, &QAction::triggered, this, [this] { showDay(QDate::currentDate()); });
    connect(actions.latestDay, &QAction::triggered, this, [this] {
        if (const auto latest = m_days.latest())
            showDay(*latest);
    });
    connect(actions.nearestDay, &QAction::triggered, this, [this] {
        if (const auto nearest = m_days.nearest(m_day.isValid() ? m_day : QDate::currentDate()))
            showDay(*nearest);
    });
}

// The label goes with its controller, placed in a window or not.
DaysController::~DaysController()
{
    delete m_label;
}

QLabel* DaysController::statusLabel() const
{
    return m_label.data();
}

void DaysController::start(const CachedDays& days, QDate day, const QString& paperId,
                           const QList<store::PaperListItem>& items)
{
    setDays(days);
    if (!day.isValid())
        return;
    m_followLatest = false;
    m_day = day;
    emitPage({day, m_days.contains(day), items, paperId, false});
}

void DaysController::showDay(QDate day)
{
    show(day, QString(), false);
}

void DaysController::showDayKeepingPaper(QDate day, const QString& paperId)
{
    show(day, paperId, false);
}

void DaysController::show(QDate day, const QString& paperId, bool keepSelection)
{
    if (!day.isValid())
        return;
    m_followLatest = false; // refreshAfterWrites sets it again when it is the one showing
    m_day = day;
    const bool cached = m_days.contains(day);
    store::CacheReader* cache = cached ? m_context.reader() : nullptr;
    emitPage({day, cached, cache ? cache->dayList(day) : QList<store::PaperListItem>(), paperId,
              keepSelection});
}

void DaysController::emitPage(DayPage page)
{
    m_listedDay = page.cached ? page.day : QDate();
    emit dayShown(page);
    updateStatus();
}

void DaysController::stepDay(bool forward)
{
    const QDate from = m_day.isValid() ? m_day : QDate::currentDate();
    const std::optional<QDate> target = forward ? m_days.next(from) : m_days.previous(from);
    if (target)
        showDay(*target);
    else
        m_context.showStatus(forward ? tr("No later day with a digest.")
                                     : tr("No earlier day with a digest."));
}

void DaysController::noteWrittenDay(QDate day)
{
    m_writtenSinceRefresh.insert(day);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void DaysController::refreshAfterWrites()
{
    m_refreshTimer.stop();
    store::CacheReader* cache = m_context.reader();
    if (!cache)
        return;
    const bool hadNoDays = m_days.isEmpty();
    const QSet<QDate> written = std::exchange(m_writtenSinceRefresh, {});
    reload();
    if (m_days.isEmpty())
        return;
    if (hadNoDays || (m_followLatest && m_days.latest() != m_day)) {
        showDay(*m_days.latest());
        m_followLatest = true;
    } else if (written.contains(m_day) && m_listedDay == m_day && m_days.contains(m_day)) {
        // In place: the reader may be in the middle of this very list.
        emit dayRefreshed(m_day, cache->dayList(m_day));
        updateStatus();
    } else if (written.contains(m_day)) {
        show(m_day, QString(), true);
    } else {
        updateStatus();
    }
}

void DaysController::writesEnded()
{
    if (!m_writtenSinceRefresh.isEmpty() || m_refreshTimer.isActive())
        refreshAfterWrites();
    m_followLatest = false;
}

void DaysController::daysRemoved()
{
    reload();
    show(m_day, QString(), true);
}

void DaysController::cacheCleared()
{
    m_writtenSinceRefresh.clear();
    m_refreshTimer.stop();
    reload();
    showDay(m_day.isValid() ? m_day : QDate::currentDate());
}

void DaysController::reload()
{
    store::CacheReader* cache = m_context.reader();
    setDays(cache ? CachedDays(cache->days()) : CachedDays());
}

void DaysController::setDays(const CachedDays& days)
{
    m_days = days;
    emit daysChanged(m_days);
}

void DaysController::updateStatus()
{
    const bool cached = m_days.contains(m_day);
    m_actions.previousDay->setEnabled(m_days.previous(m_day).has_value());
    m_actions.nextDay->setEnabled(m_days.next(m_day).has_value());
    m_actions.nearestDay->setEnabled(!cached && !m_days.isEmpty());
    m_actions.latestDay->setEnabled(!m_days.isEmpty());
    QString text;
    if (m_days.isEmpty())
        text = tr("No digests cached");
    else if (cached)
        text =
            tr("%1 \u00B7 %n paper(s)", nullptr, m_days.paperCount(m_day)).arg(compactDate(m_day));
    else
        text = tr("%1 \u00B7 no digest").arg(compactDate(m_day));
    m_label->setText(text);
    emit dayStatusChanged(text, cached);
}

} // namespace paperboy::ui
