#include "search/QueryParser.h"
#include "search/Searcher.h"
#include "store/StoreTestSupport.h"
#include "store/cache/CacheWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace paperboy;
using namespace paperboy::search;
using namespace paperboy::store::test;

namespace {

// The fixture papers: English (Hugging Face) and Korean (digest) text, authors, votes and days
// chosen so that every query below has exactly one right answer.
core::Paper distillation()
{
    core::Paper paper =
        store::test::paper(QStringLiteral("2401.00001"),
                           QStringLiteral("Knowledge Distillation for Small Language Models"));
    paper.authors = {QStringLiteral("Yann LeCun"), QStringLiteral("Minjun Kim")};
    paper.abstract = QStringLiteral("We distill large teachers into small students.");
    paper.keywords = {QStringLiteral("distillation"), QStringLiteral("compression")};
    paper.votes = 50;
    return paper;
}

core::Paper distillationKo()
{
    core::Paper paper = store::test::paper(QStringLiteral("2401.00001"),
                                           QStringLiteral("소형 언어 모델을 위한 지식증류"));
    paper.sections = {
        {QStringLiteral("요약"), QStringLiteral("지식증류를 활용하여 작은 학생을 학습합니다.")}};
    return paper;
}

core::Paper diffusion()
{
    core::Paper paper = store::test::paper(QStringLiteral("2401.00002"),
                                           QStringLiteral("Diffusion Models for Video Generation"));
    paper.authors = {QStringLiteral("Alice Smith")};
    paper.abstract = QStringLiteral("A video diffusion model that generates clips.");
    paper.votes = 10;
    return paper;
}

core::Paper diffusionKo()
{
    core::Paper paper = store::test::paper(QStringLiteral("2401.00002"),
                                           QStringLiteral("동영상 생성을 위한 확산 모델"));
    paper.sections = {{QStringLiteral("요약"), QStringLiteral("확산 모델로 동영상을 만듭니다.")}};
    return paper;
}

core::Paper multimodalKo()
{
    core::Paper paper = store::test::paper(QStringLiteral("2402.00003"),
                                           QStringLiteral("멀티모달 대규모 언어모델의 추론 평가"));
    paper.authors = {QStringLiteral("Bob Lee")};
    paper.sections = {{QStringLiteral("요약"), QStringLiteral("멀티모달 추론을 평가합니다.")}};
    return paper;
}

// Text that would be markup, and the private-use characters the snippet markers are made of.
core::Paper hostile()
{
    core::Paper paper = store::test::paper(
        QStringLiteral("2402.00004"),
        QStringLiteral("<b>Bold</b> & <script>alert(1)</script> attention students"));
    paper.authors = {QStringLiteral("Mallory <img src=x onerror=alert(1)>")};
    paper.abstract = QString(QChar(0xE000)) + QStringLiteral("fake") + QChar(0xE001) +
                     QStringLiteral(" attention is <i>all</i> you need ") + QChar(0xE002) +
                     QChar(0xE003);
    paper.votes = 3;
    return paper;
}

// A cache of its own in `dir` holding `digests`, and a searcher over it; null, with the reason
// in `error`, when either cannot be made.
std::unique_ptr<Searcher> searcherOver(const QString& dir, const QList<core::Digest>& digests,
                                       QString* error)
{
    const auto paths = store::DataPaths::inDirectory(dir);
    auto writer = store::CacheWriter::open(paths, error);
    if (!writer)
        return nullptr;
    for (const core::Digest& digest : digests) {
        if (!writer->writeDigest(digest, error))
            return nullptr;
    }
    return Searcher::open(paths, error);
}

QStringList ids(const QList<SearchHit>& hits)
{
    QStringList list;
    for (const SearchHit& hit : hits)
        list.append(hit.id);
    return list;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Searcher> m_searcher;

    QStringList find(const char* text, Sort sort = Sort::Relevance)
    {
        return ids(m_searcher->search(parseQuery(QString::fromUtf8(text)), {sort, 50}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto paths = store::DataPaths::inDirectory(m_dir.path());
        QString error;
        auto writer = store::CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));
        const QString hf = core::huggingFaceSource();
        const QString ko = core::koreanDigestSource();
        for (const core::Digest& digest : {digest(QDate(2024, 1, 8), hf, {distillation()}),
                                           digest(QDate(2024, 1, 8), ko, {distillationKo()}),
                                           digest(QDate(2024, 1, 9), hf, {diffusion()}),
                                           digest(QDate(2024, 1, 9), ko, {diffusionKo()}),
                                           digest(QDate(2024, 2, 1), ko, {multimodalKo()}),
                                           digest(QDate(2024, 2, 2), hf, {hostile()})})
            QVERIFY2(writer->writeDigest(digest, &error), qPrintable(error));
        m_searcher = Searcher::open(paths, &error);
        QVERIFY2(m_searcher, qPrintable(error));
    }

    // Every query below must run without an SQL error: a warning would be one.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void englishWordsAndInflections()
    {
        QCOMPARE(find("video"), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("model").size(), 2); // "Models" in both titles
        QVERIFY(find("model").contains(QStringLiteral("2401.00001")));
        QCOMPARE(find("generating"), QStringList{QStringLiteral("2401.00002")}); // "generates"
        QCOMPARE(find("students teacher"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("video students"), QStringList());
        QCOMPARE(find("\"knowledge distillation\""), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("\"distillation knowledge\""), QStringList());
        QCOMPARE(find("diffus*"), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("model -video"), QStringList{QStringLiteral("2401.00001")});
        // Excluded words with a column filter and a phrase: one FTS5 expression with NOT.
        QCOMPARE(find("author:\"Alice Smith\" -video"), QStringList());
        QCOMPARE(find("author:\"Yann LeCun\" -video -\"diffusion model\""),
                 QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("-video").size(), 3);
        QVERIFY(!find("-video").contains(QStringLiteral("2401.00002")));
        QCOMPARE(find("\"knowledge distil"), QStringList{QStringLiteral("2401.00001")}); // fallback
        QCOMPARE(find("nothingmatchesthis"), QStringList());
    }

    void koreanWordsInsideLongerWords()
    {
        QCOMPARE(find("증류"), QStringList{QStringLiteral("2401.00001")}); // in 지식증류를
        QCOMPARE(find("지식증류"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("확산 모델"), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("\"확산 모델\""), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("멀티모달"), QStringList{QStringLiteral("2402.00003")});
        // Written joined or spaced (언어 모델을), a compound is found either way (schema 11).
        QStringList compound = find("언어모델");
        compound.sort();
        QCOMPARE(compound,
                 (QStringList{QStringLiteral("2401.00001"), QStringLiteral("2402.00003")}));
        QCOMPARE(find("동영상"), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("학생"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("모델 -확산").size(), 2); // 언어 모델을 and 언어모델의
    }

    void authors()
    {
        QCOMPARE(find("lecun"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("author:lecun"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("author:\"Alice Smith\""), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("author:\"Smith Alice\""), QStringList());
        QCOMPARE(find("author:kim video"), QStringList());
        QCOMPARE(find("author:knowledge"), QStringList()); // a title word is no author
    }

    void idsAndUrls()
    {
        QCOMPARE(find("2401.00002"), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("https://arxiv.org/abs/2401.00002v3"),
                 QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("https://huggingface.co/papers/2402.00003"),
                 QStringList{QStringLiteral("2402.00003")});
        QCOMPARE(find("2499.99999"), QStringList());
    }

    void filtersAndSorting()
    {
        QCOMPARE(find("model after:2024-01-09"), QStringList{QStringLiteral("2401.00002")});
        QCOMPARE(find("model before:2024-01-08"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("votes:>10"), QStringList{QStringLiteral("2401.00001")});
        QCOMPARE(find("votes:>=10", Sort::Votes),
                 (QStringList{QStringLiteral("2401.00001"), QStringLiteral("2401.00002")}));
        QCOMPARE(find("after:2024-02"),
                 (QStringList{QStringLiteral("2402.00004"), QStringLiteral("2402.00003")}));
        QCOMPARE(find("source:daily_papers_ko after:2024-02"),
                 QStringList{QStringLiteral("2402.00003")});
        QCOMPARE(find("model", Sort::Date),
                 (QStringList{QStringLiteral("2401.00002"), QStringLiteral("2401.00001")}));
        QCOMPARE(find("model", Sort::Votes),
                 (QStringList{QStringLiteral("2401.00001"), QStringLiteral("2401.00002")}));
        const QList<SearchHit> hits = m_searcher->search(parseQuery(u"video"), {});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().date, QDate(2024, 1, 9));
        QCOMPARE(hits.first().votes, std::optional<int>(10));
        // The title `show` gives (store/cache/MergedPapers.h): Hugging Face's when it has the
        // paper.
        QCOMPARE(hits.first().title, QStringLiteral("Diffusion Models for Video Generation"));
    }

    // "students" is in 00004's title and in 00001's abstract only.
    void titleWeighsMore()
    {
        QCOMPARE(find("students"),
                 (QStringList{QStringLiteral("2402.00004"), QStringLiteral("2401.00001")}));
    }

    // The snippet is the paper's text as text: markup stays literal characters, the private-use
    // characters in the text do not become highlights, only the matched word is highlighted.
    void hostileTextInSnippets()
    {
        // "students" is only in this paper's title: the title is quoted.
        const QList<SearchHit> hits = m_searcher->search(parseQuery(u"students"), {});
        QCOMPARE(ids(hits).first(), QStringLiteral("2402.00004"));
        const Snippet& snippet = hits.first().snippet;
        QVERIFY2(snippet.text.contains(QStringLiteral("<script>")), qPrintable(snippet.text));
        QVERIFY(!snippet.highlights.isEmpty());
        for (const Snippet::Range& range : snippet.highlights)
            QCOMPARE(snippet.text.mid(range.start, range.length).toLower(),
                     QStringLiteral("students"));
        // "attention" is in its title and abstract: the abstract says more than the title the
        // result already shows.
        const QList<SearchHit> both = m_searcher->search(parseQuery(u"attention"), {});
        QCOMPARE(ids(both), QStringList{QStringLiteral("2402.00004")});
        const Snippet& fromAbstract = both.first().snippet;
        QVERIFY2(fromAbstract.text.contains(QStringLiteral("<i>all</i>")),
                 qPrintable(fromAbstract.text));
        for (const Snippet::Range& range : fromAbstract.highlights)
            QCOMPARE(fromAbstract.text.mid(range.start, range.length).toLower(),
                     QStringLiteral("attention"));
        const QList<SearchHit> inAbstract = m_searcher->search(parseQuery(u"need"), {});
        QCOMPARE(ids(inAbstract), QStringList{QStringLiteral("2402.00004")});
        const Snippet& abstract = inAbstract.first().snippet;
        QVERIFY2(abstract.text.contains(QChar(0xE000)), qPrintable(abstract.text));
        QCOMPARE(abstract.highlights.size(), 1);
        QCOMPARE(abstract.text.mid(abstract.highlights.first().start, 4), QStringLiteral("need"));
    }

    void koreanSnippet()
    {
        const QList<SearchHit> hits = m_searcher->search(parseQuery(u"증류"), {});
        QCOMPARE(hits.size(), 1);
        const Snippet& snippet = hits.first().snippet;
        QVERIFY(!snippet.highlights.isEmpty());
        QVERIFY2(snippet.marked(u"[", u"]").contains(QStringLiteral("[증류]")),
                 qPrintable(snippet.marked(u"[", u"]")));
    }

    void weekAndMonthTops()
    {
        QCOMPARE(ids(m_searcher->top(QDate(2024, 1, 8), QDate(2024, 1, 14), 50)),
                 (QStringList{QStringLiteral("2401.00001"), QStringLiteral("2401.00002")}));
        // Unknown votes come last.
        QCOMPARE(ids(m_searcher->top(QDate(2024, 2, 1), QDate(2024, 2, 29), 50)),
                 (QStringList{QStringLiteral("2402.00004"), QStringLiteral("2402.00003")}));
        QCOMPARE(m_searcher->top(QDate(2024, 1, 9), QDate(2024, 1, 9), 50).first().date,
                 QDate(2024, 1, 9));
        QCOMPARE(m_searcher->top(QDate(2024, 1, 10), QDate(2024, 1, 31), 50).size(), 0);
    }

    // Date filters narrow the rowids FTS5 walks (search/FilterSql.h), which must not lose a
    // paper cached after newer ones: here the older days were synced last, and one paper is
    // listed on an old and a new day (its first day counts).
    void dateFiltersWithPapersCachedOutOfOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hf = core::huggingFaceSource();
        const auto make = [](const char* id) {
            return store::test::paper(QString::fromLatin1(id), QStringLiteral("Sparse attention"));
        };
        QString error;
        auto searcher =
            searcherOver(dir.path(),
                         {digest(QDate(2024, 3, 1), hf, {make("2403.00001"), make("2403.00002")}),
                          digest(QDate(2024, 3, 2), hf, {make("2403.00003")}),
                          digest(QDate(2024, 1, 1), hf, {make("2401.00009"), make("2403.00002")}),
                          digest(QDate(2024, 1, 2), hf, {make("2401.00010")})},
                         &error);
        QVERIFY2(searcher, qPrintable(error));
        const auto found = [&searcher](const char16_t* text) {
            QStringList list = ids(searcher->search(parseQuery(text), {Sort::Relevance, 50}));
            list.sort();
            return list;
        };
        // Before the middle of the archive (2024-01-31) and after it: both bounds apply.
        QCOMPARE(found(u"attention before:2024-01-01"),
                 (QStringList{QStringLiteral("2401.00009"), QStringLiteral("2403.00002")}));
        QCOMPARE(found(u"attention before:2024-01-15"),
                 (QStringList{QStringLiteral("2401.00009"), QStringLiteral("2401.00010"),
                              QStringLiteral("2403.00002")}));
        QCOMPARE(found(u"attention after:2024-03-01"),
                 (QStringList{QStringLiteral("2403.00001"), QStringLiteral("2403.00003")}));
        QCOMPARE(found(u"after:2024-03-02"), QStringList{QStringLiteral("2403.00003")});
        QCOMPARE(found(u"attention after:2024-01-02 before:2024-01-02"),
                 QStringList{QStringLiteral("2401.00010")});
    }

    // The summary says when more papers match than the page holds, and when relevance ranked
    // only the newest rankedMatchLimit matches (dates and votes read every match).
    void summarySaysWhatIsLeftOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int perDay = 50;
        const int days = rankedMatchLimit / perDay + 1;
        QList<core::Digest> digests;
        for (int day = 0; day < days; ++day) {
            QList<core::Paper> papers;
            for (int i = 0; i < perDay; ++i)
                papers.append(store::test::paper(
                    QStringLiteral("2301.%1").arg(day * perDay + i, 5, 10, QLatin1Char('0')),
                    QStringLiteral("Common words %1").arg(day * perDay + i)));
            digests.append(
                digest(QDate(2023, 1, 1).addDays(day), core::huggingFaceSource(), papers));
        }
        QString error;
        auto searcher = searcherOver(dir.path(), digests, &error);
        QVERIFY2(searcher, qPrintable(error));
        SearchSummary summary;
        QCOMPARE(searcher->search(parseQuery(u"common"), {Sort::Relevance, 10}, &summary).size(),
                 10);
        QVERIFY(summary.more);
        QVERIFY(summary.rankedNewest);
        QCOMPARE(searcher->search(parseQuery(u"common"), {Sort::Date, 10}, &summary).size(), 10);
        QVERIFY(summary.more);
        QVERIFY(!summary.rankedNewest);
        QCOMPARE(
            searcher->search(parseQuery(u"\"words 7\""), {Sort::Relevance, 10}, &summary).size(),
            1);
        QVERIFY(!summary.more);
        QVERIFY(!summary.rankedNewest);
        // Asking for more hits than relevance ranks ranks every match: a caller that wants them
        // all (the CLI's --limit, trends' counts compared with search) gets them all.
        QCOMPARE(searcher->search(parseQuery(u"common"), {Sort::Relevance, days * perDay}, &summary)
                     .size(),
                 days * perDay);
        QVERIFY(!summary.more);
        QVERIFY(!summary.rankedNewest);
        // A page that ends inside the bound is still ranked among the newest matches.
        QCOMPARE(
            searcher->search(parseQuery(u"common"), {Sort::Relevance, 50, 1900}, &summary).size(),
            50);
        QVERIFY(summary.rankedNewest);
    }

    void relatedPapersExcludeThePaper()
    {
        const QStringList related = ids(m_searcher->related(QStringLiteral("2401.00002"), 5));
        QVERIFY(!related.contains(QStringLiteral("2401.00002")));
        QVERIFY(related.size() <= 5);
        QVERIFY2(related.contains(QStringLiteral("2401.00001")), qPrintable(related.join(u',')));
        QCOMPARE(m_searcher->related(QStringLiteral("2499.99999"), 5).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
