// The pure rules: which (day, source) pairs a sync requests, and how long it waits to retry.
#include "sync/RetryPolicy.h"
#include "sync/SyncPlanner.h"

#include <QTest>

using namespace paperboy;
using namespace paperboy::sync;
using Status = store::FetchRecord::Status;

class TestSyncPolicy final : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 25};
    const SourceDefinition m_source{QStringLiteral("s"), QStringLiteral("https://s.example/{date}"),
                                    SourceFormat::Markdown, true};

    SyncPlan plan(QDate from, QDate to, const QHash<QDate, store::FetchRecord>& records,
                  bool recheckFetched = false) const
    {
        SyncRequest request{{m_source}, from, to, m_today, recheckFetched};
        return planSync(request, SyncOptions{}, [&records](QDate day, const QString& source) {
            const auto it = records.find(day);
            return it != records.end() && it->source == source
                       ? std::optional<store::FetchRecord>(*it)
                       : std::nullopt;
        });
    }

    store::FetchRecord record(QDate day, Status status) const
    {
        return {day,
                m_source.name,
                status,
                QStringLiteral("\"e\""),
                QStringLiteral("Tue, 24 Nov 2026 10:00:00 GMT"),
                {},
                {}};
    }

private slots:
    void newDaysAreAllRequestedNewestFirst()
    {
        const SyncPlan result = plan(m_today.addDays(-14), m_today, {});
        QCOMPARE(result.tasks.size(), 15);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.tasks.first().date, m_today);
        QCOMPARE(result.tasks.last().date, m_today.addDays(-14));
        QVERIFY(result.tasks.first().validators.etag.isEmpty());
    }

    void ageRules()
    {
        QHash<QDate, store::FetchRecord> records;
        const QDate recentFetched = m_today.addDays(-3);
        const QDate oldFetched = m_today.addDays(-4);
        const QDate recentMissing = m_today.addDays(-1);
        const QDate oldMissing = m_today.addDays(-10);
        const QDate oldFailed = m_today.addDays(-12);
        records.insert(recentFetched, record(recentFetched, Status::Fetched));
        records.insert(oldFetched, record(oldFetched, Status::Fetched));
        records.insert(recentMissing, record(recentMissing, Status::Missing));
        records.insert(oldMissing, record(oldMissing, Status::Missing));
        records.insert(oldFailed, record(oldFailed, Status::Failed));

        const SyncPlan result = plan(m_today.addDays(-14), m_today, records);
        QHash<QDate, SyncTask> tasks;
        for (const SyncTask& task : result.tasks)
            tasks.insert(task.date, task);
        QCOMPARE(result.skipped, 2);
        QVERIFY(!tasks.contains(oldFetched));
        QVERIFY(!tasks.contains(oldMissing));
        QCOMPARE(tasks.value(recentFetched).validators.etag, QByteArray("\"e\""));
        QCOMPARE(tasks.value(recentFetched).validators.lastModified,
                 QByteArray("Tue, 24 Nov 2026 10:00:00 GMT"));
        QVERIFY(tasks.contains(recentMissing));
        QVERIFY(tasks.value(recentMissing).validators.etag.isEmpty());
        QVERIFY(tasks.contains(oldFailed)); // failed days are retried whatever their age
        QVERIFY(tasks.value(oldFailed).validators.etag.isEmpty());
    }

    void syncThisDayRechecksOldDays()
    {
        const QDate old = m_today.addDays(-300);
        const SyncPlan result = plan(old, old, {{old, record(old, Status::Fetched)}}, true);
        QCOMPARE(result.tasks.size(), 1);
        QCOMPARE(result.tasks.first().validators.etag, QByteArray("\"e\""));
    }

    void noDaysBeyondTomorrow()
    {
        const SyncPlan result = plan(m_today, m_today.addDays(10), {});
        QCOMPARE(result.tasks.size(), 2); // today and tomorrow (Seoul is ahead of UTC)
        QVERIFY(plan(m_today, m_today.addDays(-1), {}).tasks.isEmpty());
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfterMs("120", now), std::optional<qint64>(120'000));
        QCOMPARE(parseRetryAfterMs(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(parseRetryAfterMs("Wed, 25 Nov 2026 10:00:30 GMT", now),
                 std::optional<qint64>(30'000));
        QCOMPARE(parseRetryAfterMs("Wed, 25 Nov 2026 09:00:00 GMT", now),
                 std::optional<qint64>(0)); // in the past: now
        QCOMPARE(parseRetryAfterMs("Wednesday, 25-Nov-26 10:01:00 GMT", now),
                 std::optional<qint64>());
        QCOMPARE(parseRetryAfterMs("", now), std::optional<qint64>());
        QCOMPARE(parseRetryAfterMs("-5", now), std::optional<qint64>());
        QCOMPARE(parseRetryAfterMs("soon", now), std::optional<qint64>());
    }

    void backoffGrowsWithJitter()
    {
        SyncOptions options;
        options.retryBaseMs = 1000;
        for (int i = 0; i < 200; ++i) {
            const int second = backoffDelayMs(options, 2);
            const int third = backoffDelayMs(options, 3);
            QVERIFY(second >= 500 && second < 1500);
            QVERIFY(third >= 1000 && third < 3000);
        }
        options.retryBaseMs = 0;
        QCOMPARE(backoffDelayMs(options, 3), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncPolicy)
#include "TestSyncPolicy.moc"
