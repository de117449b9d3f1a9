#include "parse/HfJsonReader.h"

#include "parse/AuthorList.h"
#include "parse/JsonFields.h"
#include "parse/PaperCollector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::parse {
namespace {

// Maps one element of the API array to a paper. Only paper.id and a title are required.
class HfEntryReader final
{
    Q_DECLARE_TR_FUNCTIONS(HfJsonReader)

public:
    explicit HfEntryReader(WarningSink& warnings) : m_warnings(warnings) {}

    std::optional<core::Paper> read(const QJsonValue& value, qsizetype index) const;

private:
    void skip(qsizetype index, const QString& why) const
    {
        m_warnings.warn(0, tr("entry %1 skipped: %2").arg(index).arg(why));
    }
    static QStringList authorNames(const QJsonObject& paper, const JsonFields& fields);
    static void readOptionalFields(const QJsonObject& entry, const QJsonObject& paper,
                                   const JsonFields& fields, core::Paper& out);

    WarningSink& m_warnings;
};

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
    if (out.title.isEmpty()) {
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

} // namespace

ParseResult HfJsonReader::read(const QByteArray& data, const QString& fileName, QDate date)
{
    ParseResult result;
    QJsonParseError error{};
    // Qt's parser refuses nesting deeper than 1024 with an error instead of recursing on.
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error =
            QCoreApplication::translate("HfJsonReader", "%1: invalid JSON (%2 at byte %3)")
                .arg(fileName, error.errorString())
                .arg(error.offset);
        return result;
    }
    if (!document.isArray()) {
        result.error =
            QCoreApplication::translate("HfJsonReader",
                                        "%1: not a Hugging Face daily papers list (a JSON array)")
                .arg(fileName);
        return result;
    }
    if (!date.isValid()) {
        // The response names no day; a digest without one could not be stored or shown.
        result.error =
            QCoreApplication::translate("HfJsonReader", "%1: no valid day given").arg(fileName);
        return result;
    }
    WarningSink warnings(fileName, result.warnings);
    const HfEntryReader reader(warnings);
    PaperCollector papers;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        std::optional<core::Paper> paper = reader.read(entries.at(i), i);
        if (!paper)
            continue;
        const QString id = paper->id.id();
        if (!papers.add(std::move(*paper)))
            warnings.warn(0, QCoreApplication::translate(
                                 "HfJsonReader", "entry %1: paper %2 listed again; merged into its "
                                                 "first listing")
                                 .arg(i)
                                 .arg(id));
    }
    result.digest = core::Digest{date, core::huggingFaceSource(), papers.take()};
    return result;
}

} // namespace paperboy::parse
