#pragma once

#include "parse/SourceText.h"

#include <QList>

#include <optional>

namespace paperboy::parse {

enum class BlockKind { Heading, Paragraph, List, Html, Other };

// One top-level block of a markdown document as md4c sees it, located in the source by lines.
// The lines of a block run up to the next block, without trailing blank lines, so that every
// source line belongs to some block and nothing is lost when blocks are sliced back to source.
struct MarkdownBlock
{
    BlockKind kind = BlockKind::Other;
    int headingLevel = 0; // 1..6 for headings
    bool orderedList = false;
    LineRange lines;
    QList<LineRange> items; // the top-level items of a list, located the same way
};

// Parses `source` with md4c (CommonMark, raw HTML recognised so that HTML blocks stand apart)
// and lists its top-level blocks in document order; nullopt when md4c gave up (out of memory).
std::optional<QList<MarkdownBlock>> readTopLevelBlocks(const SourceText& source);

} // namespace paperboy::parse
