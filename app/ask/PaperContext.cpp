#include "ask/PaperContext.h"

#include "pdf/PdfFiles.h"
#include "summarize/PdfText.h"

namespace paperboy::ask {

PaperContext loadPaperContext(const store::DataPaths& paths, const core::Paper& paper)
{
    PaperContext context;
    context.id = paper.id.id();
    context.title = paper.title;
    context.abstract = paper.abstract;
    context.aiSummary = paper.aiSummary;
    context.sections = paper.sections;
    const pdf::PdfFiles files(paths.userFile);
    if (files.has(context.id)) {
        QString ignored; // an unreadable PDF is as good as none: the answer says so
        context.pages = summarize::extractPdfPages(files.fileFor(context.id), &ignored);
        bool anyText = false;
        for (const QString& page : std::as_const(context.pages))
            anyText = anyText || !page.trimmed().isEmpty();
        if (!anyText)
            context.pages.clear(); // a scanned PDF without a text layer
    }
    return context;
}

} // namespace paperboy::ask
