#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace paperboy::ui {

// Narrows the day's list to papers whose title or authors contain every word typed into the
// filter field, and orders it by digest position, votes or title.
class PaperFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortMode { DigestOrder, Votes, Title };
    Q_ENUM(SortMode)

    explicit PaperFilterProxy(QObject* parent = nullptr);

    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SortMode m_sortMode = SortMode::DigestOrder;
    QString m_filterText;
    QStringList m_terms;
    QCollator m_titleOrder; // case-insensitive, numbers by value ("GPT-4" before "GPT-10")
};

} // namespace paperboy::ui
