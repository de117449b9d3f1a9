// The pure half of asking: the PDF's pages as page-tagged chunks, the chunks chosen for a
// question within a budget (by the search index's term rules, Korean included), the prompt with
// and without a PDF, and the citations read back from an answer.
#include "AskFixtures.h"
#include "ask/AskPrompt.h"
#include "ask/ChunkRanking.h"
#include "ask/Citations.h"
#include "ask/PageChunks.h"
#include "summarize/PdfText.h"
#include "summarize/SummaryPrompt.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

class TestAskContext final : public QObject
{
    Q_OBJECT

private slots:
    void termsFollowTheSearchRules()
    {
        QCOMPARE(ask::searchTerms(u"LLM-based Distillation 2024"),
                 (QStringList{QStringLiteral("llm"), QStringLiteral("based"),
                              QStringLiteral("distillation"), QStringLiteral("2024")}));
        // Hangul runs become overlapping pairs, a one-syllable run itself, as in the index.
        QCOMPARE(
            ask::searchTerms(u"지식증류를 쓴 LLM"),
            (QStringList{QStringLiteral("지식"), QStringLiteral("식증"), QStringLiteral("증류"),
                         QStringLiteral("류를"), QStringLiteral("쓴"), QStringLiteral("llm")}));
    }

    void chunksStayOnTheirPage()
    {
        const QStringList pages{QStringLiteral("alpha beta\ngamma"), QString(),
                                QStringLiteral("delta ").repeated(400)};
        const ask::PageChunks chunks = ask::chunkPages(pages, 50);
        QVERIFY(chunks.size() > 3);
        QCOMPARE(chunks.first().page, 1);
        QCOMPARE(chunks.first().text, QStringLiteral("alpha beta\ngamma"));
        int onThree = 0;
        for (const ask::PageChunk& chunk : chunks) {
            QVERIFY(chunk.page == 1 || chunk.page == 3); // the empty page gives none
            QVERIFY(summarize::estimateTokens(chunk.text) <= 50);
            onThree += chunk.page == 3 ? 1 : 0;
        }
        // Page 3 is cut into pieces that hold all of it.
        QString joined;
        for (const ask::PageChunk& chunk : chunks) {
            if (chunk.page == 3)
                joined += chunk.text + QLatin1Char(' ');
        }
        QCOMPARE(joined.count(QStringLiteral("delta")), 400);
        QVERIFY(onThree >= 8);
    }

    void theRelevantChunkWinsASmallBudget()
    {
        ask::PageChunks chunks;
        for (int page = 1; page <= 6; ++page)
            chunks.append({page, asktest::fillerFor(page)});
        chunks[3].text.prepend(asktest::factOnPageFour() + QLatin1Char(' '));
        const int oneChunk = ask::chunkTokens(chunks[3]);
        const ask::PageChunks chosen =
            ask::selectChunks(chunks, asktest::questionAboutTheFact(), oneChunk + 10);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().page, 4);

        // A larger budget takes no chunk that cannot answer...
        QCOMPARE(ask::selectChunks(chunks, asktest::questionAboutTheFact(), oneChunk * 3).size(),
                 1);
        // ... unless nothing matches: then the paper's first chunks, in its order.
        const ask::PageChunks first =
            ask::selectChunks(chunks, u"quantum chromodynamics", oneChunk * 2 + 20);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).page, 1);
        QCOMPARE(first.at(1).page, 2);
        // Two matching chunks: both, in the paper's order, the stronger match included.
        const ask::PageChunks two =
            ask::selectChunks(chunks, u"sky whale tokenizer", oneChunk * 3 + 20);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).page, 2);
        QCOMPARE(two.at(1).page, 4);
        QVERIFY(ask::selectChunks(chunks, u"anything", 5).isEmpty()); // nothing fits
    }

    void koreanQuestionsFindKoreanPages()
    {
        const ask::PageChunks chunks{
            {1, QStringLiteral("이 논문은 강화학습 보상 설계를 다룬다.")},
            {2, QStringLiteral("지식증류를 통해 작은 모델이 큰 모델을 따라간다.")},
            {3, QStringLiteral("실험은 여러 벤치마크에서 수행되었다.")},
        };
        const int budget = ask::chunkTokens(chunks[1]) + 2;
        const ask::PageChunks chosen =
            ask::selectChunks(chunks, u"지식 증류는 어떻게 쓰였나?", budget);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().page, 2);
    }

    void citationsGiveTheirPages()
    {
        const QString answer = QStringLiteral(
            "It rises [p. 3], then [p. 3, 5] and [pp. 7–9]; also [p.12; p. 14] and [pp. 2-3]. "
            "Not [1], not [p. x], not [see p. 4].");
        QCOMPARE(ask::citedPages(answer), (QList<int>{2, 3, 5, 7, 8, 9, 12, 14}));
        const QList<ask::Citation> citations = ask::findCitations(answer);
        QCOMPARE(citations.size(), 5);
        QCOMPARE(answer.mid(citations.at(2).start, citations.at(2).length),
                 QStringLiteral("[pp. 7–9]"));
        QVERIFY(citations.at(2).range);
        QCOMPARE(citations.at(1).pages, (QList<int>{3, 5}));
        QVERIFY(ask::citedPages(u"[pp. 1-100000]").size() == 2); // a silly range: its ends
    }

    void thePromptCarriesThePageWithTheAnswer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("paper.pdf"));
        QVERIFY(asktest::writeSixPagePdf(file));
        QString error;
        ask::PaperContext paper;
        paper.id = QStringLiteral("2501.00004");
        paper.title = QStringLiteral("Whales");
        paper.pages = summarize::extractPdfPages(file, &error);
        QCOMPARE(paper.pages.size(), 6);
        QVERIFY(paper.pages.at(3).contains(QStringLiteral("sky whale")));

        const ask::AskPrompt prompt = ask::buildPrompt(paper, asktest::questionAboutTheFact(), 120);
        QVERIFY(prompt.withPdf);
        QVERIFY(prompt.answerPrefix.isEmpty());
        QCOMPARE(prompt.pagesSent, QList<int>{4});
        QVERIFY(prompt.user.contains(QStringLiteral("[page 4]")));
        QVERIFY(prompt.user.contains(QStringLiteral("forty-two hertz")));
        QVERIFY(!prompt.user.contains(QStringLiteral("tokenizer settings")));
        QVERIFY(prompt.system.contains(QStringLiteral("[p. N]")));

        const QJsonObject body =
            QJsonDocument::fromJson(ask::askRequestBody(QStringLiteral("m"), prompt, true))
                .object();
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 2);
    }

    void withoutAPdfTheSummariesAnswerAndSaySo()
    {
        ask::PaperContext paper;
        paper.id = QStringLiteral("2501.00005");
        paper.title = QStringLiteral("Lanterns");
        paper.abstract = QStringLiteral("We light long documents.");
        paper.aiSummary = QStringLiteral("Cheaper attention.");
        paper.sections = {{QStringLiteral("What's New"), QStringLiteral("긴 문서를 위한 주의")}};
        const ask::AskPrompt prompt = ask::buildPrompt(paper, QStringLiteral("How?"), 4000);
        QVERIFY(!prompt.withPdf);
        QVERIFY(prompt.pagesSent.isEmpty());
        QVERIFY(prompt.answerPrefix.startsWith(ask::noPdfNotice()));
        for (const QString& part :
             {QStringLiteral("We light long documents."), QStringLiteral("Cheaper attention."),
              QStringLiteral("긴 문서를 위한 주의")})
            QVERIFY2(prompt.user.contains(part), qPrintable(part));
        QVERIFY(prompt.system.contains(QStringLiteral("not available")));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // QPdfWriter
    TestAskContext test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAskContext.moc"
