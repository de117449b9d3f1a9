// paperboy://paper/{id}: a cached paper as Markdown, for MCP clients that attach resources
// rather than call tools.
#include "cli/McpTools.h"
#include "export/DigestMarkdown.h"

#include <QJsonArray>
#include <QUrl>

namespace paperboy::cli {
namespace {

const QString uriPrefix = QStringLiteral("paperboy://paper/");

QString link(const QString& label, const QString& url)
{
    return QStringLiteral("[%1](<%2>)").arg(label, url);
}

} // namespace

QString paperMarkdown(const core::Paper& paper)
{
    using exporting::digest::oneLine;
    // Titles and names are made one line, so that no text of the paper becomes a heading of
    // this document; section bodies are Markdown already and stay as they are.
    QString text = QStringLiteral("# ") + oneLine(paper.title) + QLatin1Char('\n');
    if (!paper.titleKo.isEmpty())
        text += QLatin1Char('\n') + oneLine(paper.titleKo) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += QStringLiteral("- arXiv: %1\n").arg(paper.id.id());
    if (!paper.authors.isEmpty())
        text += QStringLiteral("- Authors: ") + oneLine(paper.authors.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    text += QStringLiteral("- Date: %1\n").arg(paper.date.toString(Qt::ISODate));
    if (paper.votes)
        text += QStringLiteral("- Votes: %1\n").arg(*paper.votes);
    QStringList links{link(QStringLiteral("arXiv"), paper.id.absUrl().toString()),
                      link(QStringLiteral("PDF"), paper.id.pdfUrl().toString()),
                      link(QStringLiteral("Hugging Face"), paper.id.huggingFaceUrl().toString())};
    if (!paper.githubRepo.isEmpty())
        links.append(link(QStringLiteral("GitHub"), oneLine(paper.githubRepo)));
    if (!paper.projectPage.isEmpty())
        links.append(link(QStringLiteral("Project"), oneLine(paper.projectPage)));
    text += QStringLiteral("- Links: ") + links.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    if (!paper.keywords.isEmpty())
        text += QStringLiteral("- Keywords: ") +
                oneLine(paper.keywords.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!paper.abstract.isEmpty())
        text += QStringLiteral("\n## Abstract\n\n") + paper.abstract.trimmed() + QLatin1Char('\n');
    if (!paper.aiSummary.isEmpty())
        text +=
            QStringLiteral("\n## AI summary\n\n") + paper.aiSummary.trimmed() + QLatin1Char('\n');
    for (const core::Section& section : paper.sections)
        text += QStringLiteral("\n## ") + oneLine(section.name) + QStringLiteral("\n\n") +
                section.markdown.trimmed() + QLatin1Char('\n');
    return text;
}

void addPaperResources(mcp::ResourceRegistry& resources, LibraryReaders& library)
{
    mcp::ResourceTemplate paper;
    paper.definition = QJsonObject{
        {QStringLiteral("uriTemplate"), QString(uriPrefix + QStringLiteral("{id}"))},
        {QStringLiteral("name"), QStringLiteral("paper")},
        {QStringLiteral("title"), QStringLiteral("Cached paper")},
        {QStringLiteral("description"),
         QStringLiteral("A paper of the Paperboy library as Markdown: title, authors, date, "
                        "links, abstract, AI summary and the Korean digest sections. {id} is "
                        "an arXiv id such as 2401.12345.")},
        {QStringLiteral("mimeType"), QStringLiteral("text/markdown")}};
    paper.read = [&library](const QString& uri) -> std::optional<mcp::ResourceText> {
        const auto id = paperIdFrom(QUrl::fromPercentEncoding(uri.mid(uriPrefix.size()).toUtf8()));
        QString error;
        const store::CacheReader* cache = id ? library.cache(&error) : nullptr;
        const auto found = cache ? cache->paper(id->id()) : std::nullopt;
        if (!found)
            return std::nullopt;
        return mcp::ResourceText{QStringLiteral("text/markdown"), paperMarkdown(*found)};
    };
    // The latest day's papers: a start to browse from (the whole archive is far too many).
    paper.list = [&library] {
        QJsonArray list;
        QString error;
        const store::CacheReader* cache = library.cache(&error);
        const auto day = cache ? cache->latestDay() : std::nullopt;
        if (!day)
            return list;
        for (const store::PaperListItem& item : cache->dayList(*day))
            list.append(QJsonObject{{QStringLiteral("uri"), QString(uriPrefix + item.id)},
                                    {QStringLiteral("name"), item.id},
                                    {QStringLiteral("title"), item.title},
                                    {QStringLiteral("mimeType"), QStringLiteral("text/markdown")}});
        return list;
    };
    resources.add(std::move(paper));
}

} // namespace paperboy::cli
