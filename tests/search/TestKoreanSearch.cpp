// Korean searches against the index of two-character pieces (store/fts/FtsTokenizer.h): words of
// one to four syllables inside longer words, phrases, and what a one-syllable query finds now
// that a run's last character is no longer indexed on its own (schema 9).
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

const QString alignment = QStringLiteral("2403.00001");
const QString diffusion = QStringLiteral("2403.00002");
const QString speech = QStringLiteral("2403.00003");

core::Paper koreanPaper(const QString& id, const QString& title, const QString& summary)
{
    core::Paper paper = store::test::paper(id, title);
    paper.sections = {{QStringLiteral("요약"), summary}};
    return paper;
}

// Each syllable and word the tests ask for is in one paper only, unless a test says otherwise.
core::Papers papers()
{
    return {koreanPaper(alignment, QStringLiteral("강화학습으로 정렬된 대규모언어모델의 추론"),
                        QStringLiteral("멀티모달 데이터셋을 구축하고 강화학습을 적용합니다.")),
            koreanPaper(diffusion, QStringLiteral("확산 모델을 이용한 동영상 생성"),
                        QStringLiteral("잠재 확산 모델로 고해상도 영상을 만듭니다. 새 방법.")),
            koreanPaper(speech, QStringLiteral("음성 인식과 번역"),
                        QStringLiteral("음성을 글로 옮기는 전 과정."))};
}

QStringList ids(const QList<SearchHit>& hits)
{
    QStringList list;
    for (const SearchHit& hit : hits)
        list.append(hit.id);
    list.sort();
    return list;
}

// The highlighted words of a snippet, in order.
QStringList highlighted(const Snippet& snippet)
{
    QStringList words;
    for (const Snippet::Range& range : snippet.highlights)
        words.append(snippet.text.mid(range.start, range.length));
    return words;
}

} // namespace

class TestKoreanSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Searcher> m_searcher;

    QList<SearchHit> hits(const char* text)
    {
        return m_searcher->search(parseQuery(QString::fromUtf8(text)), {Sort::Relevance, 50});
    }
    QStringList find(const char* text) { return ids(hits(text)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto paths = store::DataPaths::inDirectory(m_dir.path());
        QString error;
        auto writer = store::CacheWriter::open(paths, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY2(writer->writeDigest(
                     digest(QDate(2024, 3, 4), core::koreanDigestSource(), papers()), &error),
                 qPrintable(error));
        m_searcher = Searcher::open(paths, &error);
        QVERIFY2(m_searcher, qPrintable(error));
    }

    // Every query below must run without an SQL error: a warning would be one.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // A one-syllable query is a prefix query over the pieces: it finds the syllable where a
    // piece starts with it (강 of 강화학습, 멀 of 멀티모달) or where it is a word of its own
    // (새, 전).
    void oneSyllable()
    {
        QCOMPARE(find("강"), QStringList{alignment});
        QCOMPARE(find("멀"), QStringList{alignment});
        QCOMPARE(find("잠"), QStringList{diffusion});
        QCOMPARE(find("새"), QStringList{diffusion});
        QCOMPARE(find("전"), QStringList{speech});
        QCOMPARE(find("음"), QStringList{speech});
        QCOMPARE(find("모"), (QStringList{alignment, diffusion})); // 모델 in both, 모달 in one
        // What the index no longer holds: a syllable that only ever ends a longer run (the
        // particle of 언어모델의, the ending of 만듭니다) is not found on its own, nor by the
        // piece across the space after it (schema 11 marks those: 의 추론 -> _의추).
        QCOMPARE(find("의"), QStringList());
        QCOMPARE(find("다"), QStringList());
        // It is found as part of a longer word, as before.
        QCOMPARE(find("델의"), QStringList{alignment});
    }

    void wordsInsideLongerWords()
    {
        // Two syllables.
        QCOMPARE(find("학습"), QStringList{alignment}); // 강화학습으로
        QCOMPARE(find("언어"), QStringList{alignment}); // 대규모언어모델의
        QCOMPARE(find("정렬"), QStringList{alignment}); // 정렬된
        QCOMPARE(find("해상"), QStringList{diffusion}); // 고해상도
        QCOMPARE(find("인식"), QStringList{speech});    // 인식과
        QCOMPARE(find("모델"), (QStringList{alignment, diffusion}));
        // Three.
        QCOMPARE(find("데이터"), QStringList{alignment}); // 데이터셋을
        QCOMPARE(find("규모언"), QStringList{alignment}); // across two words of a compound
        QCOMPARE(find("해상도"), QStringList{diffusion});
        QCOMPARE(find("동영상"), QStringList{diffusion});
        // Four.
        QCOMPARE(find("강화학습"), QStringList{alignment});
        QCOMPARE(find("언어모델"), QStringList{alignment});
        QCOMPARE(find("멀티모달"), QStringList{alignment});
        QCOMPARE(find("고해상도"), QStringList{diffusion});
        // The syllables must be in a row, in order.
        QCOMPARE(find("학습강화"), QStringList());
        QCOMPARE(find("모델언어"), QStringList());
        QCOMPARE(find("강화모델"), QStringList());
    }

    void phrases()
    {
        QCOMPARE(find("확산 모델"), QStringList{diffusion});
        QCOMPARE(find("\"확산 모델\""), QStringList{diffusion});
        QCOMPARE(find("\"잠재 확산 모델\""), QStringList{diffusion});
        // A particle between the words is one piece: 강화학습을 적용 -> ... 학습 습을 적용.
        QCOMPARE(find("\"강화학습 적용\""), QStringList{alignment});
        // Words far apart are no phrase, though both are in the paper.
        QCOMPARE(find("\"음성 번역\""), QStringList());
        QCOMPARE(find("음성 번역"), QStringList{speech});
        QCOMPARE(find("\"확산 영상\""), QStringList());
    }

    // Korean writers space compounds both ways: either spelling finds the other (schema 11's
    // pieces across a single space), however many spaces the text puts in, but not words that
    // only touch across punctuation.
    void spacingEitherWay()
    {
        QCOMPARE(find("확산모델"), QStringList{diffusion});      // 확산 모델을
        QCOMPARE(find("잠재확산모델"), QStringList{diffusion});  // 잠재 확산 모델로
        QCOMPARE(find("고해상도영상"), QStringList{diffusion});  // 고해상도 영상을
        QCOMPARE(find("음성인식"), QStringList{speech});         // 음성 인식과
        QCOMPARE(find("\"강화 학습\""), QStringList{alignment}); // 강화학습으로
        QCOMPARE(find("\"대규모 언어 모델\""), QStringList{alignment});
        QCOMPARE(find("만듭니다새"), QStringList()); // 만듭니다. 새
        QCOMPARE(find("적용합니다멀티"), QStringList());
        QCOMPARE(find("확산영상"), QStringList());
    }

    // A highlight covers the whole Korean word searched for, not only its first piece.
    void snippetsHighlightWholeWords()
    {
        const QList<SearchHit> longWord = hits("언어모델");
        QCOMPARE(longWord.size(), 1);
        QCOMPARE(highlighted(longWord.first().snippet), QStringList{QStringLiteral("언어모델")});

        const QList<SearchHit> threeSyllables = hits("해상도");
        QCOMPARE(threeSyllables.size(), 1);
        QCOMPARE(highlighted(threeSyllables.first().snippet),
                 QStringList{QStringLiteral("해상도")});

        const QList<SearchHit> phrase = hits("\"확산 모델\"");
        QCOMPARE(phrase.size(), 1);
        const QStringList words = highlighted(phrase.first().snippet);
        QVERIFY2(!words.isEmpty(), qPrintable(phrase.first().snippet.text));
        for (const QString& word : words)
            QVERIFY2(word == QStringLiteral("확산 모델") || word == QStringLiteral("확산") ||
                         word == QStringLiteral("모델"),
                     qPrintable(words.join(u'|')));

        const QList<SearchHit> syllable = hits("강");
        QCOMPARE(syllable.size(), 1);
        const QStringList pieces = highlighted(syllable.first().snippet);
        QVERIFY2(!pieces.isEmpty(), qPrintable(syllable.first().snippet.text));
        for (const QString& piece : pieces)
            QVERIFY2(piece.startsWith(QStringLiteral("강")), qPrintable(pieces.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestKoreanSearch)
#include "TestKoreanSearch.moc"
