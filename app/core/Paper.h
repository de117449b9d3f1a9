#pragma once

#include "core/ArxivId.h"
#include "core/Section.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace paperboy::core {

// A paper as one source describes it, or the merge of all sources (see store::CacheReader).
// Every field but id and title is optional: digests and API responses vary over time.
struct Paper
{
    ArxivId id;
    QString title;
    QString titleKo;          // Korean title (the Korean briefs); empty when none
    QStringList authors;      // in published order, without duplicates
    std::optional<int> votes; // unknown is not 0
    QString thumbnailUrl;     // empty when none
    QStringList mediaUrls;    // videos, extra images (never HTML)
    Sections sections;        // digest summary, e.g. Korean "What's New"
    QString abstract;         // English abstract (Hugging Face paper.summary)
    QString aiSummary;        // Hugging Face ai_summary
    QStringList keywords;     // Hugging Face ai_keywords
    QString githubRepo;       // URL
    std::optional<int> githubStars;
    QString projectPage;  // URL
    QString organization; // display name
    std::optional<int> numComments;
    QString submittedBy;   // display name of who put it on the daily list
    QDateTime listedAt;    // when it was put on the daily list (UTC)
    QDateTime publishedAt; // arXiv publication time (UTC)

    // Filled when read back from the cache: the digest day and the sources that mention it.
    QDate date;
    QStringList sources;
    // The model that wrote the summarizer's sections, and when (store::writeSummary); empty
    // and invalid when the paper has no summary of ours.
    QString summaryModel;
    QDateTime summarizedAt;
};

using Papers = QList<Paper>;

} // namespace paperboy::core

Q_DECLARE_METATYPE(paperboy::core::Paper)
