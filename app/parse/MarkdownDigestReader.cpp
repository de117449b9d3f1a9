#include "parse/MarkdownDigestReader.h"

#include "parse/Headings.h"
#include "parse/MarkdownBlocks.h"
#include "parse/PaperBodyReader.h"
#include "parse/PaperCollector.h"
#include "parse/TextDecoding.h"

#include <QCoreApplication>

namespace paperboy::parse {
namespace {

// md4c addresses its input with 32-bit offsets; no real digest comes near this.
constexpr qsizetype maxInputBytes = qsizetype(1) << 30;

bool isHeading(const MarkdownBlock& block, int maxLevel)
{
    return block.kind == BlockKind::Heading && block.headingLevel <= maxLevel;
}

// Walks the top-level blocks after the header: `## Daily Papers (date)` blocks hold
// `### [Title](link)` papers whose bodies run to the next heading of level 3 or less.
class DigestWalk final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownDigestReader)

public:
    DigestWalk(const SourceText& source, const QList<MarkdownBlock>& blocks, WarningSink& warnings)
        : m_source(source), m_blocks(blocks), m_warnings(warnings)
    {}

    static ParseResult read(const QByteArray& data, const QString& fileName, QDate expectedDate);

private:
    core::Papers readPapers(QDate date);
    void readOtherHeading(qsizetype index, QDate date, bool& addingPapers);
    void readPaper(qsizetype index, qsizetype end, PaperCollector& papers);
    qsizetype nextHeading(qsizetype from, int maxLevel) const;

    const SourceText& m_source;
    const QList<MarkdownBlock>& m_blocks;
    WarningSink& m_warnings;
};

ParseResult DigestWalk::read(const QByteArray& data, const QString& fileName, QDate expectedDate)
{
    ParseResult result;
    WarningSink warnings(fileName, result.warnings);
    if (data.size() > maxInputBytes) {
        result.error = tr("%1: file too large (%2 bytes)").arg(fileName).arg(data.size());
        return result;
    }
    const SourceText source(cleanDigestText(data, warnings));
    const std::optional<QList<MarkdownBlock>> blocks = readTopLevelBlocks(source);
    if (!blocks) {
        result.error = tr("%1: the markdown parser gave up (out of memory)").arg(fileName);
        return result;
    }
    const std::optional<DigestHeader> header =
        !blocks->isEmpty() && isHeading(blocks->constFirst(), 2)
            ? parseDigestHeader(source.line(blocks->constFirst().lines.first))
            : std::nullopt;
    if (!header) {
        result.error = tr("%1: no \"## Daily Papers (YYYY-MM-DD)\" header at the top; not a "
                          "daily papers digest")
                           .arg(fileName);
    } else if (!header->date.isValid()) {
        result.error = tr("%1: header date \"%2\" is not a valid YYYY-MM-DD date")
                           .arg(fileName, header->dateText);
    } else if (expectedDate.isValid() && header->date != expectedDate) {
        result.error = tr("%1: header date %2 is not the expected %3")
                           .arg(fileName, header->dateText, expectedDate.toString(Qt::ISODate));
    }
    if (!result.error.isEmpty())
        return result;

    DigestWalk walk(source, *blocks, warnings);
    core::Papers papers = walk.readPapers(header->date);
    if (!source.endsWithNewline())
        warnings.warn(source.lineCount(),
                      tr("file ends in the middle of a line; the last paper may be cut off"));
    result.digest = core::Digest{header->date, core::koreanDigestSource(), std::move(papers)};
    return result;
}

core::Papers DigestWalk::readPapers(QDate date)
{
    PaperCollector papers;
    bool addingPapers = true; // false under a block of another day
    qsizetype index = 1;      // block 0 is the header
    while (index < m_blocks.size()) {
        const MarkdownBlock& block = m_blocks.at(index);
        if (isHeading(block, 2)) {
            readOtherHeading(index, date, addingPapers);
            ++index;
        } else if (isHeading(block, 3)) {
            const qsizetype end = nextHeading(index + 1, 3);
            if (addingPapers)
                readPaper(index, end, papers);
            index = end;
        } else {
            if (addingPapers)
                m_warnings.warn(block.lines.first, tr("text outside any paper ignored"));
            ++index;
        }
    }
    return papers.take();
}

void DigestWalk::readOtherHeading(qsizetype index, QDate date, bool& addingPapers)
{
    const int line = m_blocks.at(index).lines.first;
    const std::optional<DigestHeader> header = parseDigestHeader(m_source.line(line));
    if (!header) {
        m_warnings.warn(line, tr("unrecognised heading ignored"));
        return;
    }
    // A second block of the same day lists papers added on a later run: they belong here.
    addingPapers = header->date == date;
    if (addingPapers)
        return;
    const qsizetype end = nextHeading(index + 1, 2);
    int count = 0;
    for (qsizetype i = index + 1; i < end; ++i)
        count += isHeading(m_blocks.at(i), 3) ? 1 : 0;
    m_warnings.warn(line, tr("a block for %1 in the digest of %2: its %n paper(s) are not added",
                             nullptr, count)
                              .arg(header->dateText, date.toString(Qt::ISODate)));
}

void DigestWalk::readPaper(qsizetype index, qsizetype end, PaperCollector& papers)
{
    const int line = m_blocks.at(index).lines.first;
    const std::optional<PaperHeading> heading = parsePaperHeading(m_source.line(line));
    if (!heading) {
        m_warnings.warn(line, tr("heading is not \"### [Title](arXiv link)\"; paper skipped"));
        return;
    }
    const std::optional<core::ArxivId> id = core::ArxivId::parse(heading->link);
    if (!id) {
        m_warnings.warn(line,
                        tr("link \"%1\" is not an arXiv paper; paper skipped").arg(heading->link));
        return;
    }
    if (heading->title.isEmpty()) {
        m_warnings.warn(line, tr("paper %1 has no title; skipped").arg(id->id()));
        return;
    }
    core::Paper paper;
    paper.id = *id;
    paper.title = heading->title;
    PaperBodyReader(m_source, m_warnings).read(m_blocks, index + 1, end, line, paper);
    if (!papers.add(std::move(paper)))
        m_warnings.warn(line,
                        tr("paper %1 listed again; merged into its first listing").arg(id->id()));
}

qsizetype DigestWalk::nextHeading(qsizetype from, int maxLevel) const
{
    while (from < m_blocks.size() && !isHeading(m_blocks.at(from), maxLevel))
        ++from;
    return from;
}

} // namespace

ParseResult MarkdownDigestReader::read(const QByteArray& data, const QString& fileName,
                                       QDate expectedDate)
{
    return DigestWalk::read(data, fileName, expectedDate);
}

} // namespace paperboy::parse
