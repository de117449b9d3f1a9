#include "parse/MediaLinks.h"

#include <QRegularExpression>
#include <QUrl>

namespace paperboy::parse {
namespace {

QStringList htmlSources(QStringView line)
{
    static const QRegularExpression source(
        QStringLiteral("<(?:video|source)\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    QRegularExpressionMatchIterator it = source.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        urls.append(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
    }
    return urls;
}

} // namespace

std::optional<QString> acceptWebUrl(QStringView raw)
{
    const QString text = raw.trimmed().toString();
    if (text.startsWith(QLatin1Char('/')) && !text.startsWith(QLatin1String("//")))
        return acceptWebUrl(QString(QStringLiteral("https://huggingface.co") + text));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    return url.toString(QUrl::FullyEncoded);
}

QString linkDestination(QStringView destination)
{
    destination = destination.trimmed();
    if (destination.startsWith(QLatin1Char('<'))) {
        const qsizetype close = destination.indexOf(QLatin1Char('>'));
        return (close > 0 ? destination.mid(1, close - 1) : destination.mid(1)).toString();
    }
    const qsizetype space = destination.indexOf(QLatin1Char(' '));
    return (space > 0 ? destination.first(space) : destination).toString();
}

bool isPaperThumbnail(const QString& url)
{
    return url.startsWith(
        QLatin1String("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/"));
}

std::optional<MediaLine> readMediaLine(QStringView line)
{
    // The whole destination is captured (even "javascript:alert(1)") so that a refused URL is
    // reported as such instead of passing as summary text.
    static const QRegularExpression image(QStringLiteral("^!\\[[^\\]]*\\]\\((.*)\\)$"));
    // Older digests wrote the video link without parentheses: "[Watch Video]https://...".
    static const QRegularExpression videoLink(
        QStringLiteral("^\\[Watch Video\\](?:\\((.*)\\)|\\s*(\\S+))$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wrapper(
        QStringLiteral("^(?:\\s*</?(?:div|video|source|p|br|span|center|figure)\\b[^>]*>)+$"),
        QRegularExpression::CaseInsensitiveOption);

    line = line.trimmed();
    if (line.isEmpty() || !QStringView(u"![<").contains(line.front()))
        return std::nullopt;
    if (const QRegularExpressionMatch m = image.match(line); m.hasMatch())
        return MediaLine{MediaSyntax::Image, {linkDestination(m.capturedView(1))}};
    if (const QRegularExpressionMatch m = videoLink.match(line); m.hasMatch()) {
        const QStringView url = m.capturedView(1).isNull() ? m.capturedView(2) : m.capturedView(1);
        return MediaLine{MediaSyntax::VideoLink, {linkDestination(url)}};
    }
    if (!line.startsWith(QLatin1Char('<')))
        return std::nullopt;
    if (QStringList urls = htmlSources(line); !urls.isEmpty())
        return MediaLine{MediaSyntax::VideoHtml, urls};
    if (wrapper.match(line).hasMatch())
        return MediaLine{MediaSyntax::HtmlWrapper, {}};
    return std::nullopt;
}

} // namespace paperboy::parse
