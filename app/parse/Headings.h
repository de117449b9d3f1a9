#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace paperboy::parse {

// The date of a `## Daily Papers (YYYY-MM-DD)` line. `dateText` is what stood between the
// parentheses; `date` is invalid when that was not a real day.
struct DigestHeader
{
    QString dateText;
    QDate date;
};
std::optional<DigestHeader> parseDigestHeader(QStringView line);

// `### [Title](link)`. The title ends at the LAST "](" because titles contain brackets
// ("[IDK] Token", "GPT-[n]"). Markdown backslash escapes of punctuation are undone; everything
// else (HTML, LaTeX) stays literal text.
struct PaperHeading
{
    QString title;
    QString link;
};
std::optional<PaperHeading> parsePaperHeading(QStringView line);

} // namespace paperboy::parse
