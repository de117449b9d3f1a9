#pragma once

#include <QByteArray>
#include <QString>

namespace paperboy::pdf {

// Where a paper's PDF is kept: <user-data folder>/pdf/<id>.pdf, beside the user's own file
// (it belongs to the user like the bookmark it came with; sync and pruning never touch it).
// An unfinished download is <id>.pdf.part until it is whole and checked.
class PdfFiles final
{
public:
    explicit PdfFiles(const QString& userFile);
    // PDFs kept elsewhere: the Read view's fetched-to-read copies live in the cache's folder.
    static PdfFiles inFolder(const QString& directory);

    QString directory() const { return m_directory; }
    QString fileFor(const QString& paperId) const;     // empty for an id unfit for a file name
    QString partFileFor(const QString& paperId) const; // likewise
    bool has(const QString& paperId) const;            // the checked file is there

    // What every PDF starts with; a body that does not is never kept.
    static bool startsLikePdf(const QByteArray& head) { return head.startsWith("%PDF-"); }

private:
    QString m_directory;
};

} // namespace paperboy::pdf
