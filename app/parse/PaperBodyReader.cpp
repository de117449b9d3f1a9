#include "parse/PaperBodyReader.h"

#include "parse/PaperMetaLines.h"
#include "parse/SummarySections.h"

namespace paperboy::parse {
namespace {

// Reads a non-list block line by line: meta lines are applied, runs of other lines are
// handed to `onOther` as source ranges (without trailing blank lines).
template <typename OnOther>
void readLooseBlock(const SourceText& source, LineRange lines, PaperMetaReader& meta,
                    OnOther onOther)
{
    int runStart = 0;
    const auto flush = [&](int runEnd) {
        if (runStart > 0) {
            const int last = source.previousNonBlank(runEnd);
            if (last >= runStart)
                onOther(LineRange{runStart, last});
        }
        runStart = 0;
    };
    for (int line = lines.first; line <= lines.last; ++line) {
        const bool blank = source.isBlank(line);
        if (!blank && meta.apply(source.line(line), line)) {
            flush(line - 1);
        } else if (runStart == 0 && !blank) {
            runStart = line;
        }
    }
    flush(lines.last);
}

} // namespace

void PaperBodyReader::read(const QList<MarkdownBlock>& blocks, qsizetype begin, qsizetype end,
                           int headingLine, core::Paper& paper) const
{
    PaperMetaReader meta(paper, m_warnings);
    SectionBuilder sections(m_source);
    for (qsizetype i = begin; i < end; ++i) {
        const MarkdownBlock& block = blocks.at(i);
        if (block.kind == BlockKind::List) {
            for (const LineRange& item : block.items) {
                if (block.orderedList || !sections.startKeyed(item))
                    sections.append(item);
            }
            continue;
        }
        readLooseBlock(m_source, block.lines, meta, [&](LineRange other) {
            if (block.kind == BlockKind::Html) {
                // Raw HTML is never kept: it would be rendered or shown as tag soup.
                m_warnings.warn(other.first, tr("HTML that is not a video player dropped"));
                return;
            }
            // A paragraph after a keyed section continues its value; anything else is unexpected.
            const bool continuesValue =
                block.kind == BlockKind::Paragraph && sections.inKeyedSection();
            sections.append(other);
            if (!continuesValue)
                m_warnings.warn(
                    other.first,
                    tr("unrecognised text kept in section \"%1\"").arg(sections.currentName()));
        });
    }
    paper.sections = sections.take();
    if (paper.sections.isEmpty())
        m_warnings.warn(headingLine, tr("paper %1 has no summary").arg(paper.id.id()));
}

} // namespace paperboy::parse
