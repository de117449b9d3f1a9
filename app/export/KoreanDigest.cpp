#include "export/KoreanDigest.h"

#include "core/Digest.h"
#include "export/DigestMarkdown.h"
#include "export/DigestTitle.h"

namespace paperboy::exporting {
namespace {

// The name the other summary sources use for un-keyed bullets (parse::plainSummaryName()).
QString plainSummaryName()
{
    return QStringLiteral("Summary");
}

core::Sections sectionsOf(const core::Paper& paper, const QString& source)
{
    core::Sections sections;
    for (const core::Section& section : paper.sections) {
        if (section.source == source)
            sections.append(section);
    }
    return sections;
}

void appendParagraph(QString& out, const QString& text)
{
    if (!text.isEmpty())
        out += text + QStringLiteral("\n\n");
}

QString sectionsMarkdown(const core::Sections& sections)
{
    QStringList items;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const core::Section& section = sections.at(i);
        // The older digests' plain bullets (read as one "Summary" before any keyed section) go
        // back as they were; everything else, and anything that might not read back the same
        // way, as a keyed item, which holds any text.
        const bool plain = i == 0 && section.name == plainSummaryName() &&
                           digest::isPlainBulletList(section.markdown);
        items.append(plain ? digest::sectionText(section.markdown)
                           : digest::keyedSection(section.name, section.markdown));
    }
    return items.join(QLatin1Char('\n'));
}

QString paperMarkdown(const core::Paper& paper, const core::Sections& sections)
{
    QString out;
    const QString title = digest::oneLine(paper.title);
    // The reader skips a paper without a title; the id keeps it in the file.
    appendParagraph(out, QStringLiteral("### [") +
                             digest::escapedTitle(title.isEmpty() ? paper.id.id() : title) +
                             QStringLiteral("](") + paper.id.absUrl().toString() +
                             QLatin1Char(')'));
    // The thumbnail is only written when the cache knows it: older papers have none rendered.
    appendParagraph(out, digest::mediaLine(paper.thumbnailUrl));
    for (const QString& url : paper.mediaUrls) {
        if (url != paper.thumbnailUrl)
            appendParagraph(out, digest::mediaLine(url));
    }
    // "-" is how upstream wrote a count it did not know (the reader reads it as unknown, not 0).
    appendParagraph(out, QStringLiteral("Vote: ") +
                             (paper.votes ? QString::number(*paper.votes) : QStringLiteral("-")));
    const QString authors = digest::authorsValue(paper.authors);
    if (!authors.isEmpty())
        appendParagraph(out, QStringLiteral("Authors: ") + authors);
    appendParagraph(out, sectionsMarkdown(sections));
    return out;
}

} // namespace

QStringList koreanSourcePreference()
{
    // "summarizer" is the source name of Paperboy's own summaries (issue 20), spelled out
    // here so that this list needs nothing from the code that writes them.
    // The Korean briefs' fields (Purpose, Method, Conclusion, Summary, Pitch, Keywords) are
    // written under their own names rather than mapped onto the seed's three: they answer other
    // questions (Purpose is not "What's New", Conclusion is not "Performance Highlights"),
    // their names say so to whoever reads the file, and the file imported again gives back
    // what the source wrote.
    return {core::koreanDigestSource(), QStringLiteral("summarizer"), core::koreanAutoflowSource()};
}

KoreanText koreanText(const core::Paper& paper)
{
    for (const QString& source : koreanSourcePreference()) {
        if (core::Sections sections = sectionsOf(paper, source); !sections.isEmpty())
            return {source, std::move(sections)};
    }
    // Any other source that wrote sections (a user's own digest source), in the paper's order.
    for (const core::Section& section : paper.sections) {
        if (section.source != core::huggingFaceSource())
            return {section.source, sectionsOf(paper, section.source)};
    }
    return {};
}

KoreanDigest koreanDigest(QDate day, const core::Papers& papers)
{
    KoreanDigest result;
    QString out =
        QStringLiteral("## Daily Papers (") + day.toString(Qt::ISODate) + QStringLiteral(")\n\n");
    for (const core::Paper& paper : papers) {
        const KoreanText text = koreanText(paper);
        ++result.papers;
        if (text.sections.isEmpty())
            ++result.withoutKorean;
        else
            ++result.papersBySource[text.source];
        out += paperMarkdown(paper, text.sections);
    }
    // Every part ends with a blank line, the last one too, as upstream's files do.
    result.markdown = out.toUtf8();
    return result;
}

} // namespace paperboy::exporting
