#include "ui/sync/SyncLogModel.h"

#include "ui/style/PlainToolTip.h"

#include <QLocale>

namespace paperboy::ui {

SyncLogModel::SyncLogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity))
{}

void SyncLogModel::append(const sync::RequestLogEntry& entry, const QDateTime& when)
{
    if (m_rows.size() >= m_capacity) {
        // Dropped in a batch rather than one by one: one row removal per append would move
        // the whole list each time.
        const int drop = int(m_rows.size()) - m_capacity + qMax(1, m_capacity / 10);
        beginRemoveRows(QModelIndex(), 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append({when, entry});
    endInsertRows();
}

void SyncLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SyncLogModel::errorCount() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.entry.error.isEmpty() ? 0 : 1;
    return count;
}

QString SyncLogModel::rowsAsText(const QList<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(cellText(m_rows.at(row), column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int SyncLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == UrlColumn || index.column() == ErrorColumn
                   ? QVariant(plainToolTip(cellText(row, index.column())))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == StatusColumn || index.column() == BytesColumn ||
                       index.column() == MsColumn || index.column() == AttemptColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case BytesColumn:
        return tr("Bytes");
    case MsColumn:
        return tr("ms");
    case AttemptColumn:
        return tr("Attempt");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QString SyncLogModel::cellText(const Row& row, int column) const
{
    const sync::RequestLogEntry& entry = row.entry;
    switch (column) {
    case TimeColumn:
        return row.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UrlColumn:
        return entry.url.toDisplayString();
    case StatusColumn:
        return entry.status > 0 ? QString::number(entry.status) : tr("none");
    case BytesColumn:
        return QString::number(entry.bytes);
    case MsColumn:
        return QString::number(entry.ms);
    case AttemptColumn:
        return QString::number(entry.attempt);
    case ErrorColumn:
        return entry.error;
    default:
        return {};
    }
}

} // namespace paperboy::ui
