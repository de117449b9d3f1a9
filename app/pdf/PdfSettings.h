#pragma once

#include "core/SettingsKeys.h"

#include <QString>

namespace paperboy::pdf {

// The PDF settings, shared by the window and the CLI (the PDF preferences of
// core/SettingsKeys.h, which has the defaults).
struct PdfSettings
{
    // Bookmarking fetches the PDF.
    bool downloadBookmarked = core::preference::pdfDownloadBookmarked.defaultValue;
    // {baseUrl}/pdf/{id}; tests: loopback.
    QString baseUrl = core::preference::pdfBaseUrl.defaultValue;
    int maxMb = core::preference::pdfMaxMb.defaultValue; // a bigger file is not kept

    static PdfSettings load();
    void save() const;
};

} // namespace paperboy::pdf
