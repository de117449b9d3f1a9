// Fuzzes the daily_papers_ko markdown digest reader with any bytes, as read from a file or a
// server, and once more against the day the digest claims (the sync path's expected date).
#include "fuzz/FuzzChecks.h"
#include "parse/MarkdownDigestReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using paperboy::parse::MarkdownDigestReader;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = MarkdownDigestReader::read(bytes, QStringLiteral("fuzz.md"));
    paperboy::fuzz::checkParseResult(result);
    if (result.ok()) {
        const QDate day = result.digest->date;
        const auto again = MarkdownDigestReader::read(bytes, QStringLiteral("fuzz.md"), day);
        paperboy::fuzz::checkParseResult(again);
        paperboy::fuzz::check(again.ok(), "the digest's own date is refused");
        paperboy::fuzz::check(again.digest->papers.size() == result.digest->papers.size(),
                              "the expected date changes the papers read");
    }
    return 0;
}
