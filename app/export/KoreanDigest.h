#pragma once

#include "core/Paper.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QStringList>

// `paperboy digest export` and File → Export Digest…: a cached day written back as a
// daily_papers_ko markdown digest, the format Paperboy reads (parse::MarkdownDigestReader).
namespace paperboy::exporting {

// The sources whose sections are a paper's Korean text, best first. The daily_papers_ko
// digests come first (the seed the format is named after), then Paperboy's own summaries
// ("summarizer": the seed's three sections, written by a model the user chose), then the
// Korean briefs of hf-daily-paper-korean-autoflow. A source not named here that wrote
// sections (a user's own digest source) comes after these; Hugging Face's never counts, as it
// writes no Korean.
QStringList koreanSourcePreference();

// The Korean text of one paper: the sections of the best source that has any, unmixed.
struct KoreanText
{
    QString source; // empty with no sections, or when the sections name no source (a file read)
    core::Sections sections;
};
KoreanText koreanText(const core::Paper& paper);

struct KoreanDigest
{
    QByteArray markdown; // UTF-8, LF line ends
    int papers = 0;
    int withoutKorean = 0; // written with title, links, vote and authors only
    QMap<QString, int> papersBySource;
};

// The day as a digest file:
//   ## Daily Papers (DATE)
//   ### [Title](https://arxiv.org/abs/ID)
//   ![](thumbnail), then further images and [Watch Video](url) lines
//   Vote: N          ("Vote: -" when unknown, as upstream wrote it: unknown is not 0)
//   Authors: A, B
//   - ***Key***: text   one per section of the paper's Korean text (koreanText())
// every part a paragraph of its own followed by a blank line, as upstream wrote them. Papers
// in the given order.
// Pure: papers in, bytes out.
KoreanDigest koreanDigest(QDate day, const core::Papers& papers);

} // namespace paperboy::exporting
