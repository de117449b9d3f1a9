#include "parse/PaperMetaLines.h"

#include "parse/AuthorList.h"
#include "parse/MediaLinks.h"

#include <QRegularExpression>

namespace paperboy::parse {

bool PaperMetaReader::apply(QStringView line, int lineNumber)
{
    static const QRegularExpression votes(QStringLiteral("^Votes?\\s*:\\s*(.*?)\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authors(QStringLiteral("^Authors?\\s*:\\s*(.*?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    line = line.trimmed();
    if (line.isEmpty())
        return false;
    // Cheap first-letter dispatch: most lines are summary text and need no regex at all.
    const char16_t first = line.front().toLower().unicode();
    if (first != u'v' && first != u'a')
        return applyMedia(line, lineNumber);
    if (const QRegularExpressionMatch m = votes.match(line); m.hasMatch()) {
        applyVotes(m.capturedView(1), lineNumber);
        return true;
    }
    if (const QRegularExpressionMatch m = authors.match(line); m.hasMatch()) {
        applyAuthors(m.capturedView(1), lineNumber);
        return true;
    }
    return applyMedia(line, lineNumber);
}

bool PaperMetaReader::applyMedia(QStringView line, int lineNumber)
{
    const std::optional<MediaLine> media = readMediaLine(line);
    if (!media)
        return false;
    for (const QString& raw : media->rawUrls)
        addMediaUrl(raw, media->syntax == MediaSyntax::Image, lineNumber);
    return true;
}

void PaperMetaReader::addMediaUrl(QStringView raw, bool mayBeThumbnail, int lineNumber)
{
    const std::optional<QString> url = acceptWebUrl(raw);
    if (!url) {
        m_warnings.warn(lineNumber,
                        tr("media link \"%1\" is not an http(s) URL; ignored").arg(raw.toString()));
        return;
    }
    if (mayBeThumbnail && isPaperThumbnail(*url)) {
        // A thumbnail rendered for another paper is kept as an image, not shown as this one's.
        const bool ownThumbnail =
            url->endsWith(QLatin1Char('/') + m_paper.id.id() + QStringLiteral(".png"));
        if (ownThumbnail && m_paper.thumbnailUrl.isEmpty()) {
            m_paper.thumbnailUrl = *url;
            return;
        }
        if (!ownThumbnail)
            m_warnings.warn(lineNumber, tr("thumbnail of another paper kept as an image"));
    }
    // A video is written twice (a link and an HTML player); it is kept once.
    if (*url != m_paper.thumbnailUrl && !m_paper.mediaUrls.contains(*url))
        m_paper.mediaUrls.append(*url);
}

void PaperMetaReader::applyVotes(QStringView value, int lineNumber)
{
    if (m_sawVotes) {
        m_warnings.warn(lineNumber, tr("second Vote line ignored"));
        return;
    }
    m_sawVotes = true;
    // "-" means the digest did not know the count: unknown, not zero.
    if (value.isEmpty() || value == QLatin1String("-"))
        return;
    bool ok = false;
    const int count = value.toInt(&ok);
    if (ok && count >= 0 && !value.startsWith(QLatin1Char('+')))
        m_paper.votes = count;
    else
        m_warnings.warn(
            lineNumber,
            tr("vote count \"%1\" is not a number; left unknown").arg(value.toString()));
}

void PaperMetaReader::applyAuthors(QStringView value, int lineNumber)
{
    const AuthorList list = parseAuthorList(value);
    if (!list.wellFormed)
        m_warnings.warn(lineNumber,
                        tr("author list has unbalanced quotes; read as far as possible"));
    if (m_sawAuthors)
        m_warnings.warn(lineNumber, tr("second Authors line; its new names are added"));
    m_sawAuthors = true;
    m_paper.authors = uniqueNames(m_paper.authors + list.names);
}

} // namespace paperboy::parse
