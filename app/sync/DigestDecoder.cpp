#include "sync/DigestDecoder.h"

#include "parse/HfJsonReader.h"
#include "parse/KoreanAutoflowReader.h"
#include "parse/MarkdownDigestReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

namespace paperboy::sync {
namespace {

constexpr int maxWarnings = 20;

bool looksLikeHtml(const QByteArray& body)
{
    QByteArray head = body.left(512).trimmed().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3).trimmed();
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           head.startsWith("<head") || head.startsWith("<body");
}

parse::ParseResult parseBody(SourceFormat format, const QByteArray& body, const QString& label,
                             QDate day)
{
    switch (format) {
    case SourceFormat::HfJson:
        return parse::HfJsonReader::read(body, label, day);
    case SourceFormat::KoreanAutoflow:
        return parse::KoreanAutoflowReader::read(body, label, day);
    case SourceFormat::Markdown:
        break;
    }
    return parse::MarkdownDigestReader::read(body, label, day);
}

} // namespace

QUrl sourcePageUrl(const SourceDefinition& source, QDate day, int page, int pageSize)
{
    QUrl url = source.urlFor(day);
    if (source.format != SourceFormat::HfJson)
        return url;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.removeAllQueryItems(QStringLiteral("p"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("p"), QString::number(page));
    url.setQuery(query);
    return url;
}

int jsonArrayLength(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? int(document.array().size()) : -1;
}

DecodedDigest decodeDigest(const SourceDefinition& source, QDate day, const QByteArrayList& bodies)
{
    DecodedDigest decoded;
    const QString label = source.name + QLatin1Char(' ') + day.toString(Qt::ISODate);
    for (const QByteArray& body : bodies) {
        if (looksLikeHtml(body)) {
            decoded.error =
                QCoreApplication::translate("paperboy::sync::DigestDecoder",
                                            "%1: the server sent an HTML page, not a digest")
                    .arg(label);
            return decoded;
        }
    }

    core::Digest digest{day, source.name, {}};
    QSet<QString> seen; // API pages can overlap when the list changes between requests
    for (const QByteArray& body : bodies) {
        const parse::ParseResult result = parseBody(source.format, body, label, day);
        for (const parse::Warning& warning : result.warnings) {
            if (decoded.warnings.size() < maxWarnings)
                decoded.warnings.append(warning.toString());
        }
        if (!result.ok()) {
            decoded.error = result.error;
            return decoded;
        }
        for (const core::Paper& paper : result.digest->papers) {
            if (!seen.contains(paper.id.id())) {
                seen.insert(paper.id.id());
                digest.papers.append(paper);
            }
        }
    }
    decoded.digest = std::move(digest);
    return decoded;
}

} // namespace paperboy::sync
