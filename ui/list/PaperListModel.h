#pragma once

#include "store/cache/CacheReader.h"

#include <QAbstractListModel>
#include <QDate>
#include <QSet>

namespace paperboy::ui {

// The papers of one day as the list shows them. Filled in one go from CacheReader::dayList
// (one query) with one model reset; data() only reads what is already in memory, so painting
// never touches the database.
class PaperListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        AuthorsTextRole, // "A, B, C +3"
        VotesRole,       // int, or invalid when unknown
        PositionRole,    // digest order within the day
        BookmarkedRole,
        ThumbnailUrlRole,
        // Every author's name once setAllAuthors() has them, else the names the row shows:
        // what the filter searches.
        AllAuthorsRole,
        // bool once the read marks are known (setReadIds), invalid before: no dot flashes up
        // on every row while the user file is still being opened.
        ReadRole,
        // The For you reasons: the terms that raised the paper (plain text), or empty.
        WhyRole,
    };

    explicit PaperListModel(QObject* parent = nullptr);

    void setDay(QDate day, const QList<store::PaperListItem>& items,
                const QSet<QString>& bookmarks);
    void clear();
    QDate day() const { return m_day; }
    // Every author of the day's papers (CacheReader::dayAuthors), until the next setDay().
    void setAllAuthors(const QHash<QString, QString>& authorsById);
    bool hasAllAuthors() const { return m_hasAllAuthors; }

    // Whether rows show a paper's Korean title (when it has one) instead of the English one.
    void setKoreanTitles(bool korean);
    bool koreanTitles() const { return m_koreanTitles; }

    // Changes the stars of the rows in place (one dataChanged per changed row, no reset).
    void setBookmarks(const QSet<QString>& bookmarks);
    // The same for the read marks; kept across setDay() until changed.
    void setReadIds(const QSet<QString>& readIds);

    // The For you reasons by paper id, shown in the rows' tooltips; kept across setDay().
    void setWhy(const QHash<QString, QStringList>& whyById);

    // -1 when the paper is not in the day.
    int rowOfId(const QString& id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // At most three names, then "+N" for the rest, so a row stays one line.
    static QString authorsText(const QStringList& firstAuthors, int authorCount);

private:
    struct Row
    {
        store::PaperListItem item;
        QString authorsText;
        bool bookmarked = false;
        bool read = false;
        QString allAuthors;
    };
    const QString& shownTitle(const Row& row) const
    {
        return m_koreanTitles && !row.item.titleKo.isEmpty() ? row.item.titleKo : row.item.title;
    }

    QList<Row> m_rows;
    QDate m_day;
    bool m_koreanTitles = false;
    bool m_hasAllAuthors = false;
    bool m_readKnown = false;
    QSet<QString> m_readIds;
    QHash<QString, QStringList> m_why;
};

} // namespace paperboy::ui
