#pragma once

#include "rank/ForYou.h"

#include <QAbstractListModel>

namespace paperboy::ui {

// The For you view's rows: the period's papers ranked for the reader, each with its day and
// its reasons, as plain text (titles and terms come from digests: never rich text).
class ForYouListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DateRole, WhyRole, DismissedRole };
    using QAbstractListModel::QAbstractListModel;

    // Dismissed papers are left out or listed last as `list` has them; bookmarked ones left out.
    void setPapers(const QList<rank::RankedPaper>& papers);
    // Marks rows dismissed (or not) in place, moving none: the next ranking sinks them.
    void setDismissed(const QSet<QString>& dismissed);
    const QList<rank::RankedPaper>& papers() const { return m_papers; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<rank::RankedPaper> m_papers;
};

} // namespace paperboy::ui
