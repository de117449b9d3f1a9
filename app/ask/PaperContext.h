#pragma once

#include "core/Paper.h"
#include "store/db/DataPaths.h"

#include <QStringList>

namespace paperboy::ask {

// What a question about one paper can be answered from: its digest text and, when its PDF is
// kept, that PDF's text page by page.
struct PaperContext
{
    QString id; // normalised arXiv id
    QString title;
    QString abstract;
    QString aiSummary;
    core::Sections sections; // the Korean sections (digests, briefs, our summary)
    QStringList pages;       // the PDF's text, index 0 = page 1; empty without a PDF
};

// The context of `paper`: its text, and the kept PDF's pages (pdf::PdfFiles beside the user
// file) when there is one that poppler reads. Reads the disk: never on the GUI thread.
PaperContext loadPaperContext(const store::DataPaths& paths, const core::Paper& paper);

} // namespace paperboy::ask
