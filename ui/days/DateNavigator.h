#pragma once

#include "ui/days/CachedDays.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace paperboy::ui {

class CachedDaysCalendar;

// The date pane: the calendar of cached days and a field to jump to a typed date (previous,
// today and next live in the toolbar and the Go menu). It only asks for days (dayRequested); the
// window decides what to show and reports back with setCurrentDay, so keyboard, buttons and
// calendar all take one path.
//
// The calendar is built right after the pane's first paint, in the room it took at the last
// run: QCalendarWidget is some fifteen widgets, a model and a month menu, and building, laying
// out and painting it was the largest part of the reader's start after the fonts (see
// docs/performance.md). The first frame shows the list and the paper without waiting for it;
// the calendar follows within a frame or two, with nothing moving around it. Anything that
// asks for the calendar before that (calendar()) gets it built on the spot.
class DateNavigator final : public QWidget
{
    Q_OBJECT
public:
    // `calendarHeight`: the calendar's height at the last run, 0 when unknown.
    explicit DateNavigator(int calendarHeight = 0, QWidget* parent = nullptr);

    void setCachedDays(const CachedDays& days);
    // Each cached day's unread papers, for the calendar (UnreadCounter).
    void setUnreadCounts(const QHash<QDate, int>& unread);
    // Shows `day` without emitting dayRequested.
    void setCurrentDay(QDate day);
    void focusDateEntry();

    CachedDaysCalendar* calendar(); // builds it if it is not yet
    bool hasCalendar() const { return m_calendar != nullptr; }
    // The height to keep for the calendar at the next start.
    int calendarHeight() const;
    QLineEdit* dateEdit() const { return m_dateEdit; }

signals:
    void dayRequested(QDate day);
    // What the reader should hear about a typed date: not a date, or not a cached day.
    void noticeRequested(const QString& text);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildCalendar();
    // `always`: Enter or the button, which show the day even when it is the current one.
    void requestTypedDate(bool always);

    QVBoxLayout* m_layout = nullptr;
    QWidget* m_calendarRoom = nullptr; // holds the calendar's place until it is built
    CachedDaysCalendar* m_calendar = nullptr;
    QLineEdit* m_dateEdit = nullptr;
    CachedDays m_days;
    QHash<QDate, int> m_unread;
    QDate m_current;
    bool m_updating = false;
    bool m_buildRequested = false;
};

} // namespace paperboy::ui
