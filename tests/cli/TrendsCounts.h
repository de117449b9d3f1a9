#pragma once

// What `paperboy trends` must agree with: `paperboy search` counted by period, by the test's
// own reading of ISO weeks and months (QDate::weekNumber).
#include "common/CliRunner.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace paperboy::testing {

inline QString weekOf(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

inline QString monthOf(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

// Every search hit of `query` by period; `byWeek` or by month.
inline QHash<QString, int> searchCountsByPeriod(const QString& dataDir, const QString& query,
                                                bool byWeek)
{
    const CliResult result = runCli(dataDir, {QStringLiteral("search"), QStringLiteral("--json"),
                                              QStringLiteral("--sort"), QStringLiteral("date"),
                                              QStringLiteral("--limit"), QStringLiteral("10000"),
                                              QStringLiteral("--"), query});
    QHash<QString, int> counts;
    for (const QJsonValue& hit : result.json().array()) {
        const QDate day =
            QDate::fromString(hit.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        ++counts[byWeek ? weekOf(day) : monthOf(day)];
    }
    return counts;
}

// The non-zero counts of `query` in `trends --json` output.
inline QHash<QString, int> trendCounts(const QJsonArray& periods, const QString& query)
{
    QHash<QString, int> counts;
    for (const QJsonValue& value : periods) {
        const QJsonObject period = value.toObject();
        const int count = period.value(QStringLiteral("counts")).toObject().value(query).toInt(-1);
        if (count != 0)
            counts.insert(period.value(QStringLiteral("period")).toString(), count);
    }
    return counts;
}

} // namespace paperboy::testing
