#pragma once

#include "core/Paper.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>
#include <limits>

class QTextCursor;
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
    Q_DECLARE_TR_FUNCTIONS(paperboy::ui::DetailDocument)

public:
    DetailDocument(QTextDocument& document, const QPalette& palette);

    // Clears the document and fills it; `thumbnailName` names the image resource of the
    // thumbnail slot (the caller puts the image on the document's whitelist). Given the height a
    // view shows of the document (one that lays it out as it is filled), it stops adding parts
    // (sections, abstract ...) once the text reaches below that height and leaves the rest for
    // appendRest(): laying out text nobody sees yet is most of what a paper costs.
    void build(const core::Paper& paper, const QUrl& thumbnailName, QSize thumbnailSize,
               qreal visibleHeight = std::numeric_limits<qreal>::infinity());
    // Every author, not the first lines of them with "and N more" (a link to allAuthorsUrl()).
    void setAllAuthors(bool all) { m_allAuthors = all; }
    static const QUrl& allAuthorsUrl();
    // Whether build() left parts out.
    bool hasRest() const { return m_nextPart < m_parts.size(); }
    // Adds the parts build() left out.
    void appendRest();
    // Clears the document and shows one centred line of plain text.
    void buildMessage(const QString& message);

    // The links that exist for the paper, in display order; only web links are listed.
    static QList<PaperLink> linksFor(const core::Paper& paper);
    // The paper's first video that may be opened, or empty.
    static QUrl videoUrlOf(const core::Paper& paper);
    // A section's markdown as a fragment, HTML disabled and images turned into links.
    static QTextDocumentFragment markdownFragment(const QString& markdown);

private:
    // Adds m_parts[m_nextPart] at the end, in an edit block of its own.
    void appendPart();

    QTextDocument& m_document;
    QPalette m_palette;
    // What follows the header, in order; each adds itself at the cursor.
    QList<std::function<void(QTextCursor&)>> m_parts;
    qsizetype m_nextPart = 0;
    bool m_allAuthors = false;
};

} // namespace paperboy::ui
