#pragma once

#include <QDate>
#include <QStringView>

#include <optional>
#include <utility>

namespace paperboy::search {

// The first and last day of a period, both inclusive.
using DayRange = std::pair<QDate, QDate>;

// An ISO 8601 week "YYYY-Www" (weeks start on Monday; week 1 holds the year's first Thursday,
// so 2021-W01 starts on 2021-01-04 and 2020-W53 ends on 2021-01-03). nullopt when malformed or
// when the year has no such week.
std::optional<DayRange> isoWeek(QStringView text);
// The ISO week holding `day`.
DayRange isoWeekOf(QDate day);
// A month "YYYY-MM".
std::optional<DayRange> month(QStringView text);

} // namespace paperboy::search
