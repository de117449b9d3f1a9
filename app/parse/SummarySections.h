#pragma once

#include "core/Section.h"
#include "parse/SourceText.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace paperboy::parse {

// `- **Key**: value`, `- ***Key***: value`, `- ***Key*: value` (a real typo), `- **Key:** value`.
// The key is trimmed and a curly apostrophe becomes a straight one ("What’s New").
struct KeyedItem
{
    QString key;
    QString value;     // the rest of the first line
    int contentIndent; // columns of the "- " marker, removed from continuation lines
};
std::optional<KeyedItem> parseKeyedItem(QStringView firstLine);

// The name of the one section that un-keyed summary bullets (older digests) become.
QString plainSummaryName();

// Builds a paper's summary sections as markdown source. Keyed bullets open sections; list
// items, lists and paragraphs that follow are appended to the open section with their source
// structure (nesting, numbering, blank lines) kept. Without an open keyed section they go to a
// "Summary" section.
class SectionBuilder final
{
public:
    explicit SectionBuilder(const SourceText& source) : m_source(source) {}

    // Opens a section when the bullet item at `item` is keyed; false (and nothing done) if not.
    bool startKeyed(LineRange item);
    // Appends source lines to the open keyed section, else to the "Summary" section.
    void append(LineRange lines);
    bool inKeyedSection() const { return m_keyedOpen; }
    QString currentName() const;

    core::Sections take();

private:
    void appendText(LineRange lines, const QString& markdown);

    const SourceText& m_source;
    core::Sections m_sections;
    bool m_keyedOpen = false;
    int m_lastLine = 0; // last source line appended to the current section
};

} // namespace paperboy::parse
