#include "parse/MarkdownBlocks.h"

#include <md4c.h>

#include <algorithm>

namespace paperboy::parse {
namespace {

// Byte offsets of the first and last text md4c reported inside a block; -1 when none.
struct ByteSpan
{
    qsizetype first = -1;
    qsizetype last = -1;

    void include(qsizetype begin, qsizetype end)
    {
        first = first < 0 ? begin : std::min(first, begin);
        last = std::max(last, end);
    }
};

struct RawBlock
{
    MarkdownBlock block;
    bool fencedCode = false;
    ByteSpan span;
    QList<ByteSpan> itemSpans;
};

// md4c tells the block structure but not where blocks are; the text it reports points into
// the input buffer, so the offsets of that text locate each block and each list item.
class BlockCollector final
{
public:
    explicit BlockCollector(const QByteArray& input) : m_input(input) {}

    QList<RawBlock> takeBlocks() { return std::move(m_blocks); }

    int enterBlock(MD_BLOCKTYPE type, void* detail)
    {
        if (m_depth == 1)
            m_blocks.append(startBlock(type, detail));
        else if (m_depth == 2 && type == MD_BLOCK_LI && !m_blocks.isEmpty() &&
                 m_blocks.last().block.kind == BlockKind::List)
            m_blocks.last().itemSpans.append(ByteSpan{});
        ++m_depth;
        return 0;
    }

    int leaveBlock()
    {
        --m_depth;
        return 0;
    }

    void noteText(const MD_CHAR* text, MD_SIZE size)
    {
        if (m_depth < 2 || m_blocks.isEmpty() || text == nullptr || size == 0)
            return;
        const char* base = m_input.constData();
        // Some text (NUL replacements, line breaks, decoded attributes) is not in the input.
        if (text < base || text + size > base + m_input.size())
            return;
        const qsizetype begin = text - base;
        const qsizetype end = begin + qsizetype(size) - 1;
        RawBlock& current = m_blocks.last();
        current.span.include(begin, end);
        if (m_depth >= 3 && !current.itemSpans.isEmpty())
            current.itemSpans.last().include(begin, end);
    }

    void noteAttribute(const MD_ATTRIBUTE& attribute) { noteText(attribute.text, attribute.size); }

private:
    static RawBlock startBlock(MD_BLOCKTYPE type, void* detail)
    {
        RawBlock raw;
        switch (type) {
        case MD_BLOCK_H:
            raw.block.kind = BlockKind::Heading;
            raw.block.headingLevel = int(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
            break;
        case MD_BLOCK_P:
            raw.block.kind = BlockKind::Paragraph;
            break;
        case MD_BLOCK_UL:
            raw.block.kind = BlockKind::List;
            break;
        case MD_BLOCK_OL:
            raw.block.kind = BlockKind::List;
            raw.block.orderedList = true;
            break;
        case MD_BLOCK_HTML:
            raw.block.kind = BlockKind::Html;
            break;
        case MD_BLOCK_CODE:
            raw.fencedCode = static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->fence_char != 0;
            break;
        default:
            break;
        }
        return raw;
    }

    const QByteArray& m_input;
    QList<RawBlock> m_blocks;
    int m_depth = 0;
};

BlockCollector& collector(void* userdata)
{
    return *static_cast<BlockCollector*>(userdata);
}

int onEnterBlock(MD_BLOCKTYPE type, void* detail, void* userdata)
{
    return collector(userdata).enterBlock(type, detail);
}

int onLeaveBlock(MD_BLOCKTYPE, void*, void* userdata)
{
    return collector(userdata).leaveBlock();
}

int onEnterSpan(MD_SPANTYPE type, void* detail, void* userdata)
{
    // An image without alt text or a link without text reports no text, only its URL.
    if (type == MD_SPAN_IMG)
        collector(userdata).noteAttribute(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src);
    else if (type == MD_SPAN_A)
        collector(userdata).noteAttribute(static_cast<MD_SPAN_A_DETAIL*>(detail)->href);
    return 0;
}

int onLeaveSpan(MD_SPANTYPE, void*, void*)
{
    return 0;
}

int onText(MD_TEXTTYPE, const MD_CHAR* text, MD_SIZE size, void* userdata)
{
    collector(userdata).noteText(text, size);
    return 0;
}

// Turns byte spans into line ranges that tile the document: a block starts at its first text
// (or, without text, at the first non-blank line after the previous block) and ends just
// before the next block starts, minus trailing blank lines.
template <typename StartOf, typename KnownEndOf>
QList<LineRange> tileLines(const SourceText& source, qsizetype count, int firstLine, int lastLine,
                           StartOf startOf, KnownEndOf knownEndOf)
{
    QList<LineRange> ranges(count);
    int previousEnd = firstLine - 1;
    for (qsizetype i = 0; i < count; ++i) {
        int start = startOf(i);
        if (start <= previousEnd)
            start = std::min(source.nextNonBlank(previousEnd + 1), lastLine);
        ranges[i].first = start;
        previousEnd = std::max(start, knownEndOf(i));
        ranges[i].last = previousEnd;
    }
    for (qsizetype i = 0; i < count; ++i) {
        const int limit = i + 1 < count ? ranges.at(i + 1).first - 1 : lastLine;
        ranges[i].last = std::max(ranges.at(i).last, source.previousNonBlank(limit));
    }
    return ranges;
}

int lineOrZero(const SourceText& source, qsizetype offset)
{
    return offset < 0 ? 0 : source.lineAt(offset);
}

void locateBlocks(const SourceText& source, QList<RawBlock>& raws)
{
    const QList<LineRange> blockLines = tileLines(
        source, raws.size(), 1, source.lineCount(),
        [&](qsizetype i) {
            const RawBlock& raw = raws.at(i);
            // The opening fence of a code block carries no text of its own.
            const int textLine = lineOrZero(source, raw.span.first);
            return raw.fencedCode && textLine > 0 ? textLine - 1 : textLine;
        },
        [&](qsizetype i) { return lineOrZero(source, raws.at(i).span.last); });
    for (qsizetype i = 0; i < raws.size(); ++i) {
        RawBlock& raw = raws[i];
        raw.block.lines = blockLines.at(i);
        const QList<ByteSpan>& spans = raw.itemSpans;
        raw.block.items = tileLines(
            source, spans.size(), raw.block.lines.first, raw.block.lines.last,
            [&](qsizetype j) {
                // The first item starts with the list even when its text comes later.
                return j == 0 ? raw.block.lines.first : lineOrZero(source, spans.at(j).first);
            },
            [&](qsizetype j) { return lineOrZero(source, spans.at(j).last); });
    }
}

} // namespace

std::optional<QList<MarkdownBlock>> readTopLevelBlocks(const SourceText& source)
{
    const QByteArray& input = source.bytes();
    BlockCollector blockCollector(input);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = 0; // plain CommonMark: HTML blocks must be recognised to be dropped
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = onLeaveSpan;
    parser.text = onText;
    if (md_parse(input.constData(), MD_SIZE(input.size()), &parser, &blockCollector) != 0)
        return std::nullopt;

    QList<RawBlock> raws = blockCollector.takeBlocks();
    locateBlocks(source, raws);
    QList<MarkdownBlock> blocks;
    blocks.reserve(raws.size());
    for (RawBlock& raw : raws)
        blocks.append(std::move(raw.block));
    return blocks;
}

} // namespace paperboy::parse
