#pragma once

#include "core/Paper.h"
#include "parse/WarningSink.h"

#include <QCoreApplication>
#include <QStringView>

namespace paperboy::parse {

// Applies the lines that describe a paper rather than summarise it: media lines, `Vote: N`
// and `Authors: ...`. Problems with a line that is recognised (a bad URL, an odd vote) are
// reported here; lines that are not recognised are left to the caller.
class PaperMetaReader final
{
    Q_DECLARE_TR_FUNCTIONS(PaperMetaReader)

public:
    PaperMetaReader(core::Paper& paper, WarningSink& warnings)
        : m_paper(paper), m_warnings(warnings)
    {}

    // True when `line` is a meta line (and has been applied to the paper).
    bool apply(QStringView line, int lineNumber);

private:
    bool applyMedia(QStringView line, int lineNumber);
    void addMediaUrl(QStringView raw, bool mayBeThumbnail, int lineNumber);
    void applyVotes(QStringView value, int lineNumber);
    void applyAuthors(QStringView value, int lineNumber);

    core::Paper& m_paper;
    WarningSink& m_warnings;
    bool m_sawVotes = false;
    bool m_sawAuthors = false;
};

} // namespace paperboy::parse
