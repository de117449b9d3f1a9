#pragma once

#include "core/Paper.h"

#include <QList>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QUrl>

class QTextDocument;
class QTextDocumentFragment;

namespace paperboy::ui {

struct PaperLink
{
    QString label;
    QUrl url;
};

// Builds the detail pane's document for one paper. Every string from the cache is untrusted:
// titles, names and plain fields go in as plain text through QTextCursor; digest sections are
// markdown rendered without HTML, so "<script>" stays visible text and never becomes markup.
class DetailDocument final
{
public:
    DetailDocument(QTextDocument& document, const QPalette& palette);

    // Clears the document and fills it; `thumbnailName` names the image resource of the
    // thumbnail slot (the caller puts the image on the document's whitelist).
    void build(const core::Paper& paper, const QUrl& thumbnailName, QSize thumbnailSize);
    // Clears the document and shows one centred line of plain text.
    void buildMessage(const QString& message);

    // The links that exist for the paper, in display order; only web links are listed.
    static QList<PaperLink> linksFor(const core::Paper& paper);
    // A section's markdown as a fragment, HTML disabled and images turned into links.
    static QTextDocumentFragment markdownFragment(const QString& markdown);

private:
    QTextDocument& m_document;
    QPalette m_palette;
};

} // namespace paperboy::ui
