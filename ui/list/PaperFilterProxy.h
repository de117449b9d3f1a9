#pragma once

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace paperboy::ui {

// Narrows the day's list to papers whose title or authors contain every word typed into the
// filter field, and orders it by digest position, votes, title or the reader's For you order.
class PaperFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortMode { DigestOrder, Votes, Title, ForYou };
    Q_ENUM(SortMode)

    explicit PaperFilterProxy(QObject* parent = nullptr);

    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    // "Unread only": hides the papers in `ids` (the read ones when it was turned on or the
    // day changed). A snapshot, not the live read state, so that the paper being read does
    // not vanish from under the reader two seconds after it was opened.
    void setHiddenIds(const QSet<QString>& ids);

    // The For you order: each paper's place (0 first), given by ForYouController; papers
    // without one come after, in digest order.
    void setForYouPlaces(const QHash<QString, int>& places);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SortMode m_sortMode = SortMode::DigestOrder;
    QString m_filterText;
    QStringList m_terms;
    QSet<QString> m_hiddenIds;
    QHash<QString, int> m_forYouPlaces;
    QCollator m_titleOrder; // case-insensitive, numbers by value ("GPT-4" before "GPT-10")
};

} // namespace paperboy::ui
