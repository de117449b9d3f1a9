#include "StoreTestSupport.h"
#include "common/CacheFixture.h"
#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/cache/DayListQuery.h"
#include "store/db/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::store;
using namespace paperboy::store::test;

namespace {

const QDate day1(2024, 10, 15);
const QDate day2(2024, 10, 16);

QString md()
{
    return core::koreanDigestSource();
}
QString hf()
{
    return core::huggingFaceSource();
}

// A paper with every field set, so that a round trip checks each column.
core::Paper fullPaper()
{
    core::Paper p =
        paper(QStringLiteral("arXiv:2410.09732v2"),
              QStringLiteral("LOKI: A Comprehensive Synthetic Data Detection Benchmark"));
    p.authors = {QStringLiteral("Tong Wu"),     QStringLiteral("Zhizheng Wu"),
                 QStringLiteral("Yiping Chen"), QStringLiteral("Dahua Lin"),
                 QStringLiteral("Honglin Lin"), QStringLiteral("정 민수")};
    p.votes = 47;
    p.thumbnailUrl = QStringLiteral("https://cdn.example.org/2410.09732.png");
    p.mediaUrls = {QStringLiteral("https://cdn.example.org/a.mp4"),
                   QStringLiteral("https://cdn.example.org/b.gif")};
    p.sections = {
        {QStringLiteral("What's New"), QStringLiteral("새로운 **벤치마크**를 제안합니다.")},
        {QStringLiteral("Technical Details"),
         QStringLiteral("- 첫째 항목\n- 둘째 항목 with `code`")},
        {QStringLiteral("Performance Highlights"), QStringLiteral("65.47% 기록")}};
    p.abstract = QStringLiteral("With the rapid development of AI-generated content ...");
    p.aiSummary = QStringLiteral("LOKI evaluates synthetic data detection.");
    p.keywords = {QStringLiteral("synthetic data"), QStringLiteral("LMM")};
    p.githubRepo = QStringLiteral("https://github.com/opendatalab/LOKI");
    p.githubStars = 0; // known to be zero, which is not unknown
    p.projectPage = QStringLiteral("https://opendatalab.github.io/LOKI/");
    p.organization = QStringLiteral("Shanghai AI Lab");
    p.numComments = 3;
    p.submittedBy = QStringLiteral("akhaliq");
    p.listedAt = QDateTime(QDate(2024, 10, 15), QTime(3, 4, 5, 678), Qt::UTC);
    p.publishedAt = QDateTime(QDate(2024, 10, 12), QTime(17, 0), Qt::UTC);
    return p;
}

} // namespace

class TestCacheStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryField();
    void unknownValuesStayUnknown();
    void reimportIsIdempotentAndUpdatesVotes();
    void unreadCountsCountEachListedPaperOncePerDay();
    void mergesSourcesWithoutOverwriting();
    void ordersDayListAndCountsDistinctPapers();
    void keepsDayWithZeroPapers();
    void prunesPapersNoLongerListed();
    void rejectsInvalidInputLeavingCacheUnchanged_data();
    void rejectsInvalidInputLeavingCacheUnchanged();
    void rollsBackFailedWriteCompletely();
    void batchWritesWholeDigestsAndIsolatesAFailure();
    void recordsFetches();
    void writesJsonListsQtAndSqliteRead();
    void dayListReadsOnlyIndexes();
    void dayListShowsAMediaImageWithoutThumbnail();

private:
    void write(const core::Digest& digest, const std::optional<FetchRecord>& fetch = {});

    testing::CacheFixture m_cache;
};

void TestCacheStore::init()
{
    QString error;
    QVERIFY2(m_cache.open(&error), qPrintable(error));
}

void TestCacheStore::cleanup()
{
    m_cache.close();
}

void TestCacheStore::write(const core::Digest& digest, const std::optional<FetchRecord>& fetch)
{
    QString error;
    QVERIFY2(m_cache.writer->writeDigest(digest, &error, fetch), qPrintable(error));
}

void TestCacheStore::roundTripsEveryField()
{
    const core::Paper written = fullPaper();
    write(digest(day1, md(), {written}));

    const auto read = m_cache.reader->paper(QStringLiteral("2410.09732"));
    QVERIFY(read);
    QCOMPARE(read->id.id(), QStringLiteral("2410.09732"));
    QCOMPARE(read->title, written.title);
    QCOMPARE(read->authors, written.authors);
    QCOMPARE(read->votes, written.votes);
    QCOMPARE(read->thumbnailUrl, written.thumbnailUrl);
    QCOMPARE(read->mediaUrls, written.mediaUrls);
    QCOMPARE(read->sections, written.sections);
    QCOMPARE(read->abstract, written.abstract);
    QCOMPARE(read->aiSummary, written.aiSummary);
    QCOMPARE(read->keywords, written.keywords);
    QCOMPARE(read->githubRepo, written.githubRepo);
    QCOMPARE(read->githubStars, written.githubStars);
    QCOMPARE(read->projectPage, written.projectPage);
    QCOMPARE(read->organization, written.organization);
    QCOMPARE(read->numComments, written.numComments);
    QCOMPARE(read->submittedBy, written.submittedBy);
    QCOMPARE(read->listedAt, written.listedAt);
    QCOMPARE(read->publishedAt, written.publishedAt);
    QCOMPARE(read->date, day1);
    QCOMPARE(read->sources, QStringList{md()});
    // Any spelling of the id finds it.
    QVERIFY(m_cache.reader->paper(QStringLiteral("https://arxiv.org/abs/2410.09732v1")));
    QVERIFY(!m_cache.reader->paper(QStringLiteral("2410.99999")));
    QVERIFY(!m_cache.reader->paper(QStringLiteral("not an id")));

    const QList<PaperListItem> list = m_cache.reader->dayList(day1);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, QStringLiteral("2410.09732"));
    QCOMPARE(list[0].title, written.title);
    QCOMPARE(list[0].authors, written.authors.mid(0, 4)); // only the head is read for the list
    QCOMPARE(list[0].authorCount, 6);
    QCOMPARE(list[0].votes, std::optional<int>(47));
    QCOMPARE(list[0].position, 0);
    QCOMPARE(list[0].thumbnailUrl, written.thumbnailUrl);

    const core::Papers dayPapers = m_cache.reader->dayPapers(day1);
    QCOMPARE(dayPapers.size(), 1);
    QCOMPARE(dayPapers[0].sections, written.sections);
    QCOMPARE(dayPapers[0].date, day1);
}

void TestCacheStore::unknownValuesStayUnknown()
{
    write(digest(day1, md(), {paper(QStringLiteral("2410.10139"), QStringLiteral("MMIE"))}));
    const auto read = m_cache.reader->paper(QStringLiteral("2410.10139"));
    QVERIFY(read);
    QCOMPARE(read->votes, std::nullopt);
    QCOMPARE(read->githubStars, std::nullopt);
    QCOMPARE(read->numComments, std::nullopt);
    QVERIFY(!read->listedAt.isValid());
    QVERIFY(!read->publishedAt.isValid());
    QVERIFY(read->authors.isEmpty());
    QVERIFY(read->sections.isEmpty());
    QCOMPARE(m_cache.reader->dayList(day1).value(0).votes, std::nullopt);
}

void TestCacheStore::reimportIsIdempotentAndUpdatesVotes()
{
    core::Paper a = fullPaper();
    core::Paper b = paper(QStringLiteral("2410.10139"), QStringLiteral("MMIE"));
    b.votes = 43;
    write(digest(day1, md(), {a, b}));
    ScratchConnection look(m_cache.paths.cacheFile);
    // written_at says when the digest was last written: the one thing a rewrite may change.
    const QString before = look.snapshot({QStringLiteral("written_at")});
    write(digest(day1, md(), {a, b}));
    QCOMPARE(look.snapshot({QStringLiteral("written_at")}), before);

    a.votes = 52;
    write(digest(day1, md(), {a, b}));
    QCOMPARE(m_cache.reader->paper(a.id.id())->votes, std::optional<int>(52));
    QCOMPARE(m_cache.reader->dayList(day1).value(0).votes, std::optional<int>(52));
    QCOMPARE(m_cache.reader->paper(a.id.id())->sections, a.sections); // not duplicated
    QCOMPARE(m_cache.reader->paperCount(), 2);
    QCOMPARE(m_cache.reader->days().size(), 1);
    QCOMPARE(m_cache.reader->days().value(0).paperCount, 2);
    // Every rewrite removed the old rows from the index with the values they were indexed with
    // (rank 1: FTS5 compares the index with the text it reads).
    QCOMPARE(look.run(QStringLiteral(
                 "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)")),
             QString());
}

void TestCacheStore::mergesSourcesWithoutOverwriting()
{
    core::Paper fromDigest = paper(QStringLiteral("2410.10306"), QStringLiteral("Animate-X (md)"));
    fromDigest.authors = {QStringLiteral("Shiwei Zhang"), QStringLiteral("Xiang Wang")};
    fromDigest.votes = 26;
    fromDigest.thumbnailUrl = QStringLiteral("https://cdn.example.org/md.png");
    fromDigest.mediaUrls = {QStringLiteral("https://cdn.example.org/v.mp4")};
    fromDigest.sections = {{QStringLiteral("What's New"), QStringLiteral("애니메이션 방법")},
                           {QStringLiteral("Technical Details"), QStringLiteral("3D-UNet")}};

    core::Paper fromHf = paper(QStringLiteral("2410.10306"), QStringLiteral("Animate-X"));
    fromHf.authors = {QStringLiteral("Shiwei Zhang"), QStringLiteral("Xiang Wang"),
                      QStringLiteral("Shuai Tan")};
    fromHf.votes = 30;
    fromHf.mediaUrls = {QStringLiteral("https://cdn.example.org/v.mp4"),
                        QStringLiteral("https://cdn.example.org/w.mp4")};
    fromHf.abstract = QStringLiteral("Character image animation ...");
    fromHf.aiSummary = QStringLiteral("Animate-X animates any character.");
    fromHf.keywords = {QStringLiteral("animation")};
    fromHf.githubRepo = QStringLiteral("https://github.com/example/animate-x");
    fromHf.githubStars = 120;
    fromHf.organization = QStringLiteral("Alibaba");
    fromHf.numComments = 2;
    fromHf.submittedBy = QStringLiteral("akhaliq");
    fromHf.listedAt = QDateTime(day1, QTime(6, 0), Qt::UTC);
    fromHf.sections = {{QStringLiteral("Summary"), QStringLiteral("from the API")}};

    write(digest(day1, md(), {fromDigest}));
    write(digest(day1, hf(), {fromHf}));
    write(digest(day2, hf(), {fromHf})); // listed again the next day

    // The filter's author text: every source's names once, the digest's first.
    QCOMPARE(m_cache.reader->dayAuthors(day1),
             (QHash<QString, QString>{{QStringLiteral("2410.10306"),
                                       QStringLiteral("Shiwei Zhang, Xiang Wang, Shuai Tan")}}));
    QVERIFY(m_cache.reader->dayAuthors(QDate(2020, 1, 1)).isEmpty());

    auto merged = m_cache.reader->paper(QStringLiteral("2410.10306"));
    QVERIFY(merged);
    QCOMPARE(merged->sources, (QStringList{md(), hf()}));
    QCOMPARE(merged->date, day1);
    QCOMPARE(merged->title, fromHf.title);           // Hugging Face's title first
    QCOMPARE(merged->authors, fromHf.authors);       // the longest author list
    QCOMPARE(merged->votes, std::optional<int>(30)); // Hugging Face lists it on the later day
    QCOMPARE(merged->thumbnailUrl, fromDigest.thumbnailUrl);
    QCOMPARE(merged->mediaUrls, fromHf.mediaUrls); // union without the duplicate
    QCOMPARE(merged->sections, fromDigest.sections + fromHf.sections); // digest before hf
    QCOMPARE(merged->abstract, fromHf.abstract);
    QCOMPARE(merged->aiSummary, fromHf.aiSummary);
    QCOMPARE(merged->keywords, fromHf.keywords);
    QCOMPARE(merged->githubStars, std::optional<int>(120));
    QCOMPARE(merged->organization, fromHf.organization);
    QCOMPARE(merged->submittedBy, fromHf.submittedBy);
    QCOMPARE(merged->listedAt, fromHf.listedAt);

    // The digest comes again with other votes: written last, but observed on the earlier day,
    // so Hugging Face's count of the later day stays (the import order decides nothing), and
    // nothing of Hugging Face's is lost.
    fromDigest.votes = 35;
    write(digest(day1, md(), {fromDigest}));
    merged = m_cache.reader->paper(QStringLiteral("2410.10306"));
    QCOMPARE(merged->votes, std::optional<int>(30));
    QCOMPARE(merged->abstract, fromHf.abstract);
    QCOMPARE(merged->sections, fromDigest.sections + fromHf.sections);

    // Hugging Face re-imported unchanged: nothing moves.
    write(digest(day1, hf(), {fromHf}));
    QCOMPARE(m_cache.reader->paper(QStringLiteral("2410.10306"))->votes, std::optional<int>(30));
    fromHf.votes = 40;
    fromHf.sections.clear();
    write(digest(day1, hf(), {fromHf}));
    merged = m_cache.reader->paper(QStringLiteral("2410.10306"));
    QCOMPARE(merged->votes, std::optional<int>(40));
    QCOMPARE(merged->sections, fromDigest.sections); // hf dropped only its own section

    const QList<PaperListItem> list = m_cache.reader->dayList(day1);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].title, fromHf.title);
    QCOMPARE(list[0].authorCount, 3);
    QCOMPARE(list[0].votes, std::optional<int>(40));
    QCOMPARE(list[0].thumbnailUrl, fromDigest.thumbnailUrl);
}

// The calendar's counts: a paper two sources list on one day counts once, a paper listed on two
// days counts on both, an id the cache does not hold changes nothing, and a day whose digests
// list nothing has no count.
void TestCacheStore::unreadCountsCountEachListedPaperOncePerDay()
{
    const QDate emptyDay = day2.addDays(1);
    const auto listing = [](QStringList ids) {
        core::Papers papers;
        for (const QString& id : ids)
            papers.append(paper(id, QStringLiteral("Paper ") + id));
        return papers;
    };
    write(digest(day1, core::huggingFaceSource(),
                 listing({QStringLiteral("2410.00001"), QStringLiteral("2410.00002")})));
    write(digest(day1, core::koreanDigestSource(),
                 listing({QStringLiteral("2410.00001"), QStringLiteral("2410.00003")})));
    write(digest(day2, core::huggingFaceSource(),
                 listing({QStringLiteral("2410.00001"), QStringLiteral("2410.00004")})));
    write(digest(emptyDay, core::huggingFaceSource(), {}));

    const QHash<QDate, int> none = m_cache.reader->dayCountsWithout({});
    QCOMPARE(none, (QHash<QDate, int>{{day1, 3}, {day2, 2}}));
    const QHash<QDate, int> someRead = m_cache.reader->dayCountsWithout(
        {QStringLiteral("2410.00001"), QStringLiteral("2410.00003"), QStringLiteral("2499.99999")});
    QCOMPARE(someRead, (QHash<QDate, int>{{day1, 1}, {day2, 1}}));
    const QHash<QDate, int> allRead = m_cache.reader->dayCountsWithout(
        {QStringLiteral("2410.00001"), QStringLiteral("2410.00002"), QStringLiteral("2410.00003"),
         QStringLiteral("2410.00004")});
    QCOMPARE(allRead, (QHash<QDate, int>{{day1, 0}, {day2, 0}}));
}

void TestCacheStore::dayListShowsAMediaImageWithoutThumbnail()
{
    // An older Korean digest: no thumbnail, a video and a figure on the media line.
    core::Paper fromDigest = paper(QStringLiteral("2410.00007"), QStringLiteral("Figures"));
    fromDigest.thumbnailUrl.clear();
    fromDigest.mediaUrls = {QStringLiteral("https://cdn-uploads.huggingface.co/a/clip.mp4"),
                            QStringLiteral("https://cdn-uploads.huggingface.co/a/fig.JPG")};
    write(digest(day1, md(), {fromDigest}));
    QCOMPARE(m_cache.reader->dayList(day1).value(0).thumbnailUrl, fromDigest.mediaUrls.at(1));
    // A thumbnail named by another source wins, as it does in the detail pane.
    core::Paper fromHf = fromDigest;
    fromHf.mediaUrls.clear();
    fromHf.thumbnailUrl = QStringLiteral("https://cdn-thumbnails.huggingface.co/t/2410.00007.png");
    write(digest(day1, hf(), {fromHf}));
    QCOMPARE(m_cache.reader->dayList(day1).value(0).thumbnailUrl, fromHf.thumbnailUrl);
}

void TestCacheStore::ordersDayListAndCountsDistinctPapers()
{
    const auto p = [](const char* id) {
        return paper(QString::fromLatin1(id), QStringLiteral("Paper ") + QString::fromLatin1(id));
    };
    write(digest(day2, md(), {p("2410.00005")}));
    write(digest(day1, hf(), {p("2410.00003"), p("2410.00004"), p("2410.00001")}));
    write(digest(day1, md(), {p("2410.00001"), p("2410.00002"), p("2410.00003")}));

    QStringList ids;
    QList<int> positions;
    for (const PaperListItem& item : m_cache.reader->dayList(day1)) {
        ids.append(item.id);
        positions.append(item.position);
    }
    // The digest's own order first, then what only Hugging Face lists, in its order.
    QCOMPARE(ids, (QStringList{QStringLiteral("2410.00001"), QStringLiteral("2410.00002"),
                               QStringLiteral("2410.00003"), QStringLiteral("2410.00004")}));
    QCOMPARE(positions, (QList<int>{0, 1, 2, 3}));
    QStringList fullIds;
    for (const core::Paper& full : m_cache.reader->dayPapers(day1))
        fullIds.append(full.id.id());
    QCOMPARE(fullIds, ids);

    const QList<DaySummary> days = m_cache.reader->days();
    QCOMPARE(days.size(), 2);
    QCOMPARE(days[0].date, day1);
    QCOMPARE(days[0].paperCount, 4); // distinct papers, not 6 entries
    QCOMPARE(days[1].date, day2);
    QCOMPARE(days[1].paperCount, 1);
    QCOMPARE(m_cache.reader->latestDay(), std::optional<QDate>(day2));
    QCOMPARE(m_cache.reader->paperCount(), 5);
    QVERIFY(m_cache.reader->dayList(QDate(2020, 1, 1)).isEmpty());
}

void TestCacheStore::keepsDayWithZeroPapers()
{
    QCOMPARE(m_cache.reader->latestDay(), std::nullopt);
    write(digest(day1, md(), {paper(QStringLiteral("2410.00001"), QStringLiteral("One"))}));
    write(digest(day2, md(), {}));
    // The empty digest is kept (sync does not fetch it again) but is no day with a digest.
    const QList<DaySummary> days = m_cache.reader->days();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days[0].date, day1);
    QVERIFY(m_cache.reader->dayList(day2).isEmpty());
    QVERIFY(m_cache.reader->dayPapers(day2).isEmpty());
    // The reader opens on the newest day that has something to show.
    QCOMPARE(m_cache.reader->latestDay(), std::optional<QDate>(day1));
}

void TestCacheStore::prunesPapersNoLongerListed()
{
    const core::Paper a = paper(QStringLiteral("2410.00001"), QStringLiteral("A"));
    const core::Paper b = paper(QStringLiteral("2410.00002"), QStringLiteral("B"));
    const core::Paper c = paper(QStringLiteral("2410.00003"), QStringLiteral("C"));
    write(digest(day1, md(), {a, b, c}));
    write(digest(day1, hf(), {c}));
    write(digest(day2, md(), {b}));
    // The corrected digest drops b and c: b is still listed on day2, c still by hf.
    write(digest(day1, md(), {a}));
    QCOMPARE(m_cache.reader->paperCount(), 3);
    QCOMPARE(m_cache.reader->paper(c.id.id())->sources, QStringList{hf()});
    QCOMPARE(m_cache.reader->paper(b.id.id())->date, day2);
    write(digest(day2, md(), {}));
    QVERIFY(!m_cache.reader->paper(b.id.id()));
    QCOMPARE(m_cache.reader->paperCount(), 2);
    QCOMPARE(m_cache.reader->days().value(0).paperCount, 2);
    // Pruning took the papers out of the full-text index too, exactly.
    ScratchConnection look(m_cache.paths.cacheFile);
    QCOMPARE(look.run(QStringLiteral(
                 "INSERT INTO paper_fts (paper_fts, rank) VALUES ('integrity-check', 1)")),
             QString());
    QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM paper_fts")).toInt(), 2);
}

void TestCacheStore::rejectsInvalidInputLeavingCacheUnchanged_data()
{
    QTest::addColumn<core::Digest>("input");
    QTest::addColumn<bool>("withBadFetch");
    const core::Paper good = paper(QStringLiteral("2410.00009"), QStringLiteral("Good"));
    QTest::newRow("invalid day") << digest(QDate(), md(), {good}) << false;
    QTest::newRow("year 10000") << digest(QDate(10000, 1, 1), md(), {good}) << false;
    QTest::newRow("empty source") << digest(day1, QString(), {good}) << false;
    QTest::newRow("padded source") << digest(day1, QStringLiteral(" hf"), {good}) << false;
    QTest::newRow("invalid id after a valid one")
        << digest(day1, md(), {good, core::Paper{}}) << false;
    QTest::newRow("invalid fetch record") << digest(day1, md(), {good}) << true;
}

void TestCacheStore::rejectsInvalidInputLeavingCacheUnchanged()
{
    QFETCH(core::Digest, input);
    QFETCH(bool, withBadFetch);
    write(digest(day1, md(), {fullPaper()}));
    ScratchConnection look(m_cache.paths.cacheFile);
    const QString before = look.snapshot();

    QString error;
    const std::optional<FetchRecord> fetch =
        withBadFetch ? std::optional<FetchRecord>(FetchRecord{}) : std::nullopt;
    QVERIFY(!m_cache.writer->writeDigest(input, &error, fetch));
    QVERIFY(!error.isEmpty());
    QCOMPARE(look.snapshot(), before);
    QVERIFY(!m_cache.writer->recordFetch(FetchRecord{}, &error));
    QCOMPARE(look.snapshot(), before);
}

void TestCacheStore::rollsBackFailedWriteCompletely()
{
    const auto p = [](const char* id) {
        core::Paper result = paper(QString::fromLatin1(id), QStringLiteral("Title"));
        result.sections = {{QStringLiteral("What's New"), QStringLiteral("본문")}};
        return result;
    };
    write(digest(day1, md(), {p("2410.00001"), p("2410.00002")}));
    ScratchConnection look(m_cache.paths.cacheFile);
    // A real failure inside the real transaction: the third entry of any digest is refused,
    // after the papers, sections and first entries have already been written.
    QCOMPARE(look.run(QStringLiteral(
                 "CREATE TRIGGER fail_third_entry BEFORE INSERT ON digest_entries "
                 "WHEN NEW.pos = 2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;")),
             QString());
    const QString before = look.snapshot();

    FetchRecord fetch;
    fetch.date = day1;
    fetch.source = md();
    fetch.status = FetchRecord::Status::Fetched;
    QString error;
    QVERIFY(!m_cache.writer->writeDigest(
        digest(day1, md(), {p("2410.00003"), p("2410.00001"), p("2410.00004")}), &error, fetch));
    QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
    QCOMPARE(look.snapshot(), before);
    QCOMPARE(m_cache.reader->fetchRecord(day1, md()), std::nullopt);

    // The writer stays usable once the cause is gone.
    QCOMPARE(look.run(QStringLiteral("DROP TRIGGER fail_third_entry")), QString());
    write(digest(day1, md(), {p("2410.00003"), p("2410.00001"), p("2410.00004")}), fetch);
    QCOMPARE(m_cache.reader->dayList(day1).size(), 3);
    QVERIFY(m_cache.reader->fetchRecord(day1, md()));
}

void TestCacheStore::batchWritesWholeDigestsAndIsolatesAFailure()
{
    const auto p = [](const char* id) {
        return paper(QString::fromLatin1(id), QStringLiteral("T"));
    };
    const QDate day2 = day1.addDays(1);
    const QDate day3 = day1.addDays(2);
    QStringList errors;
    m_cache.writer->writeDigests({digest(day1, md(), {p("2410.00001"), p("2410.00002")}),
                                  digest(day2, md(), {p("2410.00003")})},
                                 &errors);
    QCOMPARE(errors, QStringList({QString(), QString()}));
    QCOMPARE(m_cache.reader->dayList(day1).size(), 2);
    QCOMPARE(m_cache.reader->dayList(day2).size(), 1);

    // The third entry of any digest fails: the batch falls back to one digest at a time, so
    // only the failing digest is missing and the others are written whole.
    ScratchConnection look(m_cache.paths.cacheFile);
    QCOMPARE(look.run(QStringLiteral(
                 "CREATE TRIGGER fail_third_entry BEFORE INSERT ON digest_entries "
                 "WHEN NEW.pos = 2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;")),
             QString());
    m_cache.writer->writeDigests(
        {digest(day3, md(), {p("2410.00004")}),
         digest(day2, md(), {p("2410.00005"), p("2410.00006"), p("2410.00007")}),
         digest(day3, hf(), {p("2410.00004"), p("2410.00008")})},
        &errors);
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.at(0).isEmpty());
    QVERIFY2(errors.at(1).contains(QStringLiteral("injected failure")), qPrintable(errors.at(1)));
    QVERIFY(errors.at(2).isEmpty());
    QCOMPARE(m_cache.reader->dayList(day2).size(), 1); // what day 2 had before, untouched
    QCOMPARE(m_cache.reader->dayList(day3).size(), 2);
}

void TestCacheStore::recordsFetches()
{
    FetchRecord failed;
    failed.date = day1;
    failed.source = hf();
    failed.status = FetchRecord::Status::Failed;
    failed.checkedAt = QDateTime(day1, QTime(9, 30, 1, 5), Qt::UTC);
    failed.error = QStringLiteral("HTTP 503");
    QString error;
    QVERIFY2(m_cache.writer->recordFetch(failed, &error), qPrintable(error));
    auto read = m_cache.reader->fetchRecord(day1, hf());
    QVERIFY(read);
    QCOMPARE(read->status, FetchRecord::Status::Failed);
    QCOMPARE(read->checkedAt, failed.checkedAt);
    QCOMPARE(read->error, failed.error);

    FetchRecord fetched = failed;
    fetched.status = FetchRecord::Status::Fetched;
    fetched.etag = QStringLiteral("\"abc\"");
    fetched.lastModified = QStringLiteral("Tue, 15 Oct 2024 08:00:00 GMT");
    fetched.error.clear();
    write(digest(day1, hf(), {paper(QStringLiteral("2410.00001"), QStringLiteral("A"))}), fetched);
    read = m_cache.reader->fetchRecord(day1, hf());
    QVERIFY(read);
    QCOMPARE(read->date, day1);
    QCOMPARE(read->source, hf());
    QCOMPARE(read->status, FetchRecord::Status::Fetched);
    QCOMPARE(read->etag, fetched.etag);
    QCOMPARE(read->lastModified, fetched.lastModified);
    QCOMPARE(read->error, QString());

    FetchRecord missing = failed;
    missing.date = day2;
    missing.status = FetchRecord::Status::Missing;
    missing.checkedAt = QDateTime();
    QVERIFY(m_cache.writer->recordFetch(missing, &error));
    QCOMPARE(m_cache.reader->fetchRecord(day2, hf())->status, FetchRecord::Status::Missing);
    QVERIFY(!m_cache.reader->fetchRecord(day2, hf())->checkedAt.isValid());
    QCOMPARE(m_cache.reader->fetchRecord(day2, md()), std::nullopt);
}

void TestCacheStore::writesJsonListsQtAndSqliteRead()
{
    const QString loneSurrogate(QChar(0xD800));
    const QStringList tricky{QString(), QStringLiteral("quote \" and backslash \\ and /"),
                             QStringLiteral("line\nbreak\ttab\r\u0001\u001f end"),
                             QStringLiteral("지식증류 \U0001F600 Café"),
                             QStringLiteral("lone ") + loneSurrogate};
    QStringList expected = tricky;
    expected.last() = QStringLiteral("lone \uFFFD");
    for (const QStringList& list : {QStringList(), tricky}) {
        const QString json = sql::jsonList(list);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(document.array().toVariantList().size(), list.size());
        QCOMPARE(sql::listFrom(json), list.isEmpty() ? list : expected);
    }
    // The same text is what SQLite's JSON functions see (the full-text view reads it).
    ScratchConnection look(m_cache.paths.cacheFile);
    QCOMPARE(look.column(QStringLiteral("SELECT value FROM json_each(?)"), {sql::jsonList(tricky)}),
             expected);
}

void TestCacheStore::dayListReadsOnlyIndexes()
{
    // Every step of the day switch's statement is an index search, and the source rows are
    // read from the list index alone (004_list_index.sql), not from the wide table rows.
    // (Qt counts the two "?1" as two parameters; SQLite sees one, so plain text stands in.)
    ScratchConnection look(m_cache.paths.cacheFile);
    const QString sql =
        QString::fromUtf8(dayListSql).replace(QLatin1String("?1"), QLatin1String("'2025-01-13'"));
    const QStringList plan = look.column(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, {}, 3);
    QVERIFY2(plan.contains(QStringLiteral("SEARCH s USING COVERING INDEX paper_sources_list "
                                          "(paper=?)")),
             qPrintable(plan.join(QLatin1Char('\n'))));
    for (const QString& step : plan)
        QVERIFY2(!step.startsWith(QLatin1String("SCAN")), qPrintable(step));
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "TestCacheStore.moc"
