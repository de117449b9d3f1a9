// Fuzzes ArxivId::parse with any text, and checks that what it accepts is normalised: the id,
// its versioned form and its abs and pdf URLs all parse back to the same id.
#include "core/ArxivId.h"
#include "fuzz/FuzzChecks.h"

#include <cstdint>

namespace {

using paperboy::core::ArxivId;
using paperboy::fuzz::check;

void checkRoundTrip(const ArxivId& id, const QString& text, bool keepsVersion)
{
    const std::optional<ArxivId> again = ArxivId::parse(text);
    check(again.has_value(), "a form of an accepted id is refused", text);
    check(again->id() == id.id(), "a form of an id parses to another id", text);
    if (keepsVersion)
        check(again->version() == id.version(), "the version is lost", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::optional<ArxivId> id = ArxivId::parse(text);
    if (!id)
        return 0;
    check(id->isValid(), "parse returned an invalid id", text);
    check(id->version() >= 0, "a negative version", text);
    checkRoundTrip(*id, id->id(), false);
    checkRoundTrip(*id, id->withVersion(), true);
    checkRoundTrip(*id, id->absUrl().toString(), false);
    checkRoundTrip(*id, id->pdfUrl().toString(), false);
    check(id->absUrl().isValid() && id->pdfUrl().isValid() && id->huggingFaceUrl().isValid(),
          "an accepted id makes an invalid URL", text);
    return 0;
}
