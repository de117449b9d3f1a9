#pragma once

#include "core/Paper.h"
#include "store/user/UserRecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace paperboy::exporting {

// One paper as the export formats see it: the paper and what only a bookmark may know.
struct ExportEntry
{
    core::Paper paper;
    QString koreanTitle;
    QString primaryClass; // e.g. "cs.CL"; empty when unknown
    // The reader's highlights, by page: Markdown lists them under the paper.
    QList<store::Highlight> highlights;

    static ExportEntry fromPaper(const core::Paper& paper)
    {
        return {paper, paper.titleKo, {}, {}};
    }
    static ExportEntry fromBookmark(const store::Bookmark& bookmark);
};
using ExportEntries = QList<ExportEntry>;

enum class Format { BibTex, Ris, Markdown, Csv };

// "bibtex", "ris", "markdown" (or "md"), "csv"; nullopt for anything else.
std::optional<Format> formatFromName(const QString& name);
// The whole file in `format`, UTF-8 text.
QString write(Format format, const ExportEntries& entries);

// The year and month arXiv gave the id (2311.10122 -> 2023, 11; hep-th/9901001 -> 1999, 1).
struct IdMonth
{
    int year = 0;
    int month = 0;
};
std::optional<IdMonth> idMonth(const core::ArxivId& id);

} // namespace paperboy::exporting
