#pragma once

#include "CachedDays.h"

#include <QCalendarWidget>
#include <QHash>
#include <QStaticText>

namespace paperboy::ui {

// A month calendar on which days with a cached digest stand out (bold, accent colour, a dot,
// the paper count as tooltip) and days without one are dimmed. Cells are painted here rather
// than by QCalendarWidget's item delegate: a day switch often repaints a whole month, and
// drawing pre-laid-out day numbers keeps that to a fraction of a millisecond.
class CachedDaysCalendar final : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit CachedDaysCalendar(QWidget* parent = nullptr);

    void setCachedDays(const CachedDays& days);
    const CachedDays& cachedDays() const { return m_days; }

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;
    void changeEvent(QEvent* event) override;

private:
    const QStaticText& dayNumber(int day, bool bold) const;

    CachedDays m_days;
    mutable QHash<int, QStaticText> m_dayNumbers; // key: day * 2 + bold
    QFont m_boldFont;
};

} // namespace paperboy::ui
