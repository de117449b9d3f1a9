#pragma once

#include "core/Section.h"

#include <QByteArrayView>
#include <QString>

namespace paperboy::summarize {

// The seed's three sections (daily_papers_ko), in the order they are shown and stored.
inline QString whatsNewSection()
{
    return QStringLiteral("What's New");
}
inline QString technicalDetailsSection()
{
    return QStringLiteral("Technical Details");
}
inline QString performanceSection()
{
    return QStringLiteral("Performance Highlights");
}
// The one section a reply with none of the three keys is kept as, so that nothing is lost.
inline QString wholeReplySection()
{
    return QStringLiteral("Summary");
}

struct SummaryReply
{
    core::Sections sections; // in the seed's order; a section the reply lacks is left out
    bool structured = false; // false: the reply had none of the keys and is kept whole
};

// Reads a language model's answer to the summary prompt (SummaryPrompt.h). Models answer in
// many shapes, so this accepts: a JSON object alone, in a ``` code fence, or after and before
// prose; keys written "What's New", "**What's New**", "What’s New" (curly apostrophe) or
// "whats_new"; values that are strings or lists of strings; an object nested one level
// ({"summary": {...}}); and, without any JSON, the seed's own markdown lines
// ("- ***What's New***: ..."). A reply with none of the keys is kept whole as one section
// (wholeReplySection()); an empty reply gives no section.
// A pure function of its input: no I/O, no globals, safe on any bytes (fuzzed).
SummaryReply readSummaryReply(const QString& reply);
// The same for raw bytes, read as UTF-8 (invalid sequences become U+FFFD).
SummaryReply readSummaryReplyBytes(QByteArrayView utf8);

} // namespace paperboy::summarize
