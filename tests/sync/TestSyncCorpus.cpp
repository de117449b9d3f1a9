// Sync of real published digests from a real static web server (python3 -m http.server on
// 127.0.0.1) laid out like the upstream URLs, compared with what the parsers read from the
// same files directly.
#include "PythonHttpServer.h"
#include "SyncHarness.h"
#include "parse/HfJsonReader.h"
#include "parse/MarkdownDigestReader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace paperboy;
using namespace paperboy::synctest;

class TestSyncCorpus final : public QObject
{
    Q_OBJECT

private:
    const QString m_corpus = QStringLiteral(PAPERBOY_CORPUS_DIR);
    QTemporaryDir m_root;
    std::unique_ptr<PythonHttpServer> m_server;

    QString koreanFile(QDate day) const
    {
        return m_corpus + day.toString(QStringLiteral("'/daily_papers_ko/'yyyy/MM/dd'.md'"));
    }
    QString hfFile(QDate day) const
    {
        return m_corpus + QStringLiteral("/hf_daily_papers/") + day.toString(Qt::ISODate) +
               QStringLiteral(".json");
    }

    // The ids the parsers find in the corpus files of `day` (empty when there is no file).
    QSet<QString> expectedIds(QDate day, bool withHf) const
    {
        QSet<QString> ids;
        QFile korean(koreanFile(day));
        if (korean.open(QIODevice::ReadOnly)) {
            const auto result = parse::MarkdownDigestReader::read(korean.readAll(), {}, day);
            for (const core::Paper& paper : result.digest.value_or(core::Digest{}).papers)
                ids.insert(paper.id.id());
        }
        QFile hf(hfFile(day));
        if (withHf && hf.open(QIODevice::ReadOnly)) {
            const auto result = parse::HfJsonReader::read(hf.readAll(), {}, day);
            for (const core::Paper& paper : result.digest.value_or(core::Digest{}).papers)
                ids.insert(paper.id.id());
        }
        return ids;
    }

    sync::SourceDefinition koreanSource() const
    {
        return loopbackSource(core::koreanDigestSource(),
                              m_server->baseUrl() +
                                  QStringLiteral("/paper_logs/{yyyy}/{MM}/{dd}.md"));
    }
    sync::SourceDefinition hfSource() const
    {
        return loopbackSource(core::huggingFaceSource(),
                              m_server->baseUrl() + QStringLiteral("/hf/{date}.json"),
                              sync::SourceFormat::HfJson);
    }

private slots:
    void initTestCase()
    {
        if (!QDir(m_corpus + QStringLiteral("/daily_papers_ko")).exists() ||
            !QDir(m_corpus + QStringLiteral("/hf_daily_papers")).exists())
            QFAIL(qPrintable(QStringLiteral("the corpus is missing: ") + m_corpus));
        QVERIFY(m_root.isValid());
        QVERIFY(QFile::link(m_corpus + QStringLiteral("/daily_papers_ko"),
                            m_root.filePath(QStringLiteral("paper_logs"))));
        QVERIFY(QFile::link(m_corpus + QStringLiteral("/hf_daily_papers"),
                            m_root.filePath(QStringLiteral("hf"))));
        m_server = std::make_unique<PythonHttpServer>(m_root.path());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void markdownRange()
    {
        SyncHarness harness;
        const QDate from(2023, 12, 1);
        const QDate to(2023, 12, 20);
        sync::SyncRequest request = sync::SyncRequest::range({koreanSource()}, from, to);
        request.today = to.addDays(1);
        const SyncRun run = harness.run(request);
        QVERIFY2(run.finished, qPrintable(run.logText()));

        const auto reader = harness.reader();
        int files = 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const QSet<QString> expected = expectedIds(day, false);
            const auto record = reader->fetchRecord(day, core::koreanDigestSource());
            QVERIFY(record);
            if (QFile::exists(koreanFile(day))) {
                ++files;
                QVERIFY(!expected.isEmpty());
                QCOMPARE(record->status, store::FetchRecord::Status::Fetched);
                QVERIFY(!record->lastModified.isEmpty()); // python sends Last-Modified
                QCOMPARE(reader->dayList(day).size(), expected.size());
            } else {
                QCOMPARE(record->status, store::FetchRecord::Status::Missing);
                QVERIFY(reader->dayList(day).isEmpty());
            }
        }
        QVERIFY(files > 5 && files < 20); // weekends have no digest
        QCOMPARE(run.summary.fetched, files);
        QCOMPARE(run.summary.missing, 20 - files);
        QCOMPARE(run.summary.failed, 0);
        QCOMPARE(run.updatedDays.size(), files);
    }

    void bothSourcesMergeAndRecheckRecentDays()
    {
        SyncHarness harness;
        const QDate from(2024, 12, 14);
        const QDate to(2024, 12, 31);
        sync::SyncRequest request =
            sync::SyncRequest::range({koreanSource(), hfSource()}, from, to);
        request.today = to.addDays(1);
        const SyncRun first = harness.run(request);
        QVERIFY2(first.finished && first.summary.failed == 0, qPrintable(first.logText()));

        const auto reader = harness.reader();
        int pairsWithFile = 0;
        int recentWithFile = 0;
        int recentDays = 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const QSet<QString> expected = expectedIds(day, true);
            QCOMPARE(reader->dayList(day).size(), expected.size());
            const int present =
                int(QFile::exists(koreanFile(day))) + int(QFile::exists(hfFile(day)));
            pairsWithFile += present;
            if (day.daysTo(request.today) <= 3) {
                recentWithFile += present;
                ++recentDays;
            }
        }
        QCOMPARE(first.summary.fetched, pairsWithFile);
        QCOMPARE(first.summary.missing, 2 * 18 - pairsWithFile);
        // A day in both sources shows papers from both.
        const auto merged = reader->dayPapers(QDate(2024, 12, 17));
        bool both = false;
        for (const core::Paper& paper : merged)
            both = both || paper.sources.size() == 2;
        QVERIFY(both);

        // Again: days up to 3 days old are re-checked (If-Modified-Since -> 304), older ones
        // are final and not requested at all.
        const SyncRun second = harness.run(request);
        QVERIFY2(second.finished && second.summary.failed == 0, qPrintable(second.logText()));
        QCOMPARE(second.summary.unchanged, recentWithFile);
        QCOMPARE(second.summary.fetched, 0);
        QCOMPARE(recentDays, 3);
        QCOMPARE(second.summary.missing, 2 * recentDays - recentWithFile);
        QCOMPARE(second.summary.skipped, 2 * (18 - recentDays));
        QCOMPARE(second.log.size(), 2 * recentDays);
        QVERIFY(second.updatedDays.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCorpus)
#include "TestSyncCorpus.moc"
