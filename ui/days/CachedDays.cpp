#include "ui/days/CachedDays.h"

#include <algorithm>

namespace paperboy::ui {

CachedDays::CachedDays(const QList<store::DaySummary>& days)
{
    m_counts.reserve(days.size());
    m_sorted.reserve(days.size());
    for (const store::DaySummary& day : days) {
        if (!day.date.isValid() || m_counts.contains(day.date))
            continue;
        m_counts.insert(day.date, day.paperCount);
        m_sorted.append(day.date);
    }
    std::sort(m_sorted.begin(), m_sorted.end());
}

std::optional<QDate> CachedDays::latest() const
{
    if (m_sorted.isEmpty())
        return std::nullopt;
    return m_sorted.constLast();
}

std::optional<QDate> CachedDays::previous(QDate from) const
{
    const auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), from);
    if (it == m_sorted.cbegin())
        return std::nullopt;
    return *(it - 1);
}

std::optional<QDate> CachedDays::next(QDate from) const
{
    const auto it = std::upper_bound(m_sorted.cbegin(), m_sorted.cend(), from);
    if (it == m_sorted.cend())
        return std::nullopt;
    return *it;
}

std::optional<QDate> CachedDays::nearest(QDate to) const
{
    if (contains(to))
        return to;
    const std::optional<QDate> before = previous(to);
    const std::optional<QDate> after = next(to);
    if (!before)
        return after;
    if (!after)
        return before;
    return before->daysTo(to) <= to.daysTo(*after) ? before : after;
}

} // namespace paperboy::ui
