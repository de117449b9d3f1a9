#pragma once

#include "export/ExportEntry.h"

namespace paperboy::exporting {

// BibTeX @misc entries the way arXiv's own export writes them (eprint, archivePrefix,
// primaryClass), keyed "arXiv:<id>", with every TeX special of the text escaped so that
// titles like "{Fast} 100% $O(n)$ & more_ok" keep balanced braces and compile.
QString bibTex(const ExportEntries& entries);
QString bibTexEntry(const ExportEntry& entry);
// The escaped form of `text` for a brace-delimited BibTeX field.
QString bibTexEscaped(const QString& text);

} // namespace paperboy::exporting
