#include "ui/list/PaperFilterProxy.h"

#include "ui/list/PaperListModel.h"

#include <QRegularExpression>

#include <limits>

namespace paperboy::ui {

PaperFilterProxy::PaperFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    m_titleOrder.setCaseSensitivity(Qt::CaseInsensitive);
    m_titleOrder.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void PaperFilterProxy::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    m_sortMode = mode;
    invalidate();
}

void PaperFilterProxy::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    m_terms = text.split(whitespace, Qt::SkipEmptyParts);
    invalidateFilter();
}

void PaperFilterProxy::setHiddenIds(const QSet<QString>& ids)
{
    m_hiddenIds = ids;
    invalidateFilter();
}

void PaperFilterProxy::setForYouPlaces(const QHash<QString, int>& places)
{
    m_forYouPlaces = places;
    if (m_sortMode == SortMode::ForYou)
        invalidate();
}

bool PaperFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_hiddenIds.isEmpty() &&
        m_hiddenIds.contains(index.data(PaperListModel::IdRole).toString()))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString title = index.data(PaperListModel::TitleRole).toString();
    const QString authors = index.data(PaperListModel::AllAuthorsRole).toString();
    for (const QString& term : m_terms) {
        if (!title.contains(term, Qt::CaseInsensitive) &&
            !authors.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool PaperFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int leftPosition = left.data(PaperListModel::PositionRole).toInt();
    const int rightPosition = right.data(PaperListModel::PositionRole).toInt();
    switch (m_sortMode) {
    case SortMode::DigestOrder:
        break;
    case SortMode::Votes: {
        // Most votes first; papers without a vote count after every counted one.
        const QVariant leftVotes = left.data(PaperListModel::VotesRole);
        const QVariant rightVotes = right.data(PaperListModel::VotesRole);
        if (leftVotes.isValid() != rightVotes.isValid())
            return leftVotes.isValid();
        if (leftVotes.isValid() && leftVotes.toInt() != rightVotes.toInt())
            return leftVotes.toInt() > rightVotes.toInt();
        break;
    }
    case SortMode::ForYou: {
        const int unplaced = std::numeric_limits<int>::max();
        const int leftPlace =
            m_forYouPlaces.value(left.data(PaperListModel::IdRole).toString(), unplaced);
        const int rightPlace =
            m_forYouPlaces.value(right.data(PaperListModel::IdRole).toString(), unplaced);
        if (leftPlace != rightPlace)
            return leftPlace < rightPlace;
        break;
    }
    case SortMode::Title: {
        const int order = m_titleOrder.compare(left.data(PaperListModel::TitleRole).toString(),
                                               right.data(PaperListModel::TitleRole).toString());
        if (order != 0)
            return order < 0;
        break;
    }
    }
    return leftPosition < rightPosition;
}

} // namespace paperboy::ui
