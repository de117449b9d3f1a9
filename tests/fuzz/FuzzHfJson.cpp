// Fuzzes the Hugging Face daily_papers API reader with any bytes as the response body.
#include "fuzz/FuzzChecks.h"
#include "parse/HfJsonReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDate day(2025, 1, 15);
    const auto result =
        paperboy::parse::HfJsonReader::read(bytes, QStringLiteral("fuzz.json"), day);
    paperboy::fuzz::checkParseResult(result);
    if (result.ok())
        paperboy::fuzz::check(result.digest->date == day, "the digest lost its day");
    return 0;
}
