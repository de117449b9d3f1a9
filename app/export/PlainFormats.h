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
// One field as it is (quoted when it must be): for values we make, such as ids, dates, links
// and numbers, which stay what they are (a negative number stays a number).
QString csvField(const QString& text);
// One field of content text (titles, authors, abstracts). Text starting with = + - @, a tab
// or a carriage return would run as a formula in a spreadsheet (OWASP "CSV Injection"): it
// gets a leading ' inside a quoted field, which spreadsheets show as text.
QString csvTextField(const QString& text);

} // namespace paperboy::exporting
