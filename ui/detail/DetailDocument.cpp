#include "ui/detail/DetailDocument.h"

#include "core/Digest.h"
#include "core/MediaKind.h"
#include "parse/TexText.h"

#include "ui/common/LinkOpener.h"
#include "ui/detail/ReadableMath.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/style/BidiText.h"
#include "ui/style/DateText.h"
#include "ui/style/PlainToolTip.h"

#include <QCoreApplication>
#include <QHash>
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
                         .arg(model, compactDate(paper.summarizedAt.toLocalTime().date()))
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

// TeX text (an abstract, an AI summary) as styled runs: escapes become characters, \textbf and
// \emph bold and italic, simple math readable Unicode (ReadableMath.h).
void insertTex(QTextCursor& cursor, const QList<parse::TexSpan>& spans,
               const QTextCharFormat& plain)
{
    for (const parse::TexSpan& span : spans) {
        QTextCharFormat format = plain;
        if (span.bold)
            format.setFontWeight(QFont::Bold);
        if (span.italic)
            format.setFontItalic(true);
        cursor.insertText(span.math ? readableMath(span.text) : span.text, format);
    }
}

// The authors shown before "and N more": about three lines of names, never fewer than three.
qsizetype shownAuthorCount(const QStringList& authors)
{
    constexpr qsizetype lineBudget = 240;
    constexpr qsizetype atLeast = 3;
    qsizetype length = 0;
    qsizetype count = 0;
    for (; count < authors.size(); ++count) {
        length += authors.at(count).size() + 2;
        if (count >= atLeast && length > lineBudget)
            break;
    }
    // "and 1 more" would take the room of the name itself.
    return authors.size() - count <= 1 ? authors.size() : count;
}

} // namespace

const QUrl& DetailDocument::allAuthorsUrl()
{
    static const QUrl url(QStringLiteral("paperboy-detail:all-authors"));
    return url;
}

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
    // Each kind by its name; a name that repeats is numbered ("Video 1", "Video 2").
    QList<PaperLink> media;
    QStringList kinds;
    for (const QString& text : paper.mediaUrls) {
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty() || !LinkOpener::isAllowed(url))
            continue;
        media.append({core::isVideoUrl(text)   ? tr("Video")
                      : core::isImageUrl(text) ? tr("Image")
                                               : tr("Media"),
                      url});
        kinds.append(media.constLast().label);
    }
    QHash<QString, int> seen;
    for (PaperLink& link : media) {
        if (kinds.count(link.label) > 1)
            link.label = tr("%1 %2").arg(link.label).arg(++seen[link.label]);
        links.append(link);
    }
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
    const bool hasHuggingFaceText =
        !paper.abstract.isEmpty() || !paper.aiSummary.isEmpty() || !paper.keywords.isEmpty();
    // Beside a digest's sections, Hugging Face's texts are a source of their own: each group
    // under its source's name, so that two "Keywords" never follow each other unexplained.
    const bool bySource =
        headSources(paper.sections) || (!paper.sections.isEmpty() && hasHuggingFaceText);
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
    // Hugging Face's texts are TeX (arXiv's abstract, and the AI summary written from it):
    // escapes become characters, \textbf or \emph styles, simple math Unicode; the text
    // itself still goes in as plain text.
    const auto texPart = [heading, plain](const QString& title, const QString& tex) {
        const QList<parse::TexSpan> spans = parse::texSpans(tex.simplified());
        return [heading, plain, title, spans](QTextCursor& cursor) {
            heading(cursor, title);
            insertTex(cursor, spans, plain);
        };
    };
    QList<std::function<void(QTextCursor&)>> huggingFace;
    if (!paper.abstract.isEmpty())
        huggingFace.append(texPart(tr("Abstract"), paper.abstract));
    if (!paper.aiSummary.isEmpty())
        huggingFace.append(texPart(tr("AI summary"), paper.aiSummary));
    if (!paper.keywords.isEmpty())
        huggingFace.append(plainPart(tr("Keywords"), paper.keywords.join(QStringLiteral(", "))));
    if (bySource && !huggingFace.isEmpty()) {
        const QString name = sourceHeading(core::huggingFaceSource(), paper);
        huggingFace.first() = [sourceTitle, name,
                               first = huggingFace.first()](QTextCursor& cursor) {
            sourceTitle(cursor, name);
            first(cursor);
        };
    }
    m_parts.append(huggingFace);
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
        // Hundreds of names would push the paper itself off the pane: a few lines of them,
        // then a link that shows the rest.
        const qsizetype shown =
            m_allAuthors ? paper.authors.size() : shownAuthorCount(paper.authors);
        cursor.insertText(joinIsolated(paper.authors.mid(0, shown), QStringLiteral(", ")), plain);
        if (shown < paper.authors.size()) {
            cursor.insertText(QStringLiteral(", "), plain);
            QTextCharFormat more;
            more.setAnchor(true);
            more.setAnchorHref(allAuthorsUrl().toString());
            more.setForeground(m_palette.color(QPalette::Link));
            more.setFontUnderline(true);
            more.setToolTip(
                plainToolTip(tr("Show all %n author(s)", nullptr, int(paper.authors.size()))));
            cursor.insertText(tr("and %n more", nullptr, int(paper.authors.size() - shown)), more);
        }
    }

    QStringList meta;
    if (paper.votes)
        meta.append(tr("%n vote(s)", nullptr, *paper.votes));
    if (paper.date.isValid())
        meta.append(longDate(paper.date));
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
