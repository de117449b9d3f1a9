#pragma once

#include "search/Searcher.h"

#include <QAbstractListModel>
#include <QSet>

namespace paperboy::ui {

// The results of one search (or week, month, related list) as rows. Everything is the paper's
// own untrusted text: the delegate draws it as plain text, never as markup.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, HitRole, NewRole };

    explicit SearchResultsModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    // `newKeys`: the SearchHit::key of the papers new in the watch shown (NewRole).
    void setHits(const QList<search::SearchHit>& hits, const QSet<qint64>& newKeys = {});
    const QList<search::SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<search::SearchHit> m_hits;
    QSet<qint64> m_newKeys;
};

} // namespace paperboy::ui

Q_DECLARE_METATYPE(paperboy::search::SearchHit)
