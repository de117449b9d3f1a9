#pragma once

#include <QtGlobal>

#include <vector>

namespace paperboy::rank {

// Term hash -> number, in one flat open-addressing table: a paper's thousand terms are looked
// up in a table of ~100,000, and std::unordered_map's node per entry made that lookup a cache
// miss each (most of a day's scoring time, measured by perf).
class TermIndex final
{
public:
    static constexpr int missing = -1;

    int find(quint64 hash) const
    {
        if (m_slots.empty())
            return missing;
        for (size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot& at = m_slots[slot];
            if (at.value == missing || at.key == hash)
                return at.value;
        }
    }

    // The number of `hash`, inserting `value` first when it has none.
    int findOrInsert(quint64 hash, int value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            Slot& at = m_slots[slot];
            if (at.value == missing) {
                at = {hash, value};
                ++m_size;
                return value;
            }
            if (at.key == hash)
                return at.value;
        }
    }

    void reserve(size_t count)
    {
        while (m_slots.size() < count * 2)
            grow();
    }

private:
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        const size_t capacity = old.empty() ? 1024 : old.size() * 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        m_size = 0;
        for (const Slot& slot : old) {
            if (slot.value != missing)
                findOrInsert(slot.key, slot.value);
        }
    }

    // Key and value side by side: one cache line per probe.
    struct Slot
    {
        quint64 key = 0;
        int value = missing;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace paperboy::rank
