#include "parse/HfEntryReader.h"

#include "parse/AuthorList.h"

#include <QJsonArray>
#include <QJsonObject>

namespace paperboy::parse {

std::optional<core::Paper> HfEntryReader::read(const QJsonValue& value, qsizetype index) const
{
    const QJsonObject entry = value.toObject();
    const QJsonObject paper = entry.value(QLatin1String("paper")).toObject();
    if (paper.isEmpty()) {
        skip(index, tr("no \"paper\" object"));
        return std::nullopt;
    }
    const QJsonValue idValue = paper.value(QLatin1String("id"));
    const std::optional<core::ArxivId> id =
        idValue.isString() ? core::ArxivId::parse(idValue.toString()) : std::nullopt;
    if (!id) {
        skip(index, idValue.isUndefined() ? tr("no paper.id") : tr("paper.id is not an arXiv id"));
        return std::nullopt;
    }
    const JsonFields fields(m_warnings, tr("entry %1 (%2)").arg(index).arg(id->id()));
    core::Paper out;
    out.id = *id;
    // API titles keep arXiv's hard line wraps ("with\n  Vision Experts").
    out.title = fields.string(paper, QStringLiteral("paper.title")).simplified();
    if (out.title.isEmpty())
        out.title = fields.string(entry, QStringLiteral("title")).simplified();
    if (out.title.isEmpty() && m_title == Title::Required) {
        skip(index, tr("paper %1 has no title").arg(id->id()));
        return std::nullopt;
    }
    readOptionalFields(entry, paper, fields, out);
    return out;
}

QStringList HfEntryReader::authorNames(const QJsonObject& paper, const JsonFields& fields)
{
    QStringList names;
    const QJsonArray authors = fields.array(paper, QStringLiteral("paper.authors"));
    for (qsizetype i = 0; i < authors.size(); ++i) {
        const QJsonValue name = authors.at(i).toObject().value(QLatin1String("name"));
        if (name.isString())
            names.append(name.toString()); // hidden authors are authors too
        else
            fields.report(QStringLiteral("paper.authors[%1]").arg(i), tr("has no name; ignored"));
    }
    return uniqueNames(names);
}

void HfEntryReader::readOptionalFields(const QJsonObject& entry, const QJsonObject& paper,
                                       const JsonFields& fields, core::Paper& out)
{
    out.abstract = fields.string(paper, QStringLiteral("paper.summary"));
    if (out.abstract.isEmpty())
        out.abstract = fields.string(entry, QStringLiteral("summary"));
    out.authors = authorNames(paper, fields);
    out.votes = fields.integer(paper, QStringLiteral("paper.upvotes"));
    out.thumbnailUrl = fields.webUrl(entry, QStringLiteral("thumbnail"));
    out.mediaUrls = fields.webUrls(entry, QStringLiteral("mediaUrls"));
    for (const QString& url : fields.webUrls(paper, QStringLiteral("paper.mediaUrls"))) {
        if (!out.mediaUrls.contains(url))
            out.mediaUrls.append(url);
    }
    out.aiSummary = fields.string(paper, QStringLiteral("paper.ai_summary"));
    out.keywords = uniqueNames(fields.strings(paper, QStringLiteral("paper.ai_keywords")));
    out.githubRepo = fields.webUrl(paper, QStringLiteral("paper.githubRepo"));
    out.githubStars = fields.integer(paper, QStringLiteral("paper.githubStars"));
    out.projectPage = fields.webUrl(paper, QStringLiteral("paper.projectPage"));
    out.organization = fields.displayName(paper, QStringLiteral("paper.organization"));
    if (out.organization.isEmpty())
        out.organization = fields.displayName(entry, QStringLiteral("organization"));
    out.numComments = fields.integer(entry, QStringLiteral("numComments"));
    out.submittedBy = fields.displayName(entry, QStringLiteral("submittedBy"));
    out.listedAt = fields.dateTime(entry, QStringLiteral("publishedAt"));
    out.publishedAt = fields.dateTime(paper, QStringLiteral("paper.publishedAt"));
}

} // namespace paperboy::parse
