#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace paperboy::parse {

// Accepts absolute http(s) URLs. A root-relative path ("/avatars/x.svg") is how Hugging Face
// pages refer to their own files, so it is resolved against https://huggingface.co. Anything
// else (javascript:, data:, file:, bare words) is refused.
std::optional<QString> acceptWebUrl(QStringView raw);

// The URL of a markdown link destination: "<url>" loses its brackets, a trailing "title" goes.
QString linkDestination(QStringView destination);

// The per-paper social thumbnail Hugging Face renders, as opposed to images authors uploaded.
bool isPaperThumbnail(const QString& url);

// A media line of a digest, before its URLs are accepted:
//   ![](url)                                   Image
//   [Watch Video](url) or [Watch Video]url     VideoLink (older digests forgot the parentheses)
//   <div><video controls src="url" ...>        VideoHtml (the HTML itself is never kept)
//   </video></div> and similar bare tags       HtmlWrapper (nothing to keep)
enum class MediaSyntax { Image, VideoLink, VideoHtml, HtmlWrapper };
struct MediaLine
{
    MediaSyntax syntax = MediaSyntax::Image;
    QStringList rawUrls;
};
std::optional<MediaLine> readMediaLine(QStringView line);

} // namespace paperboy::parse
