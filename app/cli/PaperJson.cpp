#include "cli/PaperJson.h"

#include <QJsonArray>

namespace paperboy::cli {
namespace {

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue intOrNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject links(const core::Paper& paper)
{
    QJsonObject links{
        {QStringLiteral("abs"), paper.id.absUrl().toString()},
        {QStringLiteral("pdf"), paper.id.pdfUrl().toString()},
        {QStringLiteral("hf"), paper.id.huggingFaceUrl().toString()},
    };
    if (!paper.githubRepo.isEmpty())
        links.insert(QStringLiteral("github"), paper.githubRepo);
    if (!paper.projectPage.isEmpty())
        links.insert(QStringLiteral("project"), paper.projectPage);
    return links;
}

} // namespace

QJsonObject paperToJson(const core::Paper& paper)
{
    QJsonArray sections;
    for (const core::Section& section : paper.sections)
        sections.append(QJsonObject{{QStringLiteral("name"), section.name},
                                    {QStringLiteral("markdown"), section.markdown},
                                    {QStringLiteral("source"), stringOrNull(section.source)}});
    // The model that wrote the summarizer's sections, and when; null without a summary.
    const QJsonValue summary =
        paper.summaryModel.isEmpty()
            ? QJsonValue()
            : QJsonObject{{QStringLiteral("model"), paper.summaryModel},
                          {QStringLiteral("date"), paper.summarizedAt.toString(Qt::ISODate)}};
    return QJsonObject{
        {QStringLiteral("id"), paper.id.id()},
        {QStringLiteral("title"), paper.title},
        {QStringLiteral("title_ko"), stringOrNull(paper.titleKo)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(paper.authors)},
        {QStringLiteral("votes"), intOrNull(paper.votes)},
        {QStringLiteral("date"), paper.date.toString(Qt::ISODate)},
        {QStringLiteral("thumbnail"), stringOrNull(paper.thumbnailUrl)},
        {QStringLiteral("media"), QJsonArray::fromStringList(paper.mediaUrls)},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("abstract"), stringOrNull(paper.abstract)},
        {QStringLiteral("ai_summary"), stringOrNull(paper.aiSummary)},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(paper.keywords)},
        {QStringLiteral("links"), links(paper)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(paper.sources)},
        {QStringLiteral("summary"), summary},
    };
}

QJsonObject hitToJson(const search::SearchHit& hit)
{
    QJsonObject object{{QStringLiteral("id"), hit.id},
                       {QStringLiteral("date"), hit.date.toString(Qt::ISODate)},
                       {QStringLiteral("title"), hit.title},
                       {QStringLiteral("votes"), intOrNull(hit.votes)},
                       {QStringLiteral("snippet"), hit.snippet.text}};
    // Where the snippet matched, as [start, length] in UTF-16 code units of "snippet" (the
    // units of JavaScript strings): a consumer adds its own markup, the text stays text.
    QJsonArray highlights;
    for (const search::Snippet::Range& range : hit.snippet.highlights)
        highlights.append(QJsonArray{qint64(range.start), qint64(range.length)});
    object.insert(QStringLiteral("highlights"), highlights);
    return object;
}

} // namespace paperboy::cli
