#include "ui/common/FeatureContext.h"

#include "store/cache/CacheReader.h"
#include "store/cache/WriterThread.h"
#include "ui/common/LibrarySyncThread.h"
#include "ui/common/LinkOpener.h"
#include "ui/common/UserDataThread.h"

#include <QFileInfo>

namespace paperboy::ui {

FeatureContext::FeatureContext(const store::DataPaths& paths, QWidget* window)
    : m_paths(paths), m_window(window), m_userData(std::make_unique<UserDataThread>(paths)),
      m_links(new LinkOpener(this))
{}

// Out of line: the reader, the writer and the user-data thread are complete types here.
FeatureContext::~FeatureContext() = default;

LibrarySyncThread& FeatureContext::librarySync()
{
    if (!m_librarySync)
        m_librarySync = std::make_unique<LibrarySyncThread>(m_paths);
    return *m_librarySync;
}

store::CacheReader* FeatureContext::reader()
{
    if (!m_reader && QFileInfo::exists(m_paths.cacheFile)) {
        QString error;
        m_reader = store::CacheReader::open(m_paths, &error);
        if (!m_reader)
            showStatus(tr("Cannot read the cache: %1").arg(error), 0);
    }
    return m_reader.get();
}

store::WriterThread& FeatureContext::writer()
{
    if (!m_writer) {
        QString error;
        if (!m_paths.ensureDirectories(&error))
            showStatus(error);
        m_writer = std::make_unique<store::WriterThread>(m_paths);
    }
    return *m_writer;
}

void FeatureContext::showStatus(const QString& message, int timeoutMs)
{
    emit statusShown(message, timeoutMs);
}

} // namespace paperboy::ui
