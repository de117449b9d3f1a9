#include "thumbs/PinnedPapers.h"

#include <QMutexLocker>

namespace paperboy::thumbs {

void PinnedPapers::replace(QSet<QString> paperIds)
{
    const QMutexLocker lock(&m_mutex);
    m_ids = std::move(paperIds);
}

QSet<QString> PinnedPapers::snapshot() const
{
    const QMutexLocker lock(&m_mutex);
    return m_ids;
}

} // namespace paperboy::thumbs
