#include "ui/days/DateNavigator.h"

#include "ui/days/CachedDaysCalendar.h"
#include "ui/style/DateText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

QEvent::Type buildCalendarEvent()
{
    static const QEvent::Type type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

DateNavigator::DateNavigator(int calendarHeight, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dateNavigator"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 6, 6, 6);

    m_calendarRoom = new QWidget(this);
    // Without a height from the last run: about what the calendar takes in the default font
    // (a navigation bar, a header and six weeks).
    m_calendarRoom->setFixedHeight(calendarHeight > 0 ? calendarHeight
                                                      : 8 * (fontMetrics().height() + 4) + 5);
    m_calendarRoom->installEventFilter(this);
    m_layout->addWidget(m_calendarRoom);

    auto* jumpRow = new QHBoxLayout;
    auto* jumpLabel = new QLabel(tr("&Go to:"), this);
    // A plain field, not a QDateEdit: its sections took "2025" typed over a selected year as
    // "2026". The field reads whole dates in ISO form or the locale's (parseTypedDate).
    m_dateEdit = new QLineEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setAcceptDrops(false); // dropped files go to the window's import
    m_dateEdit->setPlaceholderText(QStringLiteral("2025-03-03"));
    m_dateEdit->setToolTip(tr("Type a date as %1 or %2 and press Enter (Ctrl+G)")
                               .arg(QStringLiteral("2025-03-03"), compactDate(QDate(2025, 3, 3))));
    jumpLabel->setBuddy(m_dateEdit);
    auto* goButton = new QToolButton(this);
    goButton->setText(tr("Show"));
    jumpRow->addWidget(jumpLabel);
    jumpRow->addWidget(m_dateEdit, 1);
    jumpRow->addWidget(goButton);
    m_layout->addLayout(jumpRow);
    m_layout->addStretch(1);

    setTabOrder(m_dateEdit, goButton);

    connect(m_dateEdit, &QLineEdit::returnPressed, this, [this] { requestTypedDate(true); });
    connect(m_dateEdit, &QLineEdit::editingFinished, this, [this] { requestTypedDate(false); });
    // The button always shows the typed date, even when it is already the current day.
    connect(goButton, &QToolButton::clicked, this, [this] { requestTypedDate(true); });
}

CachedDaysCalendar* DateNavigator::calendar()
{
    buildCalendar();
    return m_calendar;
}

int DateNavigator::calendarHeight() const
{
    return m_calendar ? m_calendar->height() : m_calendarRoom->height();
}

void DateNavigator::buildCalendar()
{
    if (m_calendar)
        return;
    m_calendar = new CachedDaysCalendar(this);
    m_calendar->setCachedDays(m_days);
    m_calendar->setUnreadCounts(m_unread);
    if (m_current.isValid())
        m_calendar->setSelectedDate(m_current);
    delete m_layout->replaceWidget(m_calendarRoom, m_calendar);
    m_calendarRoom->deleteLater();
    m_calendarRoom = nullptr;
    setTabOrder(m_calendar, m_dateEdit);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        if (!m_updating && m_calendar->selectedDate() != m_current)
            emit dayRequested(m_calendar->selectedDate());
    });
}

bool DateNavigator::eventFilter(QObject* watched, QEvent* event)
{
    // The room has painted, so the first frame is out: the calendar follows once what waits
    // behind that frame has run (the paper's text, at low priority, goes first).
    if (watched == m_calendarRoom && event->type() == QEvent::Paint && !m_buildRequested) {
        m_buildRequested = true;
        QCoreApplication::postEvent(this, new QEvent(buildCalendarEvent()),
                                    Qt::LowEventPriority - 1);
    }
    return QWidget::eventFilter(watched, event);
}

bool DateNavigator::event(QEvent* event)
{
    if (event->type() != buildCalendarEvent())
        return QWidget::event(event);
    buildCalendar();
    return true;
}

void DateNavigator::setUnreadCounts(const QHash<QDate, int>& unread)
{
    m_unread = unread;
    if (m_calendar)
        m_calendar->setUnreadCounts(unread);
}

void DateNavigator::setCachedDays(const CachedDays& days)
{
    m_days = days;
    if (m_calendar)
        m_calendar->setCachedDays(days);
}

void DateNavigator::setCurrentDay(QDate day)
{
    m_updating = true;
    m_current = day;
    if (day.isValid()) {
        if (m_calendar)
            m_calendar->setSelectedDate(day);
        m_dateEdit->setText(compactDate(day));
    }
    m_updating = false;
}

void DateNavigator::focusDateEntry()
{
    m_dateEdit->setFocus(Qt::ShortcutFocusReason);
    m_dateEdit->selectAll();
}

void DateNavigator::requestTypedDate(bool always)
{
    if (m_updating)
        return;
    const QString text = m_dateEdit->text().trimmed();
    if (!always && (text.isEmpty() || text == compactDate(m_current)))
        return; // the focus left a field showing the current day
    const std::optional<QDate> day = parseTypedDate(text);
    if (!day) {
        emit noticeRequested(
            tr("\u201C%1\u201D is not a date: type it as %2 or %3.")
                .arg(text, QStringLiteral("2025-03-03"), compactDate(QDate(2025, 3, 3))));
        m_dateEdit->selectAll();
        return;
    }
    if (!always && *day == m_current)
        return;
    emit dayRequested(*day);
    if (m_days.contains(*day))
        return;
    const QList<QDate>& days = m_days.sorted();
    if (days.isEmpty())
        emit noticeRequested(tr("No digests are cached yet."));
    else if (*day < days.constFirst() || *day > days.constLast())
        emit noticeRequested(
            tr("%1 is outside the cache: its days run from %2 to %3.")
                .arg(longDate(*day), longDate(days.constFirst()), longDate(days.constLast())));
    else
        emit noticeRequested(tr("No digest is cached for %1.").arg(longDate(*day)));
}

} // namespace paperboy::ui
