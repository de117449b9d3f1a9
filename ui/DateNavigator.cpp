#include "DateNavigator.h"

#include "CachedDaysCalendar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace paperboy::ui {
DateNavigator::DateNavigator(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dateNavigator"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_calendar = new CachedDaysCalendar(this);
    layout->addWidget(m_calendar);

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
    layout->addLayout(jumpRow);
    layout->addStretch(1);

    setTabOrder(m_calendar, m_dateEdit);
    setTabOrder(m_dateEdit, goButton);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        if (!m_updating && m_calendar->selectedDate() != m_current)
            emit dayRequested(m_calendar->selectedDate());
    });
    connect(m_dateEdit, &QDateEdit::editingFinished, this, &DateNavigator::requestTypedDate);
    connect(goButton, &QToolButton::clicked, this, [this] {
        // The button always shows the typed date, even when it is already the current day.
        emit dayRequested(m_dateEdit->date());
    });
}

void DateNavigator::setCachedDays(const CachedDays& days)
{
    m_calendar->setCachedDays(days);
}

void DateNavigator::setCurrentDay(QDate day)
{
    m_updating = true;
    m_current = day;
    if (day.isValid()) {
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
