#pragma once

#include <QString>

namespace paperboy::pdf {

// The PDF settings, shared by the window and the CLI (QSettings "Paperboy", group "pdf").
struct PdfSettings
{
    bool downloadBookmarked = true;                        // bookmarking fetches the PDF
    QString baseUrl = QStringLiteral("https://arxiv.org"); // {baseUrl}/pdf/{id}; tests: loopback
    int maxMb = 100;                                       // a bigger file is not kept

    static PdfSettings load();
    void save() const;
};

} // namespace paperboy::pdf
