// Sync of the real Korean briefs (hf-daily-paper-korean-autoflow, 2024-12-16 .. 12-31) from
// the FaultServer on 127.0.0.1, with one fault on the first request of several days (500,
// 429, truncated body, connection reset, HTML with 200, garbage): the faults the policy
// retries are overcome within the run, the others on the next run, and the cache ends with
// every paper's Korean title and brief exactly as in the files.
#include "FaultServer.h"
#include "SyncHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace paperboy;
using namespace paperboy::synctest;

class TestSyncAutoflow final : public QObject
{
    Q_OBJECT

private:
    const QString m_dir = QStringLiteral(PAPERBOY_CORPUS_DIR "/hf_korean_autoflow");
    const QDate m_from{2024, 12, 16};
    const QDate m_to{2024, 12, 31};
    std::unique_ptr<FaultServer> m_server;

    QString dayFile(QDate day) const
    {
        return m_dir + QLatin1Char('/') + day.toString(Qt::ISODate) +
               QStringLiteral("_paper_ko.json");
    }

    sync::SyncRequest request(QDate today) const
    {
        const sync::SourceDefinition source = loopbackSource(
            core::koreanAutoflowSource(),
            m_server->urlTemplate(QStringLiteral("schedule"), QStringLiteral("_paper_ko.json")),
            sync::SourceFormat::KoreanAutoflow);
        sync::SyncRequest request = sync::SyncRequest::range({source}, m_from, m_to);
        request.today = today;
        return request;
    }

    // Every entry of the day's file is in the cache with its Korean title and, first of its
    // sections, its purpose, both written by korean_autoflow.
    void verifyDay(const store::CacheReader& reader, QDate day) const
    {
        QFile file(dayFile(day));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
        const core::Papers papers = reader.dayPapers(day);
        QCOMPARE(papers.size(), entries.size());
        for (const QJsonValue& entry : entries) {
            const QString id = entry[QLatin1String("paper")][QLatin1String("id")].toString();
            const auto paper =
                std::find_if(papers.cbegin(), papers.cend(),
                             [&id](const core::Paper& p) { return p.id.id() == id; });
            QVERIFY2(paper != papers.cend(), qPrintable(id));
            QCOMPARE(paper->titleKo, entry[QLatin1String("translation_title")].toString());
            QVERIFY(!paper->sections.isEmpty());
            QCOMPARE(paper->sections.first().markdown, entry[QLatin1String("purpose")].toString());
            for (const core::Section& section : paper->sections)
                QCOMPARE(section.source, core::koreanAutoflowSource());
        }
    }

private slots:
    void initTestCase()
    {
        if (!QDir(m_dir).exists())
            QFAIL(qPrintable(QStringLiteral("the corpus is missing: ") + m_dir));
        const QByteArray errorPage = fixture(QStringLiteral("error-page.html"));
        QVERIFY(!errorPage.isEmpty());
        m_server = std::make_unique<FaultServer>(QByteArray(), errorPage);
        QVERIFY(m_server->start());
        m_server->setSchedule(m_dir + QStringLiteral("/{date}_paper_ko.json"),
                              {{QStringLiteral("2024-12-16"), QStringLiteral("flaky500")},
                               {QStringLiteral("2024-12-17"), QStringLiteral("retryafter")},
                               {QStringLiteral("2024-12-18"), QStringLiteral("short")},
                               {QStringLiteral("2024-12-19"), QStringLiteral("reset")},
                               {QStringLiteral("2024-12-20"), QStringLiteral("html")},
                               {QStringLiteral("2024-12-23"), QStringLiteral("garbage")}});
    }

    void faultsEndComplete()
    {
        int files = 0;
        for (QDate day = m_from; day <= m_to; day = day.addDays(1))
            files += QFile::exists(dayFile(day)) ? 1 : 0;
        QCOMPARE(files, 12); // no briefs on weekends: those days are 404

        SyncHarness harness;
        // Long ago: every day is final once fetched, so the second run asks only for failures.
        const QDate later = m_to.addDays(30);
        const SyncRun first = harness.run(request(later));
        QVERIFY2(first.finished, qPrintable(first.logText()));
        // 500, 429, truncated and reset are retried at once; HTML and garbage are not.
        QCOMPARE(first.summary.fetched, files - 2);
        QCOMPARE(first.summary.missing, 16 - files);
        QCOMPARE(first.summary.failed, 2);
        QVERIFY2(first.logText().contains(QStringLiteral("HTTP status 500")),
                 qPrintable(first.logText()));
        QVERIFY2(first.logText().contains(QStringLiteral("HTTP status 429")),
                 qPrintable(first.logText()));

        const SyncRun second = harness.run(request(later));
        QVERIFY2(second.finished, qPrintable(second.logText()));
        QCOMPARE(second.summary.fetched, 2);
        QCOMPARE(second.summary.failed, 0);

        const auto reader = harness.reader();
        int papers = 0;
        int expectedPapers = 0;
        for (QDate day = m_from; day <= m_to; day = day.addDays(1)) {
            const auto record = reader->fetchRecord(day, core::koreanAutoflowSource());
            QVERIFY2(record, qPrintable(day.toString(Qt::ISODate)));
            if (!QFile::exists(dayFile(day))) {
                QCOMPARE(record->status, store::FetchRecord::Status::Missing);
                continue;
            }
            QCOMPARE(record->status, store::FetchRecord::Status::Fetched);
            verifyDay(*reader, day);
            papers += int(reader->dayPapers(day).size());
            QFile file(dayFile(day));
            QVERIFY(file.open(QIODevice::ReadOnly));
            expectedPapers += int(QJsonDocument::fromJson(file.readAll()).array().size());
        }
        QCOMPARE(papers, expectedPapers);
        QVERIFY(papers > 30);

        // The next day: the latest days are checked again with the ETag they came with, which
        // the server answers with 304 only when If-None-Match matches.
        const SyncRun third = harness.run(request(m_to.addDays(1)));
        QVERIFY2(third.finished && third.summary.failed == 0, qPrintable(third.logText()));
        QCOMPARE(third.summary.unchanged, 2); // 12-30 and 12-31; 12-29 is 404 again
        QCOMPARE(third.summary.fetched, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncAutoflow)
#include "TestSyncAutoflow.moc"
