#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace paperboy::trends {

// A term whose share of papers grew: in how many papers of the recent weeks and of the weeks
// before it occurs, and how many times its share grew (both shares smoothed, see tally()).
struct RisingTerm
{
    QString term;
    int recent = 0;
    int before = 0;
    double ratio = 0;
};

struct RisingOptions
{
    int weeks = 4;        // the recent weeks, the last of them the one holding the newest day
    int beforeWeeks = 26; // the weeks before them, compared against
    int limit = 20;
    int minSupport = 5;   // a term in fewer recent papers (or 1 in 200 of them) is left out
    QSet<QString> hidden; // terms the reader hid
};

// Counts terms per paper and week over the recent and the earlier weeks, then ranks them.
class TermTally final
{
public:
    TermTally(int beforeWeeks, int recentWeeks);
    // A paper of week `week` (0 = the first earlier week; beforeWeeks + recentWeeks - 1 =
    // the newest), then its terms (a term given twice counts once), then its end. The recent
    // papers must come first: an earlier paper's terms are counted only when candidateSupport
    // recent papers hold them (no other can rise), which keeps the tally to the words that
    // matter and the work to one hash lookup per word.
    void beginPaper(int week);
    void addTerm(const QString& term);
    void endPaper();
    static constexpr int candidateSupport = 3;
    int recentPapers() const { return m_recentPapers; }
    int beforePapers() const { return m_beforePapers; }

    // The terms whose share grew most: ratio = ((recent + 1) / (recent papers + 1)) /
    // ((before + 1) / (before papers + 1)), add-one smoothing so that a term unseen before
    // still compares, and at least minSupport recent papers so that one-off words do not win.
    // Besides the stop words, the archive's boilerplate is learnt from the data: a term in 5%
    // or more of the papers of at least nine earlier weeks in ten says nothing of a trend.
    QList<RisingTerm> rising(const RisingOptions& options) const;

private:
    // Those of `candidates` (term ids) that are the archive's boilerplate (see rising()).
    QSet<int> boilerplate(const QList<int>& candidates) const;

    int m_beforeWeeks;
    int m_recentWeeks;
    QHash<QString, int> m_ids;
    QList<QString> m_terms;
    QList<int> m_recent; // per term id
    QList<int> m_before;
    QList<int> m_weekPapers; // papers per week
    QList<int> m_lastPaper;  // per term id: the paper that counted it last
    int m_paper = 0;         // papers begun
    int m_week = -1;         // the current paper's, -1 when it is outside the weeks
    QList<int> m_paperIds;   // the current earlier paper's term ids
    QList<std::pair<int, QList<int>>> m_papers; // week and term ids of each earlier paper
    int m_recentPapers = 0;
    int m_beforePapers = 0;
};

// English and Korean terms tallied apart (TrendsReader::rising says why), ranked together.
class RisingTally final
{
public:
    RisingTally(int beforeWeeks, int recentWeeks)
        : m_english(beforeWeeks, recentWeeks), m_korean(beforeWeeks, recentWeeks)
    {}
    // A paper: its English terms count when it has an English title (`hasEnglish`), its
    // Korean ones when it has any.
    void beginPaper(int week, bool hasEnglish);
    void addTerm(const QString& term, bool korean);
    void endPaper();
    QList<RisingTerm> rising(const RisingOptions& options) const;

private:
    TermTally m_english;
    TermTally m_korean;
    int m_week = -1;
    bool m_hasEnglish = false;
    bool m_koreanBegun = false;
};

} // namespace paperboy::trends
