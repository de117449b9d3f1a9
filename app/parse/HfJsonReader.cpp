#include "parse/HfJsonReader.h"

#include "parse/HfEntryReader.h"
#include "parse/PaperCollector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::parse {

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
