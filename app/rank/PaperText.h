#pragma once

#include "core/Paper.h"
#include "store/user/UserRecords.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paperboy::rank {

// The text of one paper that the ranking reads, by field. A value: it is gathered from the
// cache (or from what a bookmark or dismissal keeps) on one thread and ranked on another.
struct PaperText
{
    QString id;
    QDate date;
    std::optional<int> votes;
    QString title;
    QString body;     // the English abstract and Hugging Face's AI summary
    QString keywords; // Hugging Face's AI keywords, one per line
    QString korean;   // the Korean title and every Korean section (digest or our summaries)
    QStringList authors;

    static PaperText fromPaper(const core::Paper& paper);
    // What a bookmark or a "Not interested" mark keeps: the text when the cache has lost it.
    static PaperText fromBookmark(const store::Bookmark& bookmark);
    static PaperText fromDismissal(const store::Dismissal& dismissal);
};

using PaperTexts = QList<PaperText>;

} // namespace paperboy::rank
