// Fuzzes the source URL templates (`paperboy sync --source FORMAT=URL_TEMPLATE` and the
// settings): validateSource must never crash, and a template it accepts must make, for every
// day, a distinct URL that sync may fetch (https, or http to this computer only).
#include "fuzz/FuzzChecks.h"
#include "sync/SourceDefinition.h"
#include "sync/UrlSafety.h"

#include <QSet>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace paperboy::sync;
    using paperboy::fuzz::check;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const SourceDefinition source{QStringLiteral("fuzz"), text, SourceFormat::Markdown, true};
    if (!validateSource(source).isEmpty())
        return 0;
    QSet<QString> urls;
    for (const QDate day : {QDate(1999, 12, 31), QDate(2000, 2, 29), QDate(2024, 12, 16),
                            QDate(2025, 1, 1), QDate(2099, 10, 9)}) {
        const QUrl url = source.urlFor(day);
        check(isAllowedFetchUrl(url), "an accepted template makes a URL sync refuses",
              text + QStringLiteral(" -> ") + url.toString());
        urls.insert(url.toString());
    }
    check(urls.size() == 5, "an accepted template makes the same URL for two days", text);
    return 0;
}
