#include "parse/Headings.h"

#include "parse/MediaLinks.h"

#include <QRegularExpression>

namespace paperboy::parse {
namespace {

// The heading text without the ATX markers: leading "#"s and an optional closing sequence.
QStringView headingText(QStringView line, int level)
{
    line = line.trimmed();
    const QString marker(level, QLatin1Char('#'));
    if (!line.startsWith(marker) || line.size() <= level || !line.at(level).isSpace())
        return {};
    QStringView text = line.mid(level).trimmed();
    // A closing "###" only counts when preceded by a space (CommonMark).
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char('#'))
        --end;
    if (end < text.size() && (end == 0 || text.at(end - 1).isSpace()))
        text = text.first(end).trimmed();
    return text;
}

bool isAsciiPunctuation(QChar c)
{
    return QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

QString unescapeMarkdownPunctuation(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() &&
            isAsciiPunctuation(text.at(i + 1)))
            ++i;
        out.append(text.at(i));
    }
    return out;
}

} // namespace

std::optional<DigestHeader> parseDigestHeader(QStringView line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^Daily Papers\\s*\\(\\s*([^()]*?)\\s*\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView text = headingText(line, 2);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    DigestHeader header;
    header.dateText = match.captured(1);
    header.date = QDate::fromString(header.dateText, Qt::ISODate);
    return header;
}

std::optional<PaperHeading> parsePaperHeading(QStringView line)
{
    const QStringView text = headingText(line, 3);
    if (!text.startsWith(QLatin1Char('[')) || !text.endsWith(QLatin1Char(')')))
        return std::nullopt;
    const qsizetype split = text.lastIndexOf(QLatin1String("]("));
    if (split < 1)
        return std::nullopt;
    PaperHeading heading;
    heading.title = unescapeMarkdownPunctuation(text.mid(1, split - 1)).trimmed();
    heading.link = linkDestination(text.mid(split + 2).chopped(1));
    return heading;
}

} // namespace paperboy::parse
