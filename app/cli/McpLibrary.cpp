#include "cli/McpTools.h"

#include "search/QueryParser.h"

#include <QFileInfo>

namespace paperboy::cli {

LibraryReaders::LibraryReaders(store::DataPaths paths) : m_paths(std::move(paths)) {}

LibraryReaders::~LibraryReaders() = default;

search::Searcher* LibraryReaders::searcher(QString* error)
{
    if (!m_searcher && QFileInfo::exists(m_paths.cacheFile))
        m_searcher = search::Searcher::open(m_paths, error);
    return m_searcher.get();
}

store::CacheReader* LibraryReaders::cache(QString* error)
{
    if (!m_cache && QFileInfo::exists(m_paths.cacheFile))
        m_cache = store::CacheReader::open(m_paths, error);
    return m_cache.get();
}

std::optional<core::ArxivId> paperIdFrom(const QString& text)
{
    return search::parseQuery(text.trimmed()).paperId;
}

CapturedContext::CapturedContext(const store::DataPaths& paths)
    : context{paths, outStream, errStream}
{}

QString CapturedContext::message()
{
    outStream.flush();
    errStream.flush();
    return (err.trimmed().isEmpty() ? out : err).trimmed();
}

} // namespace paperboy::cli
