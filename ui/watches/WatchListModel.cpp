#include "ui/watches/WatchListModel.h"

#include "ui/style/BidiText.h"
#include "ui/style/PlainToolTip.h"

#include <QFont>

namespace paperboy::ui {

void WatchListModel::setWatches(const store::Watches& watches)
{
    QHash<QString, int> kept;
    for (const store::Watch& watch : watches) {
        const int row = rowOf(watch.name);
        // A changed query counts again: its old number says nothing of the new one.
        if (row >= 0 && m_watches.at(row).query == watch.query && m_counts.contains(watch.name))
            kept.insert(watch.name, m_counts.value(watch.name));
    }
    beginResetModel();
    m_watches = watches;
    m_counts = kept;
    endResetModel();
}

void WatchListModel::setNewCount(const QString& name, const QString& query, int count)
{
    const int row = rowOf(name);
    if (row < 0 || m_watches.at(row).query != query)
        return;
    if (count < 0)
        m_counts.remove(name);
    else
        m_counts.insert(name, count);
    emit dataChanged(index(row), index(row));
}

int WatchListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_watches.size(); ++row) {
        if (m_watches.at(row).name == name)
            return row;
    }
    return -1;
}

std::optional<int> WatchListModel::newCount(const QString& name) const
{
    const auto found = m_counts.constFind(name);
    return found == m_counts.cend() ? std::nullopt : std::optional<int>(*found);
}

int WatchListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_watches.size());
}

QVariant WatchListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_watches.size())
        return {};
    const store::Watch& watch = m_watches.at(index.row());
    const std::optional<int> count = newCount(watch.name);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return watch.name;
    case QueryRole:
        return watch.query;
    case NewCountRole:
        return count ? QVariant(*count) : QVariant();
    case Qt::FontRole: {
        // Bold while something is new, as a day with unread papers is in the calendar.
        if (!count || *count == 0)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return plainToolTip(watch.name + QLatin1Char('\n') + watch.query);
    case Qt::AccessibleTextRole:
        return count ? tr("%1, %n new", nullptr, *count).arg(isolateDirection(watch.name))
                     : isolateDirection(watch.name);
    default:
        return {};
    }
}

} // namespace paperboy::ui
