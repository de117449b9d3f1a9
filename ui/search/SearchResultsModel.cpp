#include "ui/search/SearchResultsModel.h"

namespace paperboy::ui {

void SearchResultsModel::setHits(const QList<search::SearchHit>& hits, const QSet<qint64>& newKeys)
{
    beginResetModel();
    m_hits = hits;
    m_newKeys = newKeys;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const search::SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case IdRole:
        return hit.id;
    case HitRole:
        return QVariant::fromValue(hit);
    case NewRole:
        return m_newKeys.contains(hit.key);
    case Qt::DisplayRole:
        return hit.title;
    // A tooltip would be read as rich text when it looks like markup: the title goes through
    // Qt::convertFromPlainText's escaping instead (see SearchResultDelegate).
    default:
        return {};
    }
}

} // namespace paperboy::ui
