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

void TermTally::addPaper(int week, const QSet<QString>& terms)
{
    if (week < 0 || week >= m_beforeWeeks + m_recentWeeks)
        return;
    const bool recent = week >= m_beforeWeeks;
    ++m_weekPapers[week];
    ++(recent ? m_recentPapers : m_beforePapers);
    QList<int> ids;
    if (!recent)
        ids.reserve(terms.size());
    for (const QString& term : terms) {
        auto it = m_ids.constFind(term);
        if (it == m_ids.cend()) {
            it = m_ids.insert(term, int(m_terms.size()));
            m_terms.append(term);
            m_recent.append(0);
            m_before.append(0);
        }
        ++(recent ? m_recent : m_before)[*it];
        if (!recent)
            ids.append(*it);
    }
    if (!recent)
        m_papers.append({week, ids});
}

bool TermTally::isBoilerplate(int term) const
{
    // Only a term common over the whole earlier span can be common in nine weeks in ten.
    if (m_beforePapers == 0 ||
        m_before.at(term) < boilerplateShare * boilerplateWeeks * double(m_beforePapers) * 0.5)
        return false;
    QList<int> perWeek(m_beforeWeeks, 0);
    for (const auto& [week, ids] : m_papers) {
        if (ids.contains(term))
            ++perWeek[week];
    }
    int weeks = 0;
    int common = 0;
    for (int week = 0; week < m_beforeWeeks; ++week) {
        if (m_weekPapers.at(week) == 0)
            continue;
        ++weeks;
        if (perWeek.at(week) >= boilerplateShare * m_weekPapers.at(week))
            ++common;
    }
    return weeks > 0 && common >= boilerplateWeeks * weeks;
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
    // The boilerplate test walks the earlier papers, so only for the terms about to be shown.
    QList<RisingTerm> shown;
    for (const RisingTerm& term : found) {
        if (shown.size() >= options.limit)
            break;
        if (!isBoilerplate(m_ids.value(term.term)))
            shown.append(term);
    }
    return shown;
}

void RisingTally::addPaper(int week, const QSet<QString>& terms, bool hasEnglish)
{
    QSet<QString> english;
    QSet<QString> korean;
    for (const QString& term : terms) {
        const char16_t first = term.front().unicode();
        (first >= 0xAC00 && first <= 0xD7A3 ? korean : english).insert(term);
    }
    if (hasEnglish)
        m_english.addPaper(week, english);
    if (!korean.isEmpty())
        m_korean.addPaper(week, korean);
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
