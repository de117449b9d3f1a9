// paperboy-bench sql --data-dir D [--runs 5] [--plan] [--write] SQL [ARG...]: times one statement
// on a cache's read-only connection (with the project's tokenizer, which the sqlite3 shell lacks),
// printing its row count and median time, and with --plan its query plan: the profiling aid behind
// the search figures in docs/performance.md.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "store/db/Connection.h"
#include "store/db/DataPaths.h"
#include "store/db/Schema.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace paperboy::bench {

int sqlBench(const QStringList& args)
{
    QStringList rest = args;
    const QString dir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    for (const QString& option : {QStringLiteral("--data-dir"), QStringLiteral("--runs")}) {
        if (const qsizetype at = rest.indexOf(option); at >= 0)
            rest.remove(at, std::min<qsizetype>(2, rest.size() - at));
    }
    const bool plan = rest.removeAll(QStringLiteral("--plan")) > 0;
    // --write: a writable connection, for maintenance experiments ('optimize', VACUUM).
    const bool write = rest.removeAll(QStringLiteral("--write")) > 0;
    QTextStream err(stderr);
    if (dir.isEmpty() || rest.isEmpty() || runs < 1) {
        err << "sql: --data-dir D [--runs N] [--plan] [--write] SQL [ARG...] is required\n";
        return 2;
    }
    QString error;
    auto connection = store::openDatabase(store::DataPaths::inDirectory(dir).cacheFile,
                                          store::SchemaSpec::cache(), !write, &error);
    if (!connection) {
        err << error << '\n';
        return 1;
    }
    const QString sql = rest.takeFirst();
    QList<double> ms;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        QSqlQuery query(connection->database());
        query.setForwardOnly(true);
        QElapsedTimer timer;
        timer.start();
        if (!query.prepare((plan ? QStringLiteral("EXPLAIN QUERY PLAN ") : QString()) + sql)) {
            err << query.lastError().text() << '\n';
            return 1;
        }
        for (const QString& value : rest)
            query.addBindValue(value);
        if (!query.exec()) {
            err << query.lastError().text() << '\n';
            return 1;
        }
        rows = 0;
        while (query.next()) {
            if (plan || (run == 0 && rows < 3)) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString().left(2000));
                err << "  " << values.join(QStringLiteral(" | ")) << '\n';
            }
            ++rows;
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (plan)
            return 0;
    }
    std::sort(ms.begin(), ms.end());
    printMetric("sql_rows", rows, "rows");
    printMetric("sql_p50_ms", ms.at(ms.size() / 2), "ms");
    return 0;
}

} // namespace paperboy::bench
