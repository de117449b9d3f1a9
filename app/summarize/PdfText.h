#pragma once

#include <QString>

namespace paperboy::summarize {

// The text of a PDF file (poppler), page after page in reading order, with runs of blank
// space folded and words split at a line end joined again. Stops after `maxCharacters` (the
// prompt keeps only the start anyway). Empty with `error` set when the file cannot be read.
QString extractPdfText(const QString& file, qsizetype maxCharacters, QString* error);

} // namespace paperboy::summarize
