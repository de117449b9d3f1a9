// Watches (issue 33): new counts exact over imports, re-imports, replaced and pruned days,
// the seen state over restarts and userdata export/import, and hostile names and queries.
#include "export/UserDataJson.h"
#include "search/QueryParser.h"
#include "search/WatchSearch.h"
#include "store/StoreTestSupport.h"
#include "store/cache/CacheWriter.h"
#include "store/user/UserStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::search;

namespace {

core::Paper paperAbout(const char* id, const char* title, const char* abstract = "")
{
    core::Paper paper = store::test::paper(QString::fromLatin1(id), QString::fromUtf8(title));
    paper.abstract = QString::fromUtf8(abstract);
    paper.authors = {QStringLiteral("Ada Lovelace")};
    return paper;
}

const QDate day1(2024, 3, 1);
const QDate day2(2024, 3, 2);
const QDate day3(2024, 3, 3);
const QDate day4(2024, 3, 4);

core::Digest hf(QDate day, const core::Papers& papers)
{
    return store::test::digest(day, QStringLiteral("hf"), papers);
}

} // namespace

class TestWatches final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    store::DataPaths m_paths;
    std::unique_ptr<store::CacheWriter> m_writer;
    std::unique_ptr<store::UserStore> m_user;
    std::unique_ptr<WatchSearch> m_search;

    void write(const core::Digest& digest)
    {
        QString error;
        QVERIFY2(m_writer->writeDigest(digest, &error), qPrintable(error));
    }

    // The ids new in watch `name`, in arrival order.
    QStringList newIds(const QString& name, const WatchCounts& counts)
    {
        QStringList ids;
        const WatchNew* watch = counts.find(name);
        if (!watch)
            return {QStringLiteral("<not counted>")};
        const auto page = m_search->results(*m_user->watch(name), 100, true);
        for (const SearchHit& hit : page.hits)
            ids.append(hit.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    WatchCounts count(const WatchCounts& previous = {})
    {
        const auto counts = m_search->countNew(m_user->watches(), previous);
        return counts ? *counts : WatchCounts{-1, {}};
    }

    void addWatch(const QString& name, const QString& query)
    {
        QString error;
        QVERIFY2(m_user->addWatch(name, query, m_search->seenMark(), &error), qPrintable(error));
    }

    // Counting from scratch and counting on from `previous` must agree, whatever changed.
    void compareWithFullCount(const WatchCounts& incremental)
    {
        const WatchCounts full = count();
        QCOMPARE(incremental.watches.size(), full.watches.size());
        for (qsizetype i = 0; i < full.watches.size(); ++i) {
            QCOMPARE(incremental.watches.at(i).name, full.watches.at(i).name);
            QCOMPARE(incremental.watches.at(i).keys, full.watches.at(i).keys);
            QCOMPARE(incremental.watches.at(i).arrivals, full.watches.at(i).arrivals);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = store::DataPaths::inDirectory(m_dir.path());
        QString error;
        m_writer = store::CacheWriter::open(m_paths, &error);
        QVERIFY2(m_writer, qPrintable(error));
        m_user = store::UserStore::open(m_paths, &error);
        QVERIFY2(m_user, qPrintable(error));
        write(hf(day1, {paperAbout("2403.00001", "Robot arms that learn"),
                        paperAbout("2403.00002", "Diffusion for images")}));
        m_search = WatchSearch::open(m_paths, &error);
        QVERIFY2(m_search, qPrintable(error));
    }

    void newCountsFollowImportsReplacementsAndPruning()
    {
        QVERIFY(m_user->isEmpty());
        addWatch(QStringLiteral("robots"), QStringLiteral("robot"));
        QVERIFY(!m_user->isEmpty()); // a file holding only watches is backed up too
        addWatch(QStringLiteral("diffusion"), QStringLiteral("diffusion -video"));
        WatchCounts counts = count();
        QCOMPARE(counts.newCount(QStringLiteral("robots")), 0); // what was cached is seen
        QCOMPARE(m_search->total(QStringLiteral("robot")), 1);

        // A day arrives: its matches are new.
        write(hf(day2, {paperAbout("2403.00003", "Robot hands", "Grasping."),
                        paperAbout("2403.00004", "Robot video diffusion"),
                        paperAbout("2403.00005", "Diffusion transformers"),
                        paperAbout("2403.00006", "Language models")}));
        WatchCounts next = count(counts);
        compareWithFullCount(next);
        QCOMPARE(newIds(QStringLiteral("robots"), next),
                 (QStringList{QStringLiteral("2403.00003"), QStringLiteral("2403.00004")}));
        QCOMPARE(newIds(QStringLiteral("diffusion"), next),
                 QStringList{QStringLiteral("2403.00005")});
        QCOMPARE(gainedWatches(counts, next),
                 (QList<std::pair<QString, int>>{{QStringLiteral("robots"), 2},
                                                 {QStringLiteral("diffusion"), 1}}));
        counts = next;

        // The same day again, with new votes: nothing arrives, nothing is new again.
        core::Digest again = hf(day2, {paperAbout("2403.00003", "Robot hands", "Grasping."),
                                       paperAbout("2403.00004", "Robot video diffusion"),
                                       paperAbout("2403.00005", "Diffusion transformers"),
                                       paperAbout("2403.00006", "Language models")});
        again.papers[0].votes = 99;
        write(again);
        next = count(counts);
        compareWithFullCount(next);
        QCOMPARE(next.lastArrival, counts.lastArrival);
        QCOMPARE(next.newCount(QStringLiteral("robots")), 2);
        QVERIFY(gainedWatches(counts, next).isEmpty());
        counts = next;

        // The day replaced: a paper it drops leaves the cache and the count, one it adds is new.
        write(hf(day2, {paperAbout("2403.00003", "Robot hands", "Grasping."),
                        paperAbout("2403.00005", "Diffusion transformers"),
                        paperAbout("2403.00007", "A robot that cooks")}));
        next = count(counts);
        compareWithFullCount(next);
        QCOMPARE(newIds(QStringLiteral("robots"), next),
                 (QStringList{QStringLiteral("2403.00003"), QStringLiteral("2403.00007")}));
        counts = next;

        // Pruning: the newest day stays, the older ones go, and their papers leave the counts.
        write(hf(day3, {paperAbout("2403.00008", "Robot swarms")}));
        QString error;
        const QList<QDate> dropped = m_writer->pruneToSize(1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(dropped, (QList<QDate>{day1, day2}));
        next = count(counts);
        compareWithFullCount(next);
        QCOMPARE(newIds(QStringLiteral("robots"), next), QStringList{QStringLiteral("2403.00008")});
        QCOMPARE(next.newCount(QStringLiteral("diffusion")), 0);
        counts = next;

        // A pruned paper listed again arrives again: it left, so it is new again.
        write(hf(day1, {paperAbout("2403.00001", "Robot arms that learn")}));
        next = count(counts);
        compareWithFullCount(next);
        QCOMPARE(newIds(QStringLiteral("robots"), next),
                 (QStringList{QStringLiteral("2403.00001"), QStringLiteral("2403.00008")}));

        // Arrival times only grow, even for papers written within one millisecond: a seen mark
        // splits them exactly.
        store::test::ScratchConnection look(m_paths.cacheFile);
        QCOMPARE(look.scalar(QStringLiteral("SELECT count(*) FROM paper_arrivals a JOIN "
                                            "paper_arrivals b ON b.seq > a.seq AND "
                                            "b.arrived_at <= a.arrived_at"))
                     .toInt(),
                 0);
        QCOMPARE(
            look.scalar(QStringLiteral("SELECT count(*) FROM papers p LEFT JOIN "
                                       "paper_arrivals a ON a.paper = p.pk WHERE a.seq IS NULL"))
                .toInt(),
            0);
    }

    // A day listed by two sources: one source replacing its list drops only the papers no
    // source lists any more; the bulk import path (writeDigests) records arrivals as
    // writeDigest does; Clear Cache empties every count and what is imported again is new.
    void countsAcrossSourcesBulkImportsAndClearing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const store::DataPaths paths = store::DataPaths::inDirectory(dir.path());
        QString error;
        auto writer = store::CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));
        auto user = store::UserStore::open(paths, &error);
        QVERIFY2(user, qPrintable(error));
        QVERIFY2(writer->writeDigest(hf(day1, {paperAbout("2403.00101", "Robot one")}), &error),
                 qPrintable(error));
        auto search = WatchSearch::open(paths, &error);
        QVERIFY2(search, qPrintable(error));
        QVERIFY2(user->addWatch(QStringLiteral("robots"), QStringLiteral("robot"),
                                search->seenMark(), &error),
                 qPrintable(error));
        const auto newIn = [&](const WatchCounts& previous) {
            const auto counts = search->countNew(user->watches(), previous);
            const auto full = search->countNew(user->watches());
            if (!counts || !full ||
                counts->watches.constFirst().keys != full->watches.constFirst().keys)
                return std::make_pair(WatchCounts{}, QStringList{QStringLiteral("<differs>")});
            QStringList ids;
            for (const SearchHit& hit :
                 search->results(*user->watch(QStringLiteral("robots")), 100, true).hits)
                ids.append(hit.id);
            std::sort(ids.begin(), ids.end());
            return std::make_pair(*counts, ids);
        };
        auto [counts, ids] = newIn({});
        QCOMPARE(ids, QStringList());

        const QString ko = QStringLiteral("ko");
        QVERIFY(writer->writeDigest(store::test::digest(day2, ko,
                                                        {paperAbout("2403.00102", "Robot two"),
                                                         paperAbout("2403.00103", "Robot three")}),
                                    &error));
        QVERIFY(writer->writeDigest(hf(day2, {paperAbout("2403.00103", "Robot three")}), &error));
        std::tie(counts, ids) = newIn(counts);
        QCOMPARE(ids, (QStringList{QStringLiteral("2403.00102"), QStringLiteral("2403.00103")}));

        // The Korean list replaced: 102 leaves; 103 stays, Hugging Face still lists it.
        QVERIFY(writer->writeDigest(
            store::test::digest(day2, ko, {paperAbout("2403.00104", "Language models")}), &error));
        std::tie(counts, ids) = newIn(counts);
        QCOMPARE(ids, QStringList{QStringLiteral("2403.00103")});

        QStringList errors;
        writer->writeDigests({hf(day3, {paperAbout("2403.00105", "Robot five")})}, &errors);
        QCOMPARE(errors, QStringList{QString()});
        std::tie(counts, ids) = newIn(counts);
        QCOMPARE(ids, (QStringList{QStringLiteral("2403.00103"), QStringLiteral("2403.00105")}));

        QVERIFY2(writer->clearAll(&error), qPrintable(error));
        std::tie(counts, ids) = newIn(counts);
        QCOMPARE(ids, QStringList());
        QCOMPARE(counts.newCount(QStringLiteral("robots")), 0);
        QVERIFY(writer->writeDigest(hf(day1, {paperAbout("2403.00101", "Robot one")}), &error));
        std::tie(counts, ids) = newIn(counts);
        QCOMPARE(ids, QStringList{QStringLiteral("2403.00101")});
    }

    void openingMarksSeenAndSurvivesRestartAndExport()
    {
        const auto page = m_search->results(*m_user->watch(QStringLiteral("robots")), 50);
        QVERIFY(!page.newKeys.isEmpty());
        QVERIFY(!page.hits.isEmpty());
        for (qsizetype i = 1; i < page.hits.size(); ++i) // newest day first
            QVERIFY(page.hits.at(i - 1).date >= page.hits.at(i).date);
        QString error;
        QVERIFY2(m_user->markWatchSeen(QStringLiteral("robots"), page.seenMark, &error),
                 qPrintable(error));
        // An older mark never makes seen papers new again.
        QVERIFY(
            m_user->markWatchSeen(QStringLiteral("robots"), QStringLiteral("2000-01-01"), &error));
        QCOMPARE(count().newCount(QStringLiteral("robots")), 0);

        write(hf(day4, {paperAbout("2403.00009", "Robot learning at scale")}));
        QCOMPARE(newIds(QStringLiteral("robots"), count()),
                 QStringList{QStringLiteral("2403.00009")});

        // A restart: the user file keeps the seen mark.
        const store::Watches before = m_user->watches();
        m_user.reset();
        m_search.reset();
        m_user = store::UserStore::open(m_paths, &error);
        m_search = WatchSearch::open(m_paths, &error);
        QVERIFY(m_user && m_search);
        QCOMPARE(m_user->watches(), before);
        QCOMPARE(newIds(QStringLiteral("robots"), count()),
                 QStringList{QStringLiteral("2403.00009")});

        // userdata export, a lost user file, userdata import: the same watches and counts.
        const auto snapshot = m_user->snapshot(&error);
        QVERIFY2(snapshot, qPrintable(error));
        const QByteArray json = exporting::userDataToJson(*snapshot);
        m_user.reset();
        QVERIFY(QFile::remove(m_paths.userFile));
        QFile::remove(m_paths.userFile + QStringLiteral("-wal"));
        QFile::remove(m_paths.userFile + QStringLiteral("-shm"));
        m_user = store::UserStore::open(m_paths, &error);
        QVERIFY2(m_user, qPrintable(error));
        QVERIFY(m_user->watches().isEmpty());
        const auto incoming = exporting::userDataFromJson(json, &error);
        QVERIFY2(incoming, qPrintable(error));
        const auto merged = m_user->merge(*incoming, &error);
        QVERIFY2(merged, qPrintable(error));
        QCOMPARE(merged->watches, 2);
        QCOMPARE(m_user->watches(), before);
        QCOMPARE(newIds(QStringLiteral("robots"), count()),
                 QStringList{QStringLiteral("2403.00009")});
        // Importing the same file again changes nothing.
        QCOMPARE(m_user->merge(*incoming, &error)->watches, 0);

        // A file from before watches (no "watches" key) still imports.
        QJsonObject old = QJsonDocument::fromJson(json).object();
        old.remove(QStringLiteral("watches"));
        QVERIFY2(exporting::userDataFromJson(QJsonDocument(old).toJson(), &error),
                 qPrintable(error));
    }

    void renameReorderAndCancel()
    {
        QString error;
        QVERIFY2(m_user->renameWatch(QStringLiteral("diffusion"), QStringLiteral("diff"), &error),
                 qPrintable(error));
        QVERIFY(!m_user->renameWatch(QStringLiteral("diff"), QStringLiteral("robots"), &error));
        QVERIFY(!m_user->removeWatch(QStringLiteral("nothing"), &error));
        QVERIFY2(m_user->setWatchOrder({QStringLiteral("diff"), QStringLiteral("robots")}, &error),
                 qPrintable(error));
        QCOMPARE(m_user->watches().constFirst().name, QStringLiteral("diff"));
        std::atomic_bool cancel = true;
        QVERIFY(!m_search->countNew(m_user->watches(), {}, &cancel));
    }

    void openingReadsTheNewestDaysFirstAndAgreesWithSearch()
    {
        // Days over four months, so that the widening windows of results() are used.
        for (int d = 0; d < 120; d += 3)
            write(hf(QDate(2024, 4, 1).addDays(d),
                     {paperAbout(qPrintable(QStringLiteral("2404.%1").arg(200 + d, 5, 10,
                                                                          QLatin1Char('0'))),
                                 "Robot days")}));
        QString error;
        const auto searcher = Searcher::open(m_paths, &error);
        QVERIFY2(searcher, qPrintable(error));
        const store::Watch robots = *m_user->watch(QStringLiteral("robots"));
        for (const int limit : {1, 3, 10, 30, 100}) {
            const auto expected = searcher->search(parseQuery(robots.query), {Sort::Date, limit});
            const auto page = m_search->results(robots, limit);
            QStringList got, want;
            for (const SearchHit& hit : page.hits)
                got.append(hit.id);
            for (const SearchHit& hit : expected)
                want.append(hit.id);
            QCOMPARE(got, want);
        }
    }

    void hostileNamesAndQueries()
    {
        QString error;
        const QString rtl = QStringLiteral("\u202Egnp.exe \"quoted\" 'name'");
        addWatch(rtl, QStringLiteral("robot"));
        QVERIFY(m_user->watch(rtl));
        QVERIFY(!m_user->addWatch(QString(10000, QLatin1Char('n')), QStringLiteral("x"),
                                  m_search->seenMark(), &error));
        QVERIFY(!m_user->addWatch(QStringLiteral("two\nlines"), QStringLiteral("x"),
                                  m_search->seenMark(), &error));
        // A query that does not parse is searched as plain words; a huge one is searched too.
        addWatch(QStringLiteral("open quote"), QStringLiteral("robot \"learning"));
        QString huge;
        while (huge.size() < 10000)
            huge += QStringLiteral("robot \"\u202E' OR 1=1 -- ");
        huge.truncate(10000);
        addWatch(QStringLiteral("huge"), huge);
        write(hf(QDate(2024, 3, 5), {paperAbout("2403.00010", "Robot learning, again")}));
        const WatchCounts counts = count();
        QCOMPARE(counts.watches.size(), 5);
        QCOMPARE(counts.newCount(QStringLiteral("open quote")), 1);
        QCOMPARE(counts.newCount(rtl), 1);
        QCOMPARE(counts.newCount(QStringLiteral("huge")), 0);
        m_search->total(huge); // answers, whatever it finds
    }
};

QTEST_GUILESS_MAIN(TestWatches)
#include "TestWatches.moc"
