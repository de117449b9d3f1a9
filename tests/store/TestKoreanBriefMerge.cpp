// The Korean briefs (korean_autoflow) in the cache: the Korean title and the brief's sections
// join what the Hugging Face record and the Korean digest say of the same paper, and no
// source's data overwrites another's.
#include "StoreTestSupport.h"
#include "common/CacheFixture.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

const QDate day(2024, 12, 23);
const QString id = QStringLiteral("2412.15119");

core::Paper fromHf()
{
    core::Paper p = paper(id, QStringLiteral("Parallelized Autoregressive Visual Generation"));
    p.abstract = QStringLiteral("Autoregressive models have emerged ...");
    p.votes = 50;
    p.keywords = {QStringLiteral("autoregressive")};
    return p;
}

core::Paper fromDigest()
{
    core::Paper p = paper(id, QStringLiteral("Parallelized Autoregressive Visual Generation"));
    p.sections = {{QStringLiteral("What's New"), QStringLiteral("병렬 생성을 제안합니다.")}};
    return p;
}

core::Paper fromBrief()
{
    core::Paper p = paper(id, QStringLiteral("Parallelized Autoregressive Visual Generation"));
    p.titleKo = QStringLiteral("병렬화된 자기회귀 시각 생성");
    p.abstract = QStringLiteral("Autoregressive models have emerged (brief's copy)");
    p.sections = {{QStringLiteral("Purpose"), QStringLiteral("효율성 개선 연구")},
                  {QStringLiteral("Method"), QStringLiteral("- 병렬 전략(parallel)\n- 순차 생성")}};
    return p;
}

QStringList sectionSources(const core::Paper& paper)
{
    QStringList sources;
    for (const core::Section& section : paper.sections)
        sources.append(section.source);
    return sources;
}

} // namespace

class TestKoreanBriefMerge final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threeSourcesMerge();
    void briefReimportTouchesOnlyItsOwnRows();
    void koreanTitleIsSearchableText();
    void dayWithoutPapersIsNoDay();

private:
    void write(const core::Digest& digest);

    testing::CacheFixture m_cache;
};

void TestKoreanBriefMerge::init()
{
    QString error;
    QVERIFY2(m_cache.open(&error), qPrintable(error));
}

void TestKoreanBriefMerge::cleanup()
{
    m_cache.close();
}

void TestKoreanBriefMerge::write(const core::Digest& digest)
{
    QString error;
    QVERIFY2(m_cache.writer->writeDigest(digest, &error), qPrintable(error));
}

void TestKoreanBriefMerge::threeSourcesMerge()
{
    write(digest(day, core::huggingFaceSource(), {fromHf()}));
    write(digest(day, core::koreanDigestSource(), {fromDigest()}));
    write(digest(day, core::koreanAutoflowSource(), {fromBrief()}));

    const auto merged = m_cache.reader->paper(id);
    QVERIFY(merged);
    QCOMPARE(merged->sources, (QStringList{core::koreanDigestSource(), core::koreanAutoflowSource(),
                                           core::huggingFaceSource()}));
    QCOMPARE(merged->title, fromHf().title);
    QCOMPARE(merged->titleKo, fromBrief().titleKo);
    // The digest's section, then the brief's, each naming its source; the title row is not
    // a section.
    QCOMPARE(merged->sections, fromDigest().sections + fromBrief().sections);
    QCOMPARE(sectionSources(*merged),
             (QStringList{core::koreanDigestSource(), core::koreanAutoflowSource(),
                          core::koreanAutoflowSource()}));
    QCOMPARE(merged->votes, std::optional<int>(50));
    QCOMPARE(merged->keywords, fromHf().keywords);
    // One paper on the day, whatever the number of sources.
    QCOMPARE(m_cache.reader->days().value(0).paperCount, 1);
    // The list row carries the Korean title too, for the list's Korean-titles setting.
    const QList<PaperListItem> list = m_cache.reader->dayList(day);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, fromHf().title);
    QCOMPARE(list.first().titleKo, fromBrief().titleKo);
}

void TestKoreanBriefMerge::briefReimportTouchesOnlyItsOwnRows()
{
    write(digest(day, core::huggingFaceSource(), {fromHf()}));
    write(digest(day, core::koreanDigestSource(), {fromDigest()}));
    write(digest(day, core::koreanAutoflowSource(), {fromBrief()}));
    ScratchConnection scratch(m_cache.paths.cacheFile);
    QVERIFY(scratch.isOpen());
    const QVariantList others = {core::koreanAutoflowSource()};
    const QString otherRows = QStringLiteral(
        "SELECT source || '|' || title || '|' || abstract FROM paper_sources WHERE source <> ? "
        "UNION ALL SELECT source || '|' || ord || '|' || name || '|' || markdown FROM sections "
        "WHERE source <> ? ORDER BY 1");
    const QStringList before = scratch.column(otherRows, others + others);
    QCOMPARE(before.size(), 3);

    // The brief changes its title and drops its method: only its own rows change.
    core::Paper changed = fromBrief();
    changed.titleKo = QStringLiteral("새 제목");
    changed.sections.removeLast();
    write(digest(day, core::koreanAutoflowSource(), {changed}));
    QCOMPARE(scratch.column(otherRows, others + others), before);
    auto merged = m_cache.reader->paper(id);
    QCOMPARE(merged->titleKo, QStringLiteral("새 제목"));
    QCOMPARE(merged->sections, fromDigest().sections + changed.sections);

    // A brief without a Korean title leaves none behind; the Korean digest has none of its own.
    changed.titleKo.clear();
    write(digest(day, core::koreanAutoflowSource(), {changed}));
    merged = m_cache.reader->paper(id);
    QVERIFY(merged->titleKo.isEmpty());
    QVERIFY(m_cache.reader->dayList(day).first().titleKo.isEmpty());
    QCOMPARE(scratch.column(otherRows, others + others), before);
}

void TestKoreanBriefMerge::koreanTitleIsSearchableText()
{
    write(digest(day, core::koreanAutoflowSource(), {fromBrief()}));
    ScratchConnection scratch(m_cache.paths.cacheFile);
    QVERIFY(scratch.isOpen());
    // What the full-text index is filled from (paper_fts_text, 003_fts_tokenizer.sql).
    const QString body =
        scratch.scalar(QStringLiteral("SELECT body FROM paper_fts_text")).toString();
    QVERIFY2(body.contains(fromBrief().titleKo), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("효율성 개선 연구")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("- 순차 생성")), qPrintable(body));
}

// A brief file of `[]` (a day published without briefs) is written, so that the day counts as
// fetched, but a day no digest lists a paper on is no day to list or open (issue 30).
void TestKoreanBriefMerge::dayWithoutPapersIsNoDay()
{
    const QDate later = day.addDays(1);
    write(digest(day, core::huggingFaceSource(), {fromHf()}));
    write(digest(later, core::koreanAutoflowSource(), {}));
    const QList<DaySummary> days = m_cache.reader->days();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.first().date, day);
    QCOMPARE(m_cache.reader->latestDay(), std::optional<QDate>(day));
    QVERIFY(m_cache.reader->dayList(later).isEmpty());
    // The digest itself is kept: written and known, only not shown as a day.
    ScratchConnection scratch(m_cache.paths.cacheFile);
    QCOMPARE(scratch
                 .scalar(QStringLiteral("SELECT count(*) FROM digests WHERE day = ?"),
                         {later.toString(Qt::ISODate)})
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestKoreanBriefMerge)
#include "TestKoreanBriefMerge.moc"
