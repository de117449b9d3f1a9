#pragma once

#include "export/ExportEntry.h"

namespace paperboy::exporting {

// RIS (for Zotero, Mendeley): one "TY  - UNPB" record per paper, every value on one line.
QString ris(const ExportEntries& entries);
// A Markdown list, one linked item per paper; the text is backslash-escaped so that a title
// never turns into markup.
QString markdown(const ExportEntries& entries);
// RFC 4180 CSV with a header row: CRLF line ends, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled.
QString csv(const ExportEntries& entries);
QString csvField(const QString& text);

} // namespace paperboy::exporting
