#include "parse/PaperCollector.h"

namespace paperboy::parse {
namespace {

template <typename T> void fillIfEmpty(T& kept, const T& later)
{
    if (kept.isEmpty())
        kept = later;
}

template <typename T> void fillIfUnset(std::optional<T>& kept, const std::optional<T>& later)
{
    if (!kept)
        kept = later;
}

void fillIfInvalid(QDateTime& kept, const QDateTime& later)
{
    if (!kept.isValid())
        kept = later;
}

} // namespace

void fillMissingFields(core::Paper& kept, const core::Paper& later)
{
    fillIfEmpty(kept.title, later.title);
    fillIfEmpty(kept.titleKo, later.titleKo);
    fillIfEmpty(kept.authors, later.authors);
    fillIfUnset(kept.votes, later.votes);
    fillIfEmpty(kept.thumbnailUrl, later.thumbnailUrl);
    fillIfEmpty(kept.mediaUrls, later.mediaUrls);
    fillIfEmpty(kept.sections, later.sections);
    fillIfEmpty(kept.abstract, later.abstract);
    fillIfEmpty(kept.aiSummary, later.aiSummary);
    fillIfEmpty(kept.keywords, later.keywords);
    fillIfEmpty(kept.githubRepo, later.githubRepo);
    fillIfUnset(kept.githubStars, later.githubStars);
    fillIfEmpty(kept.projectPage, later.projectPage);
    fillIfEmpty(kept.organization, later.organization);
    fillIfUnset(kept.numComments, later.numComments);
    fillIfEmpty(kept.submittedBy, later.submittedBy);
    fillIfInvalid(kept.listedAt, later.listedAt);
    fillIfInvalid(kept.publishedAt, later.publishedAt);
}

bool PaperCollector::add(core::Paper paper)
{
    const auto found = m_indexById.constFind(paper.id.id());
    if (found != m_indexById.cend()) {
        fillMissingFields(m_papers[found.value()], paper);
        return false;
    }
    m_indexById.insert(paper.id.id(), m_papers.size());
    m_papers.append(std::move(paper));
    return true;
}

core::Papers PaperCollector::take()
{
    m_indexById.clear();
    return std::move(m_papers);
}

} // namespace paperboy::parse
