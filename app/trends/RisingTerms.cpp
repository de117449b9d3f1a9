#include "trends/RisingTerms.h"

#include <algorithm>
#include <cmath>

namespace paperboy::trends {
namespace {

constexpr double boilerplateShare = 0.05;
constexpr double boilerplateWeeks = 0.9;

} // namespace

TermTally::TermTally(int beforeWeeks, int recentWeeks)
    : m_beforeWeeks(beforeWeeks), m_recentWeeks(recentWeeks),
      m_weekPapers(beforeWeeks + recentWeeks, 0)
{}

void TermTally::beginPaper(int week)
{
    ++m_paper;
    m_week = week >= 0 && week < m_beforeWeeks + m_recentWeeks ? week : -1;
    if (m_week < 0)
        return;
    ++m_weekPapers[m_week];
    ++(m_week >= m_beforeWeeks ? m_recentPapers : m_beforePapers);
    m_paperIds.clear();
}

void TermTally::addTerm(const QString& term)
{
    if (m_week < 0)
        return;
    const bool recent = m_week >= m_beforeWeeks;
    auto it = m_ids.constFind(term);
    if (it == m_ids.cend()) {
        if (!recent)
            return; // in no recent paper: it cannot rise
        it = m_ids.insert(term, int(m_terms.size()));
        m_terms.append(term);
        m_recent.append(0);
        m_before.append(0);
        m_lastPaper.append(0);
    }
    const int id = *it;
    if (m_lastPaper.at(id) == m_paper)
        return; // counted for this paper already
    m_lastPaper[id] = m_paper;
    if (recent) {
        ++m_recent[id];
    } else if (m_recent.at(id) >= candidateSupport) {
        ++m_before[id];
        m_paperIds.append(id);
    }
}

void TermTally::endPaper()
{
    if (m_week >= 0 && m_week < m_beforeWeeks)
        m_papers.append({m_week, m_paperIds});
    m_week = -1;
}

QSet<int> TermTally::boilerplate(const QList<int>& candidates) const
{
    // Only a term common over the whole earlier span can be common in nine weeks in ten; the
    // weekly counts of those are taken in one walk over the earlier papers.
    QHash<int, QList<int>> perWeek;
    for (const int term : candidates) {
        if (m_beforePapers > 0 &&
            m_before.at(term) >= boilerplateShare * boilerplateWeeks * double(m_beforePapers) * 0.5)
            perWeek.insert(term, QList<int>(m_beforeWeeks, 0));
    }
    QSet<int> found;
    if (perWeek.isEmpty())
        return found;
    for (const auto& [week, ids] : m_papers) {
        for (const int id : ids) {
            if (const auto it = perWeek.find(id); it != perWeek.end())
                ++(*it)[week];
        }
    }
    for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it) {
        int weeks = 0;
        int common = 0;
        for (int week = 0; week < m_beforeWeeks; ++week) {
            if (m_weekPapers.at(week) == 0)
                continue;
            ++weeks;
            if (it.value().at(week) >= boilerplateShare * m_weekPapers.at(week))
                ++common;
        }
        if (weeks > 0 && common >= boilerplateWeeks * weeks)
            found.insert(it.key());
    }
    return found;
}

QList<RisingTerm> TermTally::rising(const RisingOptions& options) const
{
    const int support =
        std::max(options.minSupport, int(std::ceil(double(m_recentPapers) / 200.0)));
    QList<RisingTerm> found;
    for (qsizetype id = 0; id < m_terms.size(); ++id) {
        const int recent = m_recent.at(id);
        if (recent < support || options.hidden.contains(m_terms.at(id)))
            continue;
        const int before = m_before.at(id);
        const double ratio =
            ((recent + 1.0) / (m_recentPapers + 1.0)) / ((before + 1.0) / (m_beforePapers + 1.0));
        if (ratio <= 1.0)
            continue;
        found.append({m_terms.at(id), recent, before, ratio});
    }
    std::sort(found.begin(), found.end(), [](const RisingTerm& a, const RisingTerm& b) {
        if (a.ratio != b.ratio)
            return a.ratio > b.ratio;
        if (a.recent != b.recent)
            return a.recent > b.recent;
        return a.term < b.term;
    });
    QList<int> candidates;
    for (const RisingTerm& term : std::as_const(found))
        candidates.append(m_ids.value(term.term));
    const QSet<int> common = boilerplate(candidates);
    QList<RisingTerm> shown;
    for (const RisingTerm& term : std::as_const(found)) {
        if (shown.size() >= options.limit)
            break;
        if (!common.contains(m_ids.value(term.term)))
            shown.append(term);
    }
    return shown;
}

void RisingTally::beginPaper(int week, bool hasEnglish)
{
    m_week = week;
    m_hasEnglish = hasEnglish;
    m_koreanBegun = false;
    if (hasEnglish)
        m_english.beginPaper(week);
}

void RisingTally::addTerm(const QString& term, bool korean)
{
    if (!korean) {
        if (m_hasEnglish)
            m_english.addTerm(term);
        return;
    }
    if (!m_koreanBegun) {
        m_korean.beginPaper(m_week);
        m_koreanBegun = true;
    }
    m_korean.addTerm(term);
}

void RisingTally::endPaper()
{
    if (m_hasEnglish)
        m_english.endPaper();
    if (m_koreanBegun)
        m_korean.endPaper();
    m_hasEnglish = false;
    m_koreanBegun = false;
}

QList<RisingTerm> RisingTally::rising(const RisingOptions& options) const
{
    QList<RisingTerm> terms = m_english.rising(options) + m_korean.rising(options);
    std::sort(terms.begin(), terms.end(), [](const RisingTerm& a, const RisingTerm& b) {
        if (a.ratio != b.ratio)
            return a.ratio > b.ratio;
        if (a.recent != b.recent)
            return a.recent > b.recent;
        return a.term < b.term;
    });
    if (terms.size() > options.limit)
        terms.resize(options.limit);
    return terms;
}

} // namespace paperboy::trends
