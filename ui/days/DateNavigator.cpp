#include "ui/days/DateNavigator.h"

#include "ui/days/CachedDaysCalendar.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setAcceptDrops(false); // dropped files go to the window's import
    m_dateEdit->setToolTip(tr("Type a date and press Enter (Ctrl+G)"));
    jumpLabel->setBuddy(m_dateEdit);
    auto* goButton = new QToolButton(this);
    goButton->setText(tr("Show"));
    jumpRow->addWidget(jumpLabel);
    jumpRow->addWidget(m_dateEdit, 1);
    jumpRow->addWidget(goButton);
    m_layout->addLayout(jumpRow);
    m_layout->addStretch(1);

    setTabOrder(m_dateEdit, goButton);

    connect(m_dateEdit, &QDateEdit::editingFinished, this, &DateNavigator::requestTypedDate);
    connect(goButton, &QToolButton::clicked, this, [this] {
        // The button always shows the typed date, even when it is already the current day.
        emit dayRequested(m_dateEdit->date());
    });
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
        m_dateEdit->setDate(day);
    }
    m_updating = false;
}

void DateNavigator::focusDateEntry()
{
    m_dateEdit->setFocus(Qt::ShortcutFocusReason);
    m_dateEdit->selectAll();
}

void DateNavigator::requestTypedDate()
{
    if (!m_updating && m_dateEdit->date() != m_current)
        emit dayRequested(m_dateEdit->date());
}

} // namespace paperboy::ui
