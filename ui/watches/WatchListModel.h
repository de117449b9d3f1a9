#pragma once

#include "store/user/Watch.h"

#include <QAbstractListModel>
#include <QHash>

namespace paperboy::ui {

// The watches in the reader's order, each with its new count once known. Names and queries
// are the reader's own text, possibly pasted: shown as plain text only (WatchDelegate).
class WatchListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        QueryRole,
        NewCountRole, // int, or an invalid QVariant while not counted
    };
    using QAbstractListModel::QAbstractListModel;

    // Counts of watches still listed are kept; the others are forgotten.
    void setWatches(const store::Watches& watches);
    // Only for the listed watch of that name and query: an answer counted for an older query
    // shows nothing. A negative count: not known ("…").
    void setNewCount(const QString& name, const QString& query, int count);
    const store::Watches& watches() const { return m_watches; }
    int rowOf(const QString& name) const;
    std::optional<int> newCount(const QString& name) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    store::Watches m_watches;
    QHash<QString, int> m_counts; // by name, only the known ones
};

} // namespace paperboy::ui
