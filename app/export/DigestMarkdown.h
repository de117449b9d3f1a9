#pragma once

#include <QString>
#include <QStringList>

// The pieces of a daily_papers_ko digest (see ../shared/README.md), each written so that
// parse::MarkdownDigestReader reads back exactly the value it was given, whatever the text
// holds: a title, author or section can never open a heading, a paper or a section of its own.
namespace paperboy::exporting::digest {

// Text for a one-line field: control characters (NUL, line breaks) and runs of white space
// become one space, trimmed. A heading or a meta line cannot hold a line break.
QString oneLine(const QString& text);

// Text for a section body: CRLF and lone CR become LF (the reader splits lines there too, and
// an unindented line would escape its list item), NUL is dropped, trimmed.
QString sectionText(const QString& markdown);

// The value of an `Authors:` line. "A, B, C" as upstream wrote it, or, when a name holds a
// comma or the list would start with "[", the Python list form upstream also used
// (['A', 'B, Jr.']) with quotes and backslashes escaped. Names are made one line; empty and
// repeated names are dropped, as the reader drops them.
QString authorsValue(const QStringList& authors);

// The key of `- ***Key***:`: one line, without "*" (the reader's key cannot hold one), without
// a trailing colon (it would end the key early) and at most 100 characters (the reader's
// limit). "Summary" when nothing is left.
QString sectionKey(const QString& name);

// `- ***Key***: first line`, the body's other lines indented under the marker: every line of
// the body stays inside the list item, so a line like "### x" or "- ***Other***: y" in the
// text is nested markup, never a paper or a section of its own.
QString keyedSection(const QString& name, const QString& markdown);

// True when `markdown` is a plain bullet list (the summaries of older digests: "- a\n  - (1)")
// that reads back as the same un-keyed "Summary" when written as it is: every line is blank,
// a "- " item that cannot be taken for a keyed item or a thematic break, or indented under
// an item.
bool isPlainBulletList(const QString& markdown);

// `![](url)`, or `[Watch Video](url)` for a video; empty when `url` is not an absolute
// http(s) URL (the reader refuses anything else).
QString mediaLine(const QString& url);

} // namespace paperboy::exporting::digest
