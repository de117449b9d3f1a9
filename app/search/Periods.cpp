#include "search/Periods.h"

#include <QRegularExpression>

namespace paperboy::search {

DayRange isoWeekOf(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

std::optional<DayRange> isoWeek(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.capturedView(1).toInt();
    const int week = match.capturedView(2).toInt();
    // 4 January is always in week 1; 28 December always in the year's last week.
    const QDate fourth(year, 1, 4);
    if (!fourth.isValid() || week < 1 || week > QDate(year, 12, 28).weekNumber())
        return std::nullopt;
    const QDate monday = isoWeekOf(fourth).first.addDays(7 * (week - 1));
    return DayRange{monday, monday.addDays(6)};
}

std::optional<DayRange> month(QStringView text)
{
    const QDate first = QDate::fromString(text.toString(), QStringLiteral("yyyy-MM"));
    if (!first.isValid() || text.size() != 7)
        return std::nullopt;
    return DayRange{first, first.addMonths(1).addDays(-1)};
}

} // namespace paperboy::search
