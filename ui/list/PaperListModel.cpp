#include "ui/list/PaperListModel.h"

#include "ui/style/BidiText.h"
#include "ui/style/ForYouText.h"
#include "ui/style/PlainToolTip.h"

#include <utility>

namespace paperboy::ui {

PaperListModel::PaperListModel(QObject* parent) : QAbstractListModel(parent) {}

void PaperListModel::setDay(QDate day, const QList<store::PaperListItem>& items,
                            const QSet<QString>& bookmarks)
{
    beginResetModel();
    m_day = day;
    m_hasAllAuthors = false;
    m_rows.clear();
    m_rows.reserve(items.size());
    for (const store::PaperListItem& item : items)
        m_rows.append({item,
                       authorsText(item.authors, item.authorCount),
                       bookmarks.contains(item.id),
                       m_readIds.contains(item.id),
                       {}});
    endResetModel();
}

void PaperListModel::setAllAuthors(const QHash<QString, QString>& authorsById)
{
    m_hasAllAuthors = true;
    for (Row& row : m_rows)
        row.allAuthors = authorsById.value(row.item.id);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {AllAuthorsRole});
}

void PaperListModel::clear()
{
    setDay(QDate(), {}, {});
}

int PaperListModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).item.id == id)
            return row;
    }
    return -1;
}

void PaperListModel::setKoreanTitles(bool korean)
{
    if (korean == m_koreanTitles)
        return;
    m_koreanTitles = korean;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {Qt::DisplayRole, TitleRole, Qt::AccessibleTextRole});
}

void PaperListModel::setWhy(const QHash<QString, QStringList>& whyById)
{
    m_why = whyById;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::ToolTipRole, WhyRole});
}

int PaperListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaperListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return shownTitle(row);
    case Qt::ToolTipRole: {
        QString tip = row.authorsText.isEmpty()
                          ? row.item.title
                          : row.item.title + QLatin1Char('\n') + row.authorsText;
        if (const QString why = forYouWhyLine(m_why.value(row.item.id)); !why.isEmpty())
            tip += QLatin1Char('\n') + why;
        return plainToolTip(tip);
    }
    case WhyRole:
        return m_why.value(row.item.id);
    case Qt::AccessibleTextRole:
        return shownTitle(row);
    case IdRole:
        return row.item.id;
    case AuthorsTextRole:
        return row.authorsText;
    case AllAuthorsRole:
        return row.allAuthors.isEmpty() ? row.authorsText : row.allAuthors;
    case VotesRole:
        return row.item.votes ? QVariant(*row.item.votes) : QVariant();
    case PositionRole:
        return row.item.position;
    case BookmarkedRole:
        return row.bookmarked;
    case ReadRole:
        return m_readKnown ? QVariant(row.read) : QVariant();
    case ThumbnailUrlRole:
        return row.item.thumbnailUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaperListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("paperId"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(AuthorsTextRole, QByteArrayLiteral("authorsText"));
    names.insert(VotesRole, QByteArrayLiteral("votes"));
    names.insert(PositionRole, QByteArrayLiteral("position"));
    names.insert(BookmarkedRole, QByteArrayLiteral("bookmarked"));
    names.insert(ThumbnailUrlRole, QByteArrayLiteral("thumbnailUrl"));
    names.insert(AllAuthorsRole, QByteArrayLiteral("allAuthors"));
    return names;
}

QString PaperListModel::authorsText(const QStringList& firstAuthors, int authorCount)
{
    constexpr int shown = 3;
    const QStringList names = firstAuthors.mid(0, shown);
    // An override left open in one name would reverse the names after it and the count.
    QString text = joinIsolated(names, QStringLiteral(", "));
    const int rest = qMax(authorCount, int(firstAuthors.size())) - int(names.size());
    if (rest > 0)
        text += QStringLiteral(" +") + QString::number(rest);
    return text;
}

void PaperListModel::setReadIds(const QSet<QString>& readIds)
{
    m_readIds = readIds;
    const bool wasKnown = std::exchange(m_readKnown, true);
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& entry = m_rows[row];
        const bool read = readIds.contains(entry.item.id);
        if (wasKnown && entry.read == read)
            continue;
        entry.read = read;
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {ReadRole});
    }
}

void PaperListModel::setBookmarks(const QSet<QString>& bookmarks)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& entry = m_rows[row];
        const bool on = bookmarks.contains(entry.item.id);
        if (entry.bookmarked == on)
            continue;
        entry.bookmarked = on;
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {BookmarkedRole});
    }
}

} // namespace paperboy::ui
