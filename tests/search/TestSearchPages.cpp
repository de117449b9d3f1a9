// What a search result shows and how a window reads more of them: snippets quote the paper's
// words (not the digests' section headings, each author once, from a word's start), and the
// results come in pages (SearchOptions::offset).
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

// Filler words, different per paper, so that a window of 16 tokens must start inside the text.
QString filler(int count, int seed)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(QStringLiteral("filler%1x%2").arg(seed).arg(i));
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestSearchPages final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Searcher> m_searcher;

    QList<SearchHit> hits(const char* text, SearchOptions options = {})
    {
        return m_searcher->search(parseQuery(QString::fromUtf8(text)), options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto paths = store::DataPaths::inDirectory(m_dir.path());
        QString error;
        auto writer = store::CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));

        // Both sources list the same authors, in different orders; the digest's sections have
        // English and Korean headings.
        core::Paper hf = paper(QStringLiteral("2412.00001"), QStringLiteral("Simplex Methods"));
        hf.authors = {QStringLiteral("Jiachen Zhu"), QStringLiteral("Ana Purpose")};
        hf.abstract = QStringLiteral("We revisit linear programming.");
        core::Paper ko = hf;
        ko.authors = {QStringLiteral("Ana Purpose"), QStringLiteral("Jiachen Zhu")};
        ko.abstract.clear();
        ko.sections = {{QStringLiteral("What's New"),
                        filler(20, 0) + QStringLiteral(" 선형계획법과 심플렉스 알고리즘을 다시 ") +
                            QStringLiteral("살펴봅니다. ") + filler(20, 1)},
                       {QStringLiteral("Purpose"), QStringLiteral("선형 계획을 빠르게 풉니다.")}};
        QVERIFY2(writer->writeDigest(digest(QDate(2024, 12, 16), core::huggingFaceSource(), {hf}),
                                     &error),
                 qPrintable(error));
        QVERIFY2(writer->writeDigest(digest(QDate(2024, 12, 16), core::koreanDigestSource(), {ko}),
                                     &error),
                 qPrintable(error));

        // Seven papers sharing a word, for the pages.
        core::Papers many;
        for (int i = 0; i < 7; ++i) {
            core::Paper one = paper(QStringLiteral("2412.0010%1").arg(i),
                                    QStringLiteral("Paging study number %1").arg(i));
            one.abstract = QStringLiteral("pagination ") + filler(i + 1, i + 10);
            many.append(one);
        }
        QVERIFY2(writer->writeDigest(digest(QDate(2024, 12, 17), core::huggingFaceSource(), many),
                                     &error),
                 qPrintable(error));
        m_searcher = Searcher::open(paths, &error);
        QVERIFY2(m_searcher, qPrintable(error));
    }

    // A section's heading is no word of the paper: not found, not quoted.
    void sectionHeadingsAreNotText()
    {
        QCOMPARE(hits("what's").size(), 0);
        QCOMPARE(hits("new").size(), 0);
        const QList<SearchHit> found = hits("purpose");
        QCOMPARE(found.size(), 1); // the author Ana Purpose
        QVERIFY2(found.first().snippet.text.contains(QStringLiteral("Ana Purpose")),
                 qPrintable(found.first().snippet.text));
        const QList<SearchHit> korean = hits("선형");
        QCOMPARE(korean.size(), 1);
        QVERIFY2(!korean.first().snippet.text.contains(QStringLiteral("Purpose")),
                 qPrintable(korean.first().snippet.text));
        QVERIFY2(!korean.first().snippet.text.contains(QStringLiteral("New")),
                 qPrintable(korean.first().snippet.text));
    }

    // Two sources naming the same people: each name is quoted once.
    void eachAuthorOnce()
    {
        const QList<SearchHit> found = hits("author:zhu");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().snippet.text.count(QStringLiteral("Jiachen Zhu")), 1);
        QCOMPARE(found.first().snippet.text.count(QStringLiteral("Ana Purpose")), 1);
    }

    // A snippet starting inside the text starts at a word: 선형계획법과, not 계획법과.
    void snippetsStartAtWords()
    {
        const QList<SearchHit> found = hits("심플렉스");
        QCOMPARE(found.size(), 1);
        const QString text = found.first().snippet.text;
        QVERIFY2(text.contains(QStringLiteral("선형계획법과 심플렉스")), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("\u2026")), qPrintable(text));
        // After the ellipsis comes a whole word: the one before it in the text is a space.
        const QString firstWord = text.mid(1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(firstWord.startsWith(QStringLiteral("filler")) ||
                     firstWord == QStringLiteral("선형계획법과"),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("\u2026")), qPrintable(text));
        const QString lastWord = text.chopped(1).section(QLatin1Char(' '), -1);
        QVERIFY2(lastWord.startsWith(QStringLiteral("filler")) ||
                     QStringLiteral("선형계획법과 심플렉스 알고리즘을 다시 살펴봅니다.")
                         .split(QLatin1Char(' '))
                         .contains(lastWord),
                 qPrintable(text));
    }

    // Pages of 3 read in turn give the one list of 7, in the same order, each hit once, and
    // say whether another page follows.
    void pagesFollowEachOther()
    {
        for (const Sort sort : {Sort::Relevance, Sort::Date, Sort::Votes}) {
            QStringList whole;
            for (const SearchHit& hit : hits("pagination", {sort, 100, 0}))
                whole.append(hit.id);
            QCOMPARE(whole.size(), 7);
            QStringList paged;
            for (int offset = 0;; offset += 3) {
                SearchSummary summary;
                const QList<SearchHit> page = m_searcher->search(
                    parseQuery(QStringLiteral("pagination")), {sort, 3, offset}, &summary);
                for (const SearchHit& hit : page)
                    paged.append(hit.id);
                QCOMPARE(summary.more, offset + 3 < 7);
                if (!summary.more)
                    break;
            }
            QCOMPARE(paged, whole);
        }
        QCOMPARE(hits("pagination", {Sort::Relevance, 3, 7}).size(), 0);
        // An id answers one page of one paper.
        QCOMPARE(hits("2412.00101", {Sort::Relevance, 3, 0}).size(), 1);
        QCOMPARE(hits("2412.00101", {Sort::Relevance, 3, 3}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchPages)
#include "TestSearchPages.moc"
