#pragma once

#include <QString>

namespace paperboy::exporting::digest {

// The link text of `### [Title](link)`: one line, written as the seed's digests write titles
// ("Think Again! ...", "AtP*: ...", "V_AI", "[IDK] Token" stay as they are), with a backslash
// only before a character that would otherwise change what the markdown means or what
// parse::parsePaperHeading reads: a backslash before punctuation or at the end, "*", "_" or
// "~" that could pair into emphasis, backticks that could pair into a code span, brackets
// that could end the link text or open another link, "![", an HTML tag or autolink start and
// an entity reference. The reader undoes every backslash before ASCII punctuation, so the
// title reads back exactly as it was.
QString escapedTitle(const QString& title);

} // namespace paperboy::exporting::digest
