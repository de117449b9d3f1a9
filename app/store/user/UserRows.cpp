#include "store/user/UserRows.h"

#include "core/ArxivId.h"
#include "store/db/SqlValues.h"

#include <QCoreApplication>

namespace paperboy::store::userrows {

std::optional<QString> normalisedId(const QString& paperId, QString* error)
{
    if (const auto id = core::ArxivId::parse(paperId.trimmed()))
        return id->id();
    if (error)
        *error =
            QCoreApplication::translate("paperboy::store", "%1 is not an arXiv id").arg(paperId);
    return std::nullopt;
}

QString bookmarkColumns()
{
    return QStringLiteral("paper_id, title, authors, paper_date, abstract, korean_title, "
                          "primary_class, github_url, project_url, created_at, updated_at");
}

Bookmark bookmarkFrom(const QSqlQuery& query)
{
    Bookmark bookmark;
    bookmark.id = query.value(0).toString();
    bookmark.title = query.value(1).toString();
    bookmark.authors = sql::listFrom(query.value(2));
    bookmark.date = sql::dayFrom(query.value(3));
    bookmark.abstract = query.value(4).toString();
    bookmark.koreanTitle = query.value(5).toString();
    bookmark.primaryClass = query.value(6).toString();
    bookmark.githubUrl = query.value(7).toString();
    bookmark.projectUrl = query.value(8).toString();
    bookmark.bookmarkedAt = sql::timeFrom(query.value(9));
    bookmark.updatedAt = sql::timeFrom(query.value(10));
    return bookmark;
}

bool writeBookmark(Connection& connection, const Bookmark& bookmark, bool keepTimes,
                   const QString& now, QString* error)
{
    const auto id = normalisedId(bookmark.id, error);
    if (!id)
        return false;
    PreparedQuery query(
        connection,
        QStringLiteral("INSERT INTO bookmarks (") + bookmarkColumns() +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (paper_id) "
                           "DO UPDATE SET title = excluded.title, authors = excluded.authors, "
                           "paper_date = excluded.paper_date, abstract = excluded.abstract, "
                           "korean_title = excluded.korean_title, "
                           "primary_class = excluded.primary_class, "
                           "github_url = excluded.github_url, "
                           "project_url = excluded.project_url, "
                           "updated_at = excluded.updated_at") +
            (keepTimes ? QStringLiteral(", created_at = excluded.created_at") : QString()),
        error);
    const QVariant created = keepTimes ? sql::timeValue(bookmark.bookmarkedAt) : QVariant(now);
    const QVariant updated = keepTimes ? sql::timeValue(bookmark.updatedAt) : QVariant(now);
    if (created.isNull() || updated.isNull()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store",
                                                 "The bookmark of %1 has no valid time")
                         .arg(*id);
        return false;
    }
    return query &&
           query.exec({*id, sql::text(bookmark.title), sql::jsonList(bookmark.authors),
                       bookmark.date.isValid() ? QVariant(sql::dayText(bookmark.date)) : QVariant(),
                       sql::text(bookmark.abstract), sql::text(bookmark.koreanTitle),
                       sql::text(bookmark.primaryClass), sql::text(bookmark.githubUrl),
                       sql::text(bookmark.projectUrl), created, updated},
                      error);
}

QString dismissalColumns()
{
    return QStringLiteral("paper_id, title, authors, paper_date, abstract, korean_title, "
                          "dismissed_at, updated_at");
}

Dismissal dismissalFrom(const QSqlQuery& query)
{
    Dismissal dismissal;
    dismissal.id = query.value(0).toString();
    dismissal.title = query.value(1).toString();
    dismissal.authors = sql::listFrom(query.value(2));
    dismissal.date = sql::dayFrom(query.value(3));
    dismissal.abstract = query.value(4).toString();
    dismissal.koreanTitle = query.value(5).toString();
    dismissal.dismissedAt = sql::timeFrom(query.value(6));
    dismissal.updatedAt = sql::timeFrom(query.value(7));
    return dismissal;
}

bool writeDismissal(Connection& connection, const Dismissal& dismissal, bool keepTimes,
                    const QString& now, QString* error)
{
    const auto id = normalisedId(dismissal.id, error);
    if (!id)
        return false;
    PreparedQuery query(
        connection,
        QStringLiteral("INSERT INTO dismissals (") + dismissalColumns() +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (paper_id) "
                           "DO UPDATE SET title = excluded.title, authors = excluded.authors, "
                           "paper_date = excluded.paper_date, abstract = excluded.abstract, "
                           "korean_title = excluded.korean_title, "
                           "updated_at = excluded.updated_at") +
            (keepTimes ? QStringLiteral(", dismissed_at = excluded.dismissed_at") : QString()),
        error);
    const QVariant created = keepTimes ? sql::timeValue(dismissal.dismissedAt) : QVariant(now);
    const QVariant updated = keepTimes ? sql::timeValue(dismissal.updatedAt) : QVariant(now);
    if (created.isNull() || updated.isNull()) {
        if (error)
            *error = QCoreApplication::translate("paperboy::store",
                                                 "The dismissal of %1 has no valid time")
                         .arg(*id);
        return false;
    }
    return query &&
           query.exec(
               {*id, sql::text(dismissal.title), sql::jsonList(dismissal.authors),
                dismissal.date.isValid() ? QVariant(sql::dayText(dismissal.date)) : QVariant(),
                sql::text(dismissal.abstract), sql::text(dismissal.koreanTitle), created, updated},
               error);
}

} // namespace paperboy::store::userrows
