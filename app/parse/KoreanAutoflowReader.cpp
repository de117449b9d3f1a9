#include "parse/KoreanAutoflowReader.h"

#include "parse/HfEntryReader.h"
#include "parse/PaperCollector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::parse {
namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("KoreanAutoflowReader", text);
}

// The Korean fields of one entry. Every one is optional and of untrusted type: what can be
// read is kept (a list where text belongs is joined, text where a list belongs is one item),
// the rest is reported and ignored.
class BriefFields final
{
public:
    BriefFields(const QJsonObject& entry, WarningSink& warnings, QString label)
        : m_entry(entry), m_warnings(warnings), m_label(std::move(label))
    {}

    QString text(const char* key) const;
    QStringList items(const char* key) const;

private:
    void report(const char* key, const QString& problem) const
    {
        m_warnings.warn(0, m_label + QStringLiteral(": ") + QLatin1String(key) + QLatin1Char(' ') +
                               problem);
    }
    // A scalar as text: strings as published, numbers and booleans written out.
    std::optional<QString> scalar(const QJsonValue& value) const;

    const QJsonObject& m_entry;
    WarningSink& m_warnings;
    QString m_label;
};

std::optional<QString> BriefFields::scalar(const QJsonValue& value) const
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

QString BriefFields::text(const char* key) const
{
    const QJsonValue value = m_entry.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        report(key, translate("is a list, not text; its items are read one a line"));
        return items(key).join(QLatin1Char('\n'));
    }
    if (const std::optional<QString> written = scalar(value)) {
        report(key, translate("is not text; read as \"%1\"").arg(*written));
        return *written;
    }
    report(key, translate("is an object, not text; ignored"));
    return {};
}

QStringList BriefFields::items(const char* key) const
{
    const QJsonValue value = m_entry.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString()) {
        if (value.toString().trimmed().isEmpty())
            return {};
        report(key, translate("is text, not a list; read as one item"));
        return {value.toString()};
    }
    if (!value.isArray()) {
        report(key, translate("is not a list; ignored"));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const std::optional<QString> written = scalar(item);
        if (!written) {
            if (!item.isNull())
                report(key, translate("item %1 is not text; ignored").arg(i));
            continue;
        }
        if (!item.isString())
            report(key, translate("item %1 is not text; read as \"%2\"").arg(i).arg(*written));
        if (!written->trimmed().isEmpty())
            result.append(*written);
    }
    return result;
}

// One bullet per item; a line break inside an item continues the bullet (indented), so that
// the list stays one item per published string.
QString bulletList(const QStringList& items)
{
    QStringList bullets;
    for (const QString& item : items) {
        QString body = item;
        body.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        bullets.append(QStringLiteral("- ") + body);
    }
    return bullets.join(QLatin1Char('\n'));
}

// Adds the brief of `entry` to `paper`: the Korean title and one section per non-empty field.
void readBrief(const QJsonObject& entry, WarningSink& warnings, const QString& label,
               core::Paper& paper)
{
    const BriefFields fields(entry, warnings, label);
    paper.titleKo = fields.text("translation_title");
    const QStringList names = KoreanAutoflowReader::briefSectionNames();
    const QString bodies[] = {
        fields.text("purpose"),          bulletList(fields.items("method")),
        fields.text("conclusion"),       fields.text("translation_summary"),
        fields.text("advertising_copy"), fields.items("keywords").join(QStringLiteral(", ")),
    };
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!bodies[i].trimmed().isEmpty())
            paper.sections.append(core::Section{names.at(i), bodies[i]});
    }
}

} // namespace

QStringList KoreanAutoflowReader::briefSectionNames()
{
    return {QStringLiteral("Purpose"), QStringLiteral("Method"), QStringLiteral("Conclusion"),
            QStringLiteral("Summary"), QStringLiteral("Pitch"),  QStringLiteral("Keywords")};
}

ParseResult KoreanAutoflowReader::read(const QByteArray& data, const QString& fileName, QDate date)
{
    ParseResult result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = translate("%1: invalid JSON (%2 at byte %3)")
                           .arg(fileName, error.errorString())
                           .arg(error.offset);
        return result;
    }
    if (!document.isArray()) {
        result.error = translate("%1: not a list of Korean briefs (a JSON array)").arg(fileName);
        return result;
    }
    if (!date.isValid()) {
        result.error = translate("%1: no valid day given").arg(fileName);
        return result;
    }
    WarningSink warnings(fileName, result.warnings);
    // The brief names the paper in Korean, so an entry without an English title is kept.
    const HfEntryReader reader(warnings, HfEntryReader::Title::Optional);
    PaperCollector papers;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        std::optional<core::Paper> paper = reader.read(entries.at(i), i);
        if (!paper)
            continue;
        const QString id = paper->id.id();
        readBrief(entries.at(i).toObject(), warnings, translate("entry %1 (%2)").arg(i).arg(id),
                  *paper);
        if (paper->title.isEmpty() && paper->titleKo.isEmpty()) {
            warnings.warn(0, translate("entry %1 skipped: paper %2 has no title").arg(i).arg(id));
            continue;
        }
        if (paper->title.isEmpty()) {
            warnings.warn(0, translate("entry %1 (%2): no English title; the Korean one is used")
                                 .arg(i)
                                 .arg(id));
            paper->title = paper->titleKo.simplified();
        }
        if (!papers.add(std::move(*paper)))
            warnings.warn(
                0, translate("entry %1: paper %2 listed again; merged into its first listing")
                       .arg(i)
                       .arg(id));
    }
    result.digest = core::Digest{date, core::koreanAutoflowSource(), papers.take()};
    return result;
}

} // namespace paperboy::parse
