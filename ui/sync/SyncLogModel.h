#pragma once

#include "sync/SyncTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace paperboy::ui {

// Every HTTP request sync made, newest last, for the Sync Log window. Capped so that a
// window left open for weeks of hourly syncs keeps a bounded memory: the oldest go first.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UrlColumn,
        StatusColumn,
        BytesColumn,
        MsColumn,
        AttemptColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit SyncLogModel(int capacity = 2000, QObject* parent = nullptr);

    void append(const sync::RequestLogEntry& entry, const QDateTime& when);
    void clear();
    int capacity() const { return m_capacity; }
    const sync::RequestLogEntry& entry(int row) const { return m_rows.at(row).entry; }
    int errorCount() const;

    // Tab-separated rows (with a header line), for the clipboard.
    QString rowsAsText(const QList<int>& rows) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime when;
        sync::RequestLogEntry entry;
    };
    QString cellText(const Row& row, int column) const;

    int m_capacity;
    QList<Row> m_rows;
};

} // namespace paperboy::ui
