#pragma once

#include "core/Paper.h"
#include "parse/MarkdownBlocks.h"
#include "parse/WarningSink.h"

#include <QCoreApplication>
#include <QList>

namespace paperboy::parse {

// Reads the blocks between a paper heading and the next heading into the paper: media, votes
// and authors from the loose lines, summary sections from the lists and the text around them.
class PaperBodyReader final
{
    Q_DECLARE_TR_FUNCTIONS(PaperBodyReader)

public:
    PaperBodyReader(const SourceText& source, WarningSink& warnings)
        : m_source(source), m_warnings(warnings)
    {}

    // `blocks[begin, end)` are the paper's body; `headingLine` locates messages about the paper.
    void read(const QList<MarkdownBlock>& blocks, qsizetype begin, qsizetype end, int headingLine,
              core::Paper& paper) const;

private:
    const SourceText& m_source;
    WarningSink& m_warnings;
};

} // namespace paperboy::parse
