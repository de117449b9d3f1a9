#include "export/ExportEntry.h"

#include "export/BibTex.h"
#include "export/PlainFormats.h"

#include <QRegularExpression>

namespace paperboy::exporting {

ExportEntry ExportEntry::fromBookmark(const store::Bookmark& bookmark)
{
    return {bookmark.toPaper(), bookmark.koreanTitle, bookmark.primaryClass, {}};
}

std::optional<Format> formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("bibtex"))
        return Format::BibTex;
    if (lower == QLatin1String("ris"))
        return Format::Ris;
    if (lower == QLatin1String("markdown") || lower == QLatin1String("md"))
        return Format::Markdown;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString write(Format format, const ExportEntries& entries)
{
    switch (format) {
    case Format::BibTex:
        return bibTex(entries);
    case Format::Ris:
        return ris(entries);
    case Format::Markdown:
        return markdown(entries);
    case Format::Csv:
        return csv(entries);
    }
    return {};
}

std::optional<IdMonth> idMonth(const core::ArxivId& id)
{
    // New style YYMM.NNNNN; old style archive/YYMMNNN. Old ids began in 1991.
    static const QRegularExpression pattern(QStringLiteral("^(?:[^/]+/)?(\\d{2})(\\d{2})"));
    const auto match = pattern.match(id.id());
    if (!match.hasMatch())
        return std::nullopt;
    const int yy = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    const int year = id.isOldStyle() && yy >= 91 ? 1900 + yy : 2000 + yy;
    return IdMonth{year, month};
}

} // namespace paperboy::exporting
