#include "StoreTestSupport.h"

#include "store/db/Connection.h"
#include "store/db/NativeStatement.h"
#include "store/db/SqlScript.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace paperboy::store::test {

core::ArxivId arxivId(const QString& text)
{
    const auto id = core::ArxivId::parse(text);
    if (!id)
        qFatal("bad arXiv id literal in a test: %s", qUtf8Printable(text));
    return *id;
}

core::Paper paper(const QString& id, const QString& title)
{
    core::Paper result;
    result.id = arxivId(id);
    result.title = title;
    return result;
}

core::Digest digest(QDate day, const QString& source, const core::Papers& papers)
{
    return core::Digest{day, source, papers};
}

ScratchConnection::ScratchConnection(const QString& file)
    : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128)),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{
    m_db.setDatabaseName(file);
    // Like every connection of the app: paper_fts needs the tokenizer to be read at all, and
    // its text view the packed texts' reader.
    QString error;
    sqlite3* handle = m_db.open() ? nativeHandle(m_db, &error) : nullptr;
    if (m_db.isOpen() && (!handle || !registerCacheFunctions(handle, &error)))
        qFatal("%s", qPrintable(error));
}

ScratchConnection::~ScratchConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString ScratchConnection::run(const QString& script)
{
    for (const QString& statement : splitSqlScript(script)) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return query.lastError().text() + QStringLiteral(" in: ") + statement;
    }
    return {};
}

QVariant ScratchConnection::scalar(const QString& sql, const QVariantList& values)
{
    const QStringList result = column(sql, values);
    return result.isEmpty() ? QVariant() : QVariant(result.first());
}

QStringList ScratchConnection::column(const QString& sql, const QVariantList& values, int index)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    QStringList result;
    if (!query.exec())
        qWarning("scratch query failed: %s", qUtf8Printable(query.lastError().text()));
    while (query.next())
        result.append(query.value(index).isNull() ? QStringLiteral("<null>")
                                                  : query.value(index).toString());
    return result;
}

QString ScratchConnection::snapshot(const QStringList& ignoredColumns)
{
    const QStringList tables = column(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
        "name NOT LIKE 'paper\\_fts\\_%' ESCAPE '\\' ORDER BY name"));
    QString text;
    for (const QString& table : tables) {
        QSqlQuery query(m_db);
        // The full-text table's rowid is the paper it indexes: part of what must not change.
        query.exec(table == QLatin1String("paper_fts")
                       ? QStringLiteral("SELECT rowid AS paper, * FROM paper_fts")
                       : QStringLiteral("SELECT * FROM ") + table);
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (!ignoredColumns.contains(record.fieldName(i)))
                    cells.append(record.fieldName(i) + QLatin1Char('=') +
                                 record.value(i).toString());
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        text += QStringLiteral("## ") + table + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) +
                QLatin1Char('\n');
    }
    return text;
}

QString readTextFile(const QString& file)
{
    return QString::fromUtf8(fileBytes(file));
}

} // namespace paperboy::store::test
