#pragma once

#include "CachedDays.h"

#include <QWidget>

class QDateEdit;

namespace paperboy::ui {

class CachedDaysCalendar;

// The date pane: the calendar of cached days and a field to jump to a typed date (previous,
// today and next live in the toolbar and the Go menu). It only asks for days (dayRequested); the
// window decides what to show and reports back with setCurrentDay, so keyboard, buttons and
// calendar all take one path.
class DateNavigator final : public QWidget
{
    Q_OBJECT
public:
    explicit DateNavigator(QWidget* parent = nullptr);

    void setCachedDays(const CachedDays& days);
    // Shows `day` without emitting dayRequested.
    void setCurrentDay(QDate day);
    void focusDateEntry();

    CachedDaysCalendar* calendar() const { return m_calendar; }
    QDateEdit* dateEdit() const { return m_dateEdit; }

signals:
    void dayRequested(QDate day);

private:
    void requestTypedDate();

    CachedDaysCalendar* m_calendar = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QDate m_current;
    bool m_updating = false;
};

} // namespace paperboy::ui
