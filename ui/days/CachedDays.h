#pragma once

#include "store/cache/CacheReader.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace paperboy::ui {

// The days the cache holds a digest for, loaded once per start and per import (one query),
// so that calendar painting and previous/next navigation never ask the database.
class CachedDays final
{
public:
    CachedDays() = default;
    explicit CachedDays(const QList<store::DaySummary>& days);

    bool isEmpty() const { return m_sorted.isEmpty(); }
    int size() const { return int(m_sorted.size()); }
    bool contains(QDate day) const { return m_counts.contains(day); }
    int paperCount(QDate day) const { return m_counts.value(day, 0); }
    const QHash<QDate, int>& counts() const { return m_counts; }
    const QList<QDate>& sorted() const { return m_sorted; }

    std::optional<QDate> latest() const;
    std::optional<QDate> previous(QDate from) const; // the closest cached day before `from`
    std::optional<QDate> next(QDate from) const;     // the closest cached day after `from`
    std::optional<QDate> nearest(QDate to) const;    // ties go to the earlier day

private:
    QHash<QDate, int> m_counts;
    QList<QDate> m_sorted;
};

} // namespace paperboy::ui
