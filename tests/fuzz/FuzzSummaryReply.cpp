// Fuzzes the reader of a language model's summary reply with any bytes: a reply is whatever a
// server sends, and the reader promises never to lose it.
#include "fuzz/FuzzChecks.h"
#include "summarize/SummaryReply.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    namespace summarize = paperboy::summarize;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const summarize::SummaryReply reply = summarize::readSummaryReplyBytes(bytes);
    const QString text = QString::fromUtf8(bytes);
    // A reply with any text keeps something: a section, or the whole reply as one.
    if (!text.trimmed().isEmpty())
        paperboy::fuzz::check(!reply.sections.isEmpty(), "a non-empty reply was lost", text);
    const QStringList known{summarize::whatsNewSection(), summarize::technicalDetailsSection(),
                            summarize::performanceSection()};
    QStringList seen;
    for (const auto& section : reply.sections) {
        const bool allowed = reply.structured ? known.contains(section.name)
                                              : section.name == summarize::wholeReplySection();
        paperboy::fuzz::check(allowed, "a section outside the seed's names", section.name);
        paperboy::fuzz::check(!seen.contains(section.name), "a section twice", section.name);
        seen.append(section.name);
    }
    return 0;
}
