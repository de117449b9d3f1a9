#include "search/UserFilters.h"

namespace paperboy::search {
namespace {

// `pk` among the papers whose id is in the user table `table`.
QString inUserTable(const QString& pk, const char* table, bool in)
{
    return QStringLiteral(" AND ") + pk + (in ? QStringLiteral(" IN") : QStringLiteral(" NOT IN")) +
           QStringLiteral(" (SELECT up.pk FROM user.") + QLatin1String(table) +
           QStringLiteral(" u JOIN papers up ON up.id = u.paper_id)");
}

// A LIKE pattern matching `text` anywhere, with LIKE's own characters taken literally.
QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

QString userFilterSql(const Query& query, const QString& pk)
{
    QString sql;
    if (query.bookmarked)
        sql += inUserTable(pk, "bookmarks", true);
    if (query.read)
        sql += inUserTable(pk, "read_state", *query.read);
    if (query.hasNote)
        sql += inUserTable(pk, "notes", true);
    if (query.hasHighlight)
        sql += inUserTable(pk, "highlights", true);
    return sql;
}

QString noteMatchSql(const Query& query, QVariantList& values, bool withHighlights)
{
    // Each source of the reader's text holds every word on its own: a note, or one highlight
    // with its comment.
    const auto conditions = [&](const QString& column) {
        QString sql;
        for (const Term& term : query.terms) {
            if (term.excluded)
                continue;
            sql += QStringLiteral(" AND ") + column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values.append(containsPattern(term.text));
        }
        return sql;
    };
    const QString inNotes = conditions(QStringLiteral("markdown"));
    if (inNotes.isEmpty())
        return {};
    QString ids = QStringLiteral("SELECT paper_id FROM user.notes WHERE 1") + inNotes;
    if (withHighlights)
        ids += QStringLiteral(" UNION SELECT paper_id FROM user.highlights WHERE 1") +
               conditions(QStringLiteral("(text || ' ' || comment)"));
    return QStringLiteral("SELECT np.pk AS pk, -1.0e9 AS score FROM papers np WHERE np.id IN (") +
           ids + QLatin1Char(')');
}

} // namespace paperboy::search
