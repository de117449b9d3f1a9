#pragma once

#include "ui/days/CachedDays.h"

#include <QCalendarWidget>
#include <QElapsedTimer>
#include <QHash>
#include <QPixmap>
#include <QStaticText>

namespace paperboy::ui {

// A month calendar on which days with a cached digest stand out (bold, accent colour, a dot,
// the paper count as tooltip) and days without one are dimmed. A day with unread papers shows
// how many in its corner and keeps a filled dot; a day read through has a ring instead. Cells are
// painted here rather than by QCalendarWidget's item delegate: a day switch often repaints a whole
// month, and drawing pre-laid-out day numbers keeps that to a fraction of a millisecond.
class CachedDaysCalendar final : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit CachedDaysCalendar(QWidget* parent = nullptr);

    void setCachedDays(const CachedDays& days);
    const CachedDays& cachedDays() const { return m_days; }
    // Unread papers per day; a cached day missing here counts as unread through (until the
    // first count arrives, nothing is known to be read).
    void setUnreadCounts(const QHash<QDate, int>& unread);
    int unreadCount(QDate day) const;

    // Qt recomputes this at every change of month although it hardly depends on the month (only
    // through the bold digits of one cell), and every day switch to another month then lays out
    // the whole window again with the new value. One value serves until the font, the style or
    // the locale changes.
    QSize minimumSizeHint() const override;

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;
    void changeEvent(QEvent* event) override;

private:
    void showBarArrows();
    void updateFormats();
    const QStaticText& unreadNumber(int count) const;
    const QStaticText& dayNumber(int day, bool bold) const;
    // The digest mark, a dot of `radius` around `centre` (relative to the pixmap's corner).
    const QPixmap& dot(const QColor& colour, qreal radius, QPointF centre, qreal devicePixelRatio,
                       bool filled) const;
    QDate today() const;

    CachedDays m_days;
    QHash<QDate, int> m_unread;
    bool m_unreadKnown = false;
    mutable QHash<int, QStaticText> m_unreadNumbers;
    QFont m_smallFont;
    mutable QHash<int, QStaticText> m_dayNumbers; // key: day * 2 + bold
    // For one radius, centre and pixel ratio at a time; key: colour, filled or ring.
    mutable QHash<QPair<QRgb, bool>, QPixmap> m_dots;
    mutable qreal m_dotRadius = 0;
    mutable QPointF m_dotCentre;
    mutable qreal m_dotPixelRatio = 0;
    mutable QDate m_today;
    mutable QElapsedTimer m_todayAge;
    mutable QSize m_minimumSizeHint;
    QFont m_boldFont;
};

} // namespace paperboy::ui
