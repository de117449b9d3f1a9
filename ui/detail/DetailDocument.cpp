#include "ui/detail/DetailDocument.h"

#include "core/Digest.h"
#include "core/MediaKind.h"
#include "parse/TexText.h"

#include "ui/common/LinkOpener.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/style/BidiText.h"
#include "ui/style/PlainToolTip.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <cmath>

namespace paperboy::ui {
namespace {

QTextCharFormat scaledFormat(const QTextDocument& document, qreal scale, bool bold)
{
    QTextCharFormat format;
    const qreal base = document.defaultFont().pointSizeF();
    format.setFontPointSize((base > 0 ? base : 10.0) * scale);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat spacedBlock(qreal top, qreal bottom)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

// Replaces each inline image (which would be fetched to be shown) by a plain link to it.
void replaceImagesWithLinks(QTextDocument& document)
{
    struct Image
    {
        int position;
        int length;
        QString source;
    };
    QList<Image> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(),
                               fragment.charFormat().toImageFormat().name()});
        }
    }
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(it->source);
        link.setFontUnderline(true);
        cursor.insertText(DetailDocument::tr("[image]"), link);
    }
}

// The document is laid out when the edit block ends. A block's layout normally drops its
// shaped glyphs once the lines are broken, and painting then shapes every visible line again
// (HarfBuzz over Hangul is most of a paper's cost); kept, they cost little memory for one
// paper and painting reuses them.
void keepShapedText(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

// The heading over a source's sections: who wrote them, in the reader's words. A summary of
// ours names the model that wrote it, and when.
QString sourceHeading(const QString& source, const core::Paper& paper)
{
    if (source == core::summarizerSource()) {
        const QString model = paper.summaryModel.isEmpty() ? DetailDocument::tr("a language model")
                                                           : paper.summaryModel;
        return paper.summarizedAt.isValid()
                   ? DetailDocument::tr("Korean summary by %1 (%2)")
                         .arg(model, paper.summarizedAt.toLocalTime().date().toString(Qt::ISODate))
                   : DetailDocument::tr("Korean summary by %1").arg(model);
    }
    if (source == core::koreanAutoflowSource())
        return DetailDocument::tr("Korean brief (hf-daily-paper-korean-autoflow)");
    if (source == core::koreanDigestSource())
        return DetailDocument::tr("Korean digest (daily_papers_ko)");
    if (source == core::huggingFaceSource())
        return DetailDocument::tr("Hugging Face");
    return source;
}

// Whether the sections need a heading per source: when they come from more than one, or from
// the Korean briefs (whose brief is a different kind of text than a digest summary).
bool headSources(const core::Sections& sections)
{
    QStringList sources;
    for (const core::Section& section : sections) {
        if (!sources.contains(section.source))
            sources.append(section.source);
    }
    return sources.size() > 1 || sources.contains(core::koreanAutoflowSource()) ||
           sources.contains(core::summarizerSource());
}

} // namespace

DetailDocument::DetailDocument(QTextDocument& document, const QPalette& palette)
    : m_document(document), m_palette(palette)
{}

QList<PaperLink> DetailDocument::linksFor(const core::Paper& paper)
{
    QList<PaperLink> links;
    if (paper.id.isValid()) {
        links.append({tr("arXiv"), paper.id.absUrl()});
        links.append({tr("PDF"), paper.id.pdfUrl()});
        if (!paper.id.isOldStyle())
            links.append({tr("Hugging Face"), paper.id.huggingFaceUrl()});
    }
    const auto addIfWeb = [&links](const QString& label, const QString& text) {
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && LinkOpener::isAllowed(url))
            links.append({label, url});
    };
    addIfWeb(tr("GitHub"), paper.githubRepo);
    addIfWeb(tr("Project page"), paper.projectPage);
    for (const QString& media : paper.mediaUrls)
        addIfWeb(core::isVideoUrl(media) ? tr("Video") : tr("Media"), media);
    return links;
}

QUrl DetailDocument::videoUrlOf(const core::Paper& paper)
{
    for (const QString& media : paper.mediaUrls) {
        const QUrl url(media, QUrl::StrictMode);
        if (core::isVideoUrl(media) && LinkOpener::isAllowed(url))
            return url;
    }
    return {};
}

QTextDocumentFragment DetailDocument::markdownFragment(const QString& markdown)
{
    SafeTextDocument scratch;
    scratch.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    replaceImagesWithLinks(scratch);
    return QTextDocumentFragment(&scratch);
}

void DetailDocument::buildMessage(const QString& message)
{
    m_document.clear();
    QTextCursor cursor(&m_document);
    QTextBlockFormat centred = spacedBlock(24, 0);
    centred.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(centred);
    QTextCharFormat text;
    text.setForeground(m_palette.color(QPalette::PlaceholderText));
    cursor.insertText(message, text);
}

void DetailDocument::build(const core::Paper& paper, const QUrl& thumbnailName, QSize thumbnailSize,
                           qreal visibleHeight)
{
    m_document.clear();
    m_parts.clear();
    m_nextPart = 0;
    const QTextCharFormat plain;
    QTextCharFormat secondary;
    secondary.setForeground(m_palette.color(QPalette::PlaceholderText));

    const auto heading = [this, plain](QTextCursor& cursor, const QString& text) {
        cursor.insertBlock(spacedBlock(14, 4), plain);
        cursor.insertText(text, scaledFormat(m_document, 1.15, true));
        cursor.insertBlock(spacedBlock(0, 0), plain);
    };
    const auto sourceTitle = [this, plain](QTextCursor& cursor, const QString& text) {
        cursor.insertBlock(spacedBlock(20, 2), plain);
        QTextCharFormat format = scaledFormat(m_document, 1.3, true);
        format.setForeground(m_palette.color(QPalette::Link));
        cursor.insertText(text, format);
        cursor.insertBlock(spacedBlock(0, 0), plain);
    };
    const bool bySource = headSources(paper.sections);
    QString lastSource;
    for (qsizetype i = 0; i < paper.sections.size(); ++i) {
        const core::Section& section = paper.sections.at(i);
        const bool newSource = bySource && (i == 0 || section.source != lastSource);
        lastSource = section.source;
        const QString sourceName = newSource ? sourceHeading(section.source, paper) : QString();
        m_parts.append([heading, sourceTitle, section, sourceName](QTextCursor& cursor) {
            if (!sourceName.isEmpty())
                sourceTitle(cursor, sourceName);
            heading(cursor, section.name.isEmpty() ? tr("Summary") : section.name);
            cursor.insertFragment(markdownFragment(section.markdown));
        });
    }
    const auto plainPart = [heading, plain](const QString& title, const QString& text) {
        return [heading, plain, title, text](QTextCursor& cursor) {
            heading(cursor, title);
            cursor.insertText(text, plain);
        };
    };
    if (!paper.abstract.isEmpty()) {
        // arXiv abstracts are TeX: escapes become characters and \textbf or \emph styles; the
        // text itself still goes in as plain text.
        const QList<parse::TexSpan> spans = parse::texSpans(paper.abstract.simplified());
        m_parts.append([heading, plain, spans](QTextCursor& cursor) {
            heading(cursor, tr("Abstract"));
            for (const parse::TexSpan& span : spans) {
                QTextCharFormat format = plain;
                if (span.bold)
                    format.setFontWeight(QFont::Bold);
                if (span.italic)
                    format.setFontItalic(true);
                cursor.insertText(span.text, format);
            }
        });
    }
    if (!paper.aiSummary.isEmpty())
        m_parts.append(plainPart(tr("AI summary"), paper.aiSummary.simplified()));
    if (!paper.keywords.isEmpty())
        m_parts.append(plainPart(tr("Keywords"), paper.keywords.join(QStringLiteral(", "))));
    if (paper.sections.isEmpty() && paper.abstract.isEmpty() && paper.aiSummary.isEmpty()) {
        m_parts.append([secondary](QTextCursor& cursor) {
            cursor.insertBlock(spacedBlock(14, 0), secondary);
            cursor.insertText(tr("No summary in the cache for this paper."), secondary);
        });
    }

    QTextCursor cursor(&m_document);
    // One edit block for the header, and for everything when all of it is wanted at once: the
    // view lays the document out once per block, not after every insertion.
    cursor.beginEditBlock();
    cursor.setBlockFormat(spacedBlock(0, 6));
    cursor.insertText(paper.title, scaledFormat(m_document, 1.5, true));
    if (!paper.titleKo.isEmpty()) {
        // Plain text like the English title above it, one size smaller.
        cursor.insertBlock(spacedBlock(0, 6), plain);
        cursor.insertText(paper.titleKo, scaledFormat(m_document, 1.3, false));
    }

    if (!paper.authors.isEmpty()) {
        cursor.insertBlock(spacedBlock(0, 4), plain);
        cursor.insertText(joinIsolated(paper.authors, QStringLiteral(", ")), plain);
    }

    QStringList meta;
    if (paper.votes)
        meta.append(tr("%n vote(s)", nullptr, *paper.votes));
    if (paper.date.isValid())
        meta.append(QLocale().toString(paper.date, QLocale::LongFormat));
    if (paper.id.isValid())
        meta.append(QStringLiteral("arXiv:") + paper.id.withVersion());
    if (!paper.organization.isEmpty())
        meta.append(paper.organization);
    if (paper.githubStars)
        meta.append(tr("%n GitHub star(s)", nullptr, *paper.githubStars));
    cursor.insertBlock(spacedBlock(0, 8), secondary);
    cursor.insertText(meta.join(QStringLiteral("  \u00B7  ")), secondary);

    const QList<PaperLink> links = linksFor(paper);
    if (!links.isEmpty()) {
        cursor.insertBlock(spacedBlock(0, 10), plain);
        for (int i = 0; i < links.size(); ++i) {
            if (i > 0)
                cursor.insertText(QStringLiteral("   "), plain);
            QTextCharFormat link;
            link.setAnchor(true);
            link.setAnchorHref(links.at(i).url.toString(QUrl::FullyEncoded));
            link.setForeground(m_palette.color(QPalette::Link));
            link.setFontUnderline(true);
            link.setToolTip(plainToolTip(links.at(i).url.toDisplayString()));
            cursor.insertText(links.at(i).label, link);
        }
    }

    cursor.insertBlock(spacedBlock(4, 8), plain);
    QTextImageFormat thumbnail;
    thumbnail.setName(thumbnailName.toString());
    thumbnail.setWidth(thumbnailSize.width());
    thumbnail.setHeight(thumbnailSize.height());
    // A paper with a video: the slot (drawn with a play badge) opens it.
    const QUrl video = videoUrlOf(paper);
    if (!video.isEmpty()) {
        thumbnail.setAnchor(true);
        thumbnail.setAnchorHref(video.toString(QUrl::FullyEncoded));
        thumbnail.setToolTip(plainToolTip(tr("Play the video: %1").arg(video.toDisplayString())));
    }
    cursor.insertImage(thumbnail);

    const bool whole = std::isinf(visibleHeight);
    for (; whole && hasRest(); ++m_nextPart)
        m_parts.at(m_nextPart)(cursor);
    keepShapedText(m_document);
    cursor.endEditBlock();
    // Laid out as far as it goes: the parts that start within the visible height follow.
    while (hasRest() && m_document.size().height() < visibleHeight)
        appendPart();
}

void DetailDocument::appendRest()
{
    if (!hasRest())
        return;
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (; hasRest(); ++m_nextPart)
        m_parts.at(m_nextPart)(cursor);
    keepShapedText(m_document);
    cursor.endEditBlock();
}

void DetailDocument::appendPart()
{
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    m_parts.at(m_nextPart++)(cursor);
    keepShapedText(m_document);
    cursor.endEditBlock();
}

} // namespace paperboy::ui
