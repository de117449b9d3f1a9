#pragma once

#include <QString>
#include <QStringList>

namespace paperboy::summarize {

// The text of a PDF file (poppler), page after page in reading order, with runs of blank
// space folded and words split at a line end joined again. Stops after `maxCharacters` (the
// prompt keeps only the start anyway). Empty with `error` set when the file cannot be read.
QString extractPdfText(const QString& file, qsizetype maxCharacters, QString* error);
// The same text page by page (index 0 is page 1), each tidied alike, for answers that cite
// pages. Empty with `error` set when the file cannot be read.
QStringList extractPdfPages(const QString& file, QString* error);

} // namespace paperboy::summarize
