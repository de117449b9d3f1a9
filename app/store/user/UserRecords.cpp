#include "store/user/UserRecords.h"

namespace paperboy::store {

Bookmark Bookmark::fromPaper(const core::Paper& paper)
{
    Bookmark bookmark;
    bookmark.id = paper.id.id();
    bookmark.title = paper.title;
    bookmark.authors = paper.authors;
    bookmark.date = paper.date;
    bookmark.abstract = paper.abstract;
    bookmark.koreanTitle = paper.titleKo;
    bookmark.githubUrl = paper.githubRepo;
    bookmark.projectUrl = paper.projectPage;
    return bookmark;
}

Dismissal Dismissal::fromPaper(const core::Paper& paper)
{
    Dismissal dismissal;
    dismissal.id = paper.id.id();
    dismissal.title = paper.title;
    dismissal.authors = paper.authors;
    dismissal.date = paper.date;
    dismissal.abstract = paper.abstract;
    dismissal.koreanTitle = paper.titleKo;
    return dismissal;
}

core::Paper Bookmark::toPaper() const
{
    core::Paper paper;
    if (const auto parsed = core::ArxivId::parse(id))
        paper.id = *parsed;
    paper.title = title;
    paper.authors = authors;
    paper.date = date;
    paper.abstract = abstract;
    paper.titleKo = koreanTitle;
    paper.githubRepo = githubUrl;
    paper.projectPage = projectUrl;
    return paper;
}

} // namespace paperboy::store
