#include "rank/PaperText.h"

namespace paperboy::rank {

PaperText PaperText::fromPaper(const core::Paper& paper)
{
    PaperText text;
    text.id = paper.id.id();
    text.date = paper.date;
    text.votes = paper.votes;
    text.title = paper.title;
    text.body = paper.abstract;
    if (!paper.aiSummary.isEmpty())
        text.body += QLatin1Char('\n') + paper.aiSummary;
    text.keywords = paper.keywords.join(QLatin1Char('\n'));
    text.korean = paper.titleKo;
    for (const core::Section& section : paper.sections)
        text.korean += QLatin1Char('\n') + section.markdown;
    text.authors = paper.authors;
    return text;
}

PaperText PaperText::fromBookmark(const store::Bookmark& bookmark)
{
    PaperText text;
    text.id = bookmark.id;
    text.date = bookmark.date;
    text.title = bookmark.title;
    text.body = bookmark.abstract;
    text.korean = bookmark.koreanTitle;
    text.authors = bookmark.authors;
    return text;
}

PaperText PaperText::fromDismissal(const store::Dismissal& dismissal)
{
    PaperText text;
    text.id = dismissal.id;
    text.date = dismissal.date;
    text.title = dismissal.title;
    text.body = dismissal.abstract;
    text.korean = dismissal.koreanTitle;
    text.authors = dismissal.authors;
    return text;
}

} // namespace paperboy::rank
