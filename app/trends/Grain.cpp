#include "trends/Grain.h"

namespace paperboy::trends {

std::optional<Grain> grainFrom(const QString& text)
{
    if (text == QLatin1String("week"))
        return Grain::Week;
    if (text == QLatin1String("month"))
        return Grain::Month;
    return std::nullopt;
}

QString grainName(Grain grain)
{
    return grain == Grain::Week ? QStringLiteral("week") : QStringLiteral("month");
}

Period periodOf(QDate day, Grain grain)
{
    if (grain == Grain::Month) {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1),
                QStringLiteral("%1-%2")
                    .arg(day.year(), 4, 10, QLatin1Char('0'))
                    .arg(day.month(), 2, 10, QLatin1Char('0'))};
    }
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    int weekYear = 0;
    const int week = day.weekNumber(&weekYear); // the ISO week-year, not day.year()
    return {monday, monday.addDays(6),
            QStringLiteral("%1-W%2")
                .arg(weekYear, 4, 10, QLatin1Char('0'))
                .arg(week, 2, 10, QLatin1Char('0'))};
}

QList<Period> periodsBetween(QDate first, QDate last, Grain grain)
{
    QList<Period> periods;
    if (!first.isValid() || !last.isValid() || last < first)
        return periods;
    for (Period period = periodOf(first, grain); period.first <= last;
         period = periodOf(period.last.addDays(1), grain))
        periods.append(period);
    return periods;
}

} // namespace paperboy::trends
