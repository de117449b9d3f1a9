#include "libsync/Tables.h"

#include "core/ArxivId.h"
#include "store/db/Connection.h"
#include "store/db/SqlValues.h"
#include "store/user/Highlight.h"
#include "store/user/Watch.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace paperboy::libsync {
namespace {

// Longest text a record may carry in one column: far above any abstract or note a person
// writes, low enough that a hostile log cannot fill the user file line by line.
constexpr qsizetype maxColumnLength = 1000000;

const QString timeSuffix = QStringLiteral("_at");

bool isTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QString columnList(const TableSpec& spec)
{
    QStringList columns = spec.textColumns;
    if (!spec.nullableTextColumn.isEmpty())
        columns.append(spec.nullableTextColumn);
    if (!spec.integerColumn.isEmpty())
        columns.append(spec.integerColumn);
    return columns.join(QStringLiteral(", "));
}

QStringList columnsOf(const TableSpec& spec)
{
    return columnList(spec).split(QStringLiteral(", "));
}

bool isArxivId(const QString& text)
{
    const auto id = core::ArxivId::parse(text);
    return id && id->id() == text;
}

// What the tables' CHECKs and the Read view need of the rows of migrations 005 and 006, so that
// such a record is refused whole rather than half applied.
bool readingRowIsValid(const TableSpec& spec, const QJsonObject& row)
{
    const int page = row.value(QStringLiteral("page")).toInt();
    if (spec.kind == QLatin1String("highlight"))
        return page >= 1 && isArxivId(row.value(QStringLiteral("paper_id")).toString()) &&
               store::highlightColours().contains(row.value(QStringLiteral("colour")).toString());
    if (spec.kind == QLatin1String("reading"))
        return page >= 1;
    if (spec.kind == QLatin1String("question")) {
        const int complete = row.value(QStringLiteral("complete")).toInt();
        return isArxivId(row.value(QStringLiteral("paper_id")).toString()) &&
               !row.value(QStringLiteral("question")).toString().trimmed().isEmpty() &&
               (complete == 0 || complete == 1);
    }
    return true;
}

} // namespace

const QList<TableSpec>& tableSpecs()
{
    static const QList<TableSpec> specs{
        {QStringLiteral("bookmark"),
         QStringLiteral("bookmarks"),
         QStringLiteral("paper_id"),
         {QStringLiteral("title"), QStringLiteral("authors"), QStringLiteral("abstract"),
          QStringLiteral("korean_title"), QStringLiteral("primary_class"),
          QStringLiteral("github_url"), QStringLiteral("project_url"), QStringLiteral("created_at"),
          QStringLiteral("updated_at")},
         QStringLiteral("paper_date"),
         {}},
        {QStringLiteral("read"),
         QStringLiteral("read_state"),
         QStringLiteral("paper_id"),
         {QStringLiteral("read_at")},
         {},
         {}},
        {QStringLiteral("note"),
         QStringLiteral("notes"),
         QStringLiteral("paper_id"),
         {QStringLiteral("markdown"), QStringLiteral("updated_at")},
         {},
         {}},
        {QStringLiteral("dismiss"),
         QStringLiteral("dismissals"),
         QStringLiteral("paper_id"),
         {QStringLiteral("title"), QStringLiteral("authors"), QStringLiteral("abstract"),
          QStringLiteral("korean_title"), QStringLiteral("dismissed_at"),
          QStringLiteral("updated_at")},
         QStringLiteral("paper_date"),
         {}},
        {QStringLiteral("watch"),
         QStringLiteral("watches"),
         QStringLiteral("name"),
         {QStringLiteral("query"), QStringLiteral("created_at"), QStringLiteral("seen_at"),
          QStringLiteral("updated_at")},
         {},
         QStringLiteral("position")},
        {QStringLiteral("highlight"),
         QStringLiteral("highlights"),
         QStringLiteral("uid"),
         {QStringLiteral("paper_id"), QStringLiteral("text"), QStringLiteral("rects"),
          QStringLiteral("colour"), QStringLiteral("comment"), QStringLiteral("created_at"),
          QStringLiteral("updated_at")},
         {},
         QStringLiteral("page")},
        {QStringLiteral("reading"),
         QStringLiteral("reading_positions"),
         QStringLiteral("paper_id"),
         {QStringLiteral("updated_at")},
         {},
         QStringLiteral("page")},
        // Queued by its local id; its records carry questionKey() instead (Tables.h).
        {QStringLiteral("question"),
         QStringLiteral("questions"),
         QStringLiteral("id"),
         {QStringLiteral("paper_id"), QStringLiteral("question"), QStringLiteral("answer"),
          QStringLiteral("model"), QStringLiteral("endpoint"), QStringLiteral("pages"),
          QStringLiteral("created_at")},
         {},
         QStringLiteral("complete")},
    };
    return specs;
}

const TableSpec* tableSpec(const QString& kind)
{
    for (const TableSpec& spec : tableSpecs()) {
        if (spec.kind == kind)
            return &spec;
    }
    return nullptr;
}

bool rowIsValid(const TableSpec& spec, const QJsonObject& row)
{
    for (const QString& column : spec.textColumns) {
        const QJsonValue value = row.value(column);
        if (!value.isString() || value.toString().size() > maxColumnLength)
            return false;
        // seen_at is an arrival mark, which may be empty; the other times must be times.
        if (column.endsWith(timeSuffix) && column != QLatin1String("seen_at") &&
            !isTime(value.toString()))
            return false;
    }
    if (!spec.nullableTextColumn.isEmpty()) {
        const QJsonValue value = row.value(spec.nullableTextColumn);
        if (!value.isNull() && (!value.isString() || value.toString().size() > 10))
            return false;
    }
    if (!spec.integerColumn.isEmpty()) {
        const QJsonValue value = row.value(spec.integerColumn);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            return false;
    }
    if (spec.kind == QLatin1String("watch") &&
        !store::watchQueryProblem(row.value(QStringLiteral("query")).toString()).isEmpty())
        return false;
    return readingRowIsValid(spec, row);
}

bool keyIsValid(const TableSpec& spec, const QString& key)
{
    if (spec.kind == QLatin1String("highlight"))
        return !key.trimmed().isEmpty() && !key.contains(QLatin1Char('\n'));
    if (spec.kind == QLatin1String("question")) {
        const QStringList parts = key.split(QLatin1Char(' '));
        static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
        return parts.size() == 3 && isArxivId(parts.at(0)) && isTime(parts.at(1)) &&
               sha256.match(parts.at(2)).hasMatch();
    }
    if (spec.keyColumn == QLatin1String("name"))
        return store::watchNameProblem(key).isEmpty();
    return isArxivId(key);
}

QString questionKey(const QJsonObject& row)
{
    const QByteArray hash = QCryptographicHash::hash(
        row.value(QStringLiteral("question")).toString().toUtf8(), QCryptographicHash::Sha256);
    return row.value(QStringLiteral("paper_id")).toString() + QLatin1Char(' ') +
           row.value(QStringLiteral("created_at")).toString() + QLatin1Char(' ') +
           QString::fromLatin1(hash.toHex());
}

std::optional<QJsonObject> readRow(store::Connection& connection, const TableSpec& spec,
                                   const QString& key, QString* error)
{
    store::PreparedQuery query(connection,
                               QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                   .arg(columnList(spec), spec.table, spec.keyColumn),
                               error);
    if (!query || !query.exec({key}, error) || !query->next())
        return std::nullopt;
    QJsonObject row;
    const QStringList columns = columnsOf(spec);
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant value = query->value(i);
        if (columns.at(i) == spec.integerColumn)
            row.insert(columns.at(i), value.toInt());
        else
            row.insert(columns.at(i), value.isNull() ? QJsonValue() : QJsonValue(value.toString()));
    }
    return row;
}

bool writeRow(store::Connection& connection, const TableSpec& spec, const QString& key,
              const std::optional<QJsonObject>& row, QString* error)
{
    if (!row) {
        store::PreparedQuery remove(
            connection,
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(spec.table, spec.keyColumn), error);
        return remove && remove.exec({key}, error);
    }
    const QStringList columns = columnsOf(spec);
    QVariantList values{key};
    QStringList assignments;
    for (const QString& column : columns) {
        const QJsonValue value = row->value(column);
        if (column == spec.integerColumn)
            values.append(value.toInt());
        else if (value.isNull())
            values.append(QVariant());
        else
            values.append(store::sql::text(value.toString())); // '' stays '', never NULL
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    store::PreparedQuery upsert(
        connection,
        QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?%4) ON CONFLICT (%2) DO UPDATE SET %5")
            .arg(spec.table, spec.keyColumn, columnList(spec),
                 QStringLiteral(", ?").repeated(columns.size()),
                 assignments.join(QStringLiteral(", "))),
        error);
    return upsert && upsert.exec(values, error);
}

} // namespace paperboy::libsync
