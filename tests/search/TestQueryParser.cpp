#include "search/MatchExpression.h"
#include "search/Periods.h"
#include "search/QueryParser.h"
#include "search/Snippet.h"

#include <QtTest>

using namespace paperboy::search;

namespace {

Term word(const char* text, bool excluded = false)
{
    return {Term::Kind::Word, QString::fromUtf8(text), excluded};
}

} // namespace

class TestQueryParser final : public QObject
{
    Q_OBJECT

private slots:
    void wordsPhrasesPrefixesExclusions()
    {
        const Query query =
            parseQuery(u"  diffusion \"video generation\" distil* -survey  -\"a b\"");
        QCOMPARE(query.terms.size(), 5);
        QCOMPARE(query.terms.at(0), word("diffusion"));
        QCOMPARE(query.terms.at(1),
                 (Term{Term::Kind::Phrase, QStringLiteral("video generation"), false}));
        QCOMPARE(query.terms.at(2), (Term{Term::Kind::Prefix, QStringLiteral("distil"), false}));
        QCOMPARE(query.terms.at(3), word("survey", true));
        QCOMPARE(query.terms.at(4), (Term{Term::Kind::Phrase, QStringLiteral("a b"), true}));
        QVERIFY(!query.hasFilters());
    }

    void filters()
    {
        const Query query = parseQuery(u"model author:\"Yann  LeCun\" author:kim after:2024-01 "
                                       u"before:2024-02-10 votes:>20 source:hf");
        QCOMPARE(query.terms, QList<Term>{word("model")});
        QCOMPARE(query.authors, (QStringList{QStringLiteral("Yann LeCun"), QStringLiteral("kim")}));
        QCOMPARE(query.after, std::optional<QDate>(QDate(2024, 1, 1)));
        QCOMPARE(query.before, std::optional<QDate>(QDate(2024, 2, 10)));
        QCOMPARE(query.minVotes, std::optional<int>(21));
        QCOMPARE(query.sources, QStringList{QStringLiteral("hf")});
        QCOMPARE(parseQuery(u"votes:>=5").minVotes, std::optional<int>(5));
        QCOMPARE(parseQuery(u"votes:7").minVotes, std::optional<int>(7));
        QCOMPARE(parseQuery(u"before:2023").before, std::optional<QDate>(QDate(2023, 12, 31)));
        QCOMPARE(parseQuery(u"before:2024-02").before, std::optional<QDate>(QDate(2024, 2, 29)));
    }

    // A syntax error never fails the search: the whole query is read as plain words.
    void syntaxErrorsFallBackToWords()
    {
        QVERIFY(!parseQueryStrict(u"\"open phrase"));
        QCOMPARE(parseQuery(u"\"open phrase").terms, (QList<Term>{word("open"), word("phrase")}));
        QCOMPARE(parseQuery(u"model after:yesterday").terms,
                 (QList<Term>{word("model"), word("after:yesterday")}));
        QCOMPARE(parseQuery(u"votes:>many").terms, QList<Term>{word("votes:>many")});
        QCOMPARE(parseQuery(u"author:").terms, QList<Term>{word("author:")});
        // An unknown value of a user-data filter makes the query plain words.
        QCOMPARE(parseQuery(u"is:famous").terms, QList<Term>{word("is:famous")});
        QVERIFY(!parseQuery(u"has:pdf").hasFilters());
    }

    void userDataFilters()
    {
        const Query query = parseQuery(u"diffusion IS:Bookmarked has:note");
        QCOMPARE(query.terms, QList<Term>{word("diffusion")});
        QVERIFY(query.bookmarked && query.hasNote && !query.read);
        QVERIFY(query.hasFilters() && query.hasUserFilters());
        QCOMPARE(parseQuery(u"is:unread").read, std::optional<bool>(false));
        QCOMPARE(parseQuery(u"is:read").read, std::optional<bool>(true));
        QVERIFY(!parseQuery(u"model").hasUserFilters());
    }

    void paperIds()
    {
        QCOMPARE(parseQuery(u" 2401.00002 ").paperId->id(), QStringLiteral("2401.00002"));
        QCOMPARE(parseQuery(u"https://arxiv.org/abs/2401.00002v2").paperId->id(),
                 QStringLiteral("2401.00002"));
        QCOMPARE(parseQuery(u"https://huggingface.co/papers/2401.00002").paperId->id(),
                 QStringLiteral("2401.00002"));
        QVERIFY(!parseQuery(u"https://example.org/papers/2401.00002").paperId);
        QVERIFY(!parseQuery(u"2401.00002 diffusion").paperId);
    }

    // Nothing the user types reaches FTS5 as syntax: every piece is a quoted string.
    void matchExpressionsQuoteEverything()
    {
        const MatchExpression match =
            matchExpression(parseQuery(u"OR NEAR( a*b -x* 증류 값 author:\"김 민준\""));
        QCOMPARE(match.positive,
                 QStringLiteral("\"OR\" AND \"NEAR(\" AND \"a*b\" AND \"증류\" AND \"값\"* AND "
                                "authors : (NEAR(\"김\"* \"민준\", 2))"));
        QCOMPARE(match.excluded, QStringLiteral("\"x\"*"));
        QCOMPARE(termExpression({Term::Kind::Phrase, QStringLiteral("확산 모델"), false}),
                 QStringLiteral("NEAR(\"확산\" \"모델\", 2)"));
        QCOMPARE(termExpression({Term::Kind::Phrase, QStringLiteral("video \"gen\""), false}),
                 QStringLiteral("\"video \"\"gen\"\"\""));
        QCOMPARE(termExpression(word("--")), QString());
    }

    // FTS5 reads an expression only up to a NUL, so a NUL pasted into the search field left a
    // quote open ("unterminated string"): it is written as a space, which the tokenizer
    // splits at anyway (fuzz fixture tests/data/fuzz/search_query/nul_inside_a_word.txt).
    void matchExpressionsHaveNoNul()
    {
        const QString text = QStringLiteral("kim h") + QChar(0) + QStringLiteral("f");
        const MatchExpression match = matchExpression(parseQuery(text));
        QVERIFY(!match.positive.contains(QChar(0)));
        QCOMPARE(match.positive, QStringLiteral("\"kim\" AND \"h f\""));
    }

    void snippetMarkers()
    {
        const QString open = QStringLiteral("<<1>>");
        const QString close = QStringLiteral("<</1>>");
        const Snippet snippet =
            snippetFromMarked(u"a <<1>>b<</1>> c <<1>>d<</1>> <<1>>unclosed", open, close);
        QCOMPARE(snippet.text, QStringLiteral("a b c d unclosed"));
        QCOMPARE(snippet.highlights, (QList<Snippet::Range>{{2, 1}, {6, 1}}));
        QCOMPARE(snippet.marked(u"[", u"]"), QStringLiteral("a [b] c [d] unclosed"));
        const SnippetMarkers one = SnippetMarkers::generate();
        QVERIFY(one.open != SnippetMarkers::generate().open);
        QVERIFY(one.open != one.close);
    }

    void isoWeeksAndMonths()
    {
        QCOMPARE(isoWeek(u"2021-W01"),
                 std::optional(DayRange{QDate(2021, 1, 4), QDate(2021, 1, 10)}));
        QCOMPARE(isoWeek(u"2020-W53"),
                 std::optional(DayRange{QDate(2020, 12, 28), QDate(2021, 1, 3)}));
        QCOMPARE(isoWeek(u"2026-W01"),
                 std::optional(DayRange{QDate(2025, 12, 29), QDate(2026, 1, 4)}));
        QCOMPARE(isoWeek(u"2024-W52"),
                 std::optional(DayRange{QDate(2024, 12, 23), QDate(2024, 12, 29)}));
        QCOMPARE(isoWeek(u"2025-W01"),
                 std::optional(DayRange{QDate(2024, 12, 30), QDate(2025, 1, 5)}));
        QVERIFY(!isoWeek(u"2021-W53")); // 2021 has 52 weeks
        QVERIFY(!isoWeek(u"2021-W00"));
        QVERIFY(!isoWeek(u"2021-1"));
        QCOMPARE(isoWeekOf(QDate(2027, 1, 1)), (DayRange{QDate(2026, 12, 28), QDate(2027, 1, 3)}));
        QCOMPARE(month(u"2024-02"), std::optional(DayRange{QDate(2024, 2, 1), QDate(2024, 2, 29)}));
        QCOMPARE(month(u"2023-12"),
                 std::optional(DayRange{QDate(2023, 12, 1), QDate(2023, 12, 31)}));
        QVERIFY(!month(u"2023-13"));
        QVERIFY(!month(u"2023-1"));
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "TestQueryParser.moc"
