#include "pdf/PdfSettings.h"

#include "core/Settings.h"

namespace paperboy::pdf {

PdfSettings PdfSettings::load()
{
    using namespace core::preference;
    const core::Settings store;
    PdfSettings loaded;
    loaded.downloadBookmarked = store.read(pdfDownloadBookmarked);
    loaded.baseUrl = store.read(pdfBaseUrl);
    loaded.maxMb = qBound(1, store.read(pdfMaxMb), 2048);
    return loaded;
}

void PdfSettings::save() const
{
    using namespace core::preference;
    core::Settings store;
    store.write(pdfDownloadBookmarked, downloadBookmarked);
    store.write(pdfBaseUrl, baseUrl);
    store.write(pdfMaxMb, maxMb);
}

} // namespace paperboy::pdf
