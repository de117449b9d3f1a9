// Fuzzes the reader of the Korean briefs (hf-daily-paper-korean-autoflow) with any bytes.
#include "fuzz/FuzzChecks.h"
#include "parse/KoreanAutoflowReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDate day(2024, 12, 23);
    const auto result = paperboy::parse::KoreanAutoflowReader::read(
        bytes, QStringLiteral("fuzz_paper_ko.json"), day);
    paperboy::fuzz::checkParseResult(result);
    if (result.ok())
        paperboy::fuzz::check(result.digest->date == day, "the digest lost its day");
    return 0;
}
