// The reply reader (summarize::readSummaryReply) over one named fixture per shape of reply
// that models give (tests/data/summarize), and the prompt's token budget.
#include "summarize/ChatCall.h"
#include "summarize/SummaryPrompt.h"
#include "summarize/SummaryReply.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace paperboy;
using namespace paperboy::summarize;

namespace {

QString fixture(const char* name)
{
    QFile file(QStringLiteral(PAPERBOY_TEST_DATA_DIR "/summarize/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QString::fromUtf8(file.readAll());
}

QStringList names(const SummaryReply& reply)
{
    QStringList list;
    for (const core::Section& section : reply.sections)
        list.append(section.name);
    return list;
}

const QStringList allThree{QStringLiteral("What's New"), QStringLiteral("Technical Details"),
                           QStringLiteral("Performance Highlights")};

} // namespace

class TestSummaryReply final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("sections");
        QTest::addColumn<bool>("structured");
        QTest::addColumn<QString>("firstText");
        QTest::newRow("clean") << "clean.txt" << allThree << true
                               << "Lantern은 긴 문서를 위한 가벼운 주의(lightweight attention) "
                                  "기법을 제안합니다.";
        QTest::newRow("fenced") << "fenced.txt" << allThree << true
                                << "새로운 점(what's new) 설명.";
        QTest::newRow("prose then JSON")
            << "prose_then_json.txt" << allThree << true << "산문 뒤의 JSON.";
        QTest::newRow("asterisk keys") << "asterisk_keys.txt" << allThree << true << "별표 두 개.";
        QTest::newRow("curly apostrophe") << "curly_apostrophe.txt" << allThree << true
                                          << "둥근 아포스트로피(curly apostrophe) 키.";
        QTest::newRow("missing section")
            << "missing_section.txt"
            << QStringList{QStringLiteral("What's New"), QStringLiteral("Performance Highlights")}
            << true << "새로운 점만 있습니다.";
        QTest::newRow("markdown labels")
            << "markdown_labels.txt" << allThree << true << "시드 형식의 마크다운 줄.";
        QTest::newRow("list values")
            << "list_values.txt" << allThree << true << "- 첫째 항목\n- 둘째 항목";
        QTest::newRow("nested") << "nested.txt" << allThree << true << "한 단계 아래의 객체.";
        QTest::newRow("trailing comma") << "trailing_comma.txt" << allThree << true << "끝의 쉼표.";
        QTest::newRow("two objects")
            << "two_objects.txt" << allThree << true << "두 번째 객체가 답입니다.";
        QTest::newRow("no JSON") << "no_json.txt" << QStringList{QStringLiteral("Summary")} << false
                                 << fixture("no_json.txt").trimmed();
        QTest::newRow("broken JSON") << "broken_json.txt" << QStringList{QStringLiteral("Summary")}
                                     << false << fixture("broken_json.txt").trimmed();
    }

    void readsEveryShape()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, sections);
        QFETCH(bool, structured);
        QFETCH(QString, firstText);
        const SummaryReply reply = readSummaryReply(fixture(file.toUtf8().constData()));
        QCOMPARE(names(reply), sections);
        QCOMPARE(reply.structured, structured);
        QCOMPARE(reply.sections.first().markdown, firstText);
        // The bytes entry point reads the same.
        const SummaryReply fromBytes =
            readSummaryReplyBytes(fixture(file.toUtf8().constData()).toUtf8());
        QCOMPARE(names(fromBytes), sections);
    }

    void markdownLabelsKeepTheirLines()
    {
        const SummaryReply reply = readSummaryReply(fixture("markdown_labels.txt"));
        QCOMPARE(reply.sections.at(1).markdown,
                 QStringLiteral("두 번째 줄은\n여러 줄로 이어집니다."));
        QCOMPARE(reply.sections.at(2).markdown, QStringLiteral("굵은 라벨과 콜론."));
    }

    void emptyReplyHasNoSection()
    {
        QVERIFY(readSummaryReply(fixture("empty.txt")).sections.isEmpty());
        QVERIFY(readSummaryReplyBytes(QByteArrayView()).sections.isEmpty());
    }

    void oddBytesNeverCrash()
    {
        // Invalid UTF-8, lone braces, a fence that never closes, deep nesting.
        const QByteArray odd[] = {"\xff\xfe{\"What's New\": \"\xc3\"}",
                                  "{{{{{{{{{{{{{{{{{{{{",
                                  "```json\n{\"What's New\": \"open fence\"",
                                  QByteArray(10000, '{') + QByteArray(10000, '}'),
                                  "}{\"a\":}",
                                  "```\n```\n```"};
        for (const QByteArray& bytes : odd) {
            const SummaryReply reply = readSummaryReplyBytes(bytes);
            QVERIFY(!reply.sections.isEmpty());
        }
        QCOMPARE(names(readSummaryReplyBytes("```json\n{\"What's New\": \"open fence\"}")),
                 QStringList{QStringLiteral("What's New")});
    }

    void promptCutsThePdfTextToTheBudget()
    {
        const QString words = QStringLiteral("attention ").repeated(4000); // ~10 000 tokens
        const QString cut = cutToTokens(words, 1000);
        QVERIFY(estimateTokens(cut) <= 1000);
        QVERIFY(estimateTokens(cut) > 950);
        QVERIFY(cut.endsWith(QStringLiteral("attention")));
        QCOMPARE(cutToTokens(words, 0), QString());
        QCOMPARE(cutToTokens(QStringLiteral("short"), 100), QStringLiteral("short"));
        QCOMPARE(estimateTokens(QStringLiteral("증류 모델")), 5); // a syllable each, the space ¼

        const PaperText paper{QStringLiteral("2501.01234"), QStringLiteral("Lantern"),
                              QStringLiteral("An abstract."), words};
        const QJsonObject body =
            QJsonDocument::fromJson(chatRequestBody(QStringLiteral("gpt-4o"), paper, 500)).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QString system = messages.at(0)[QStringLiteral("content")].toString();
        QVERIFY(system.contains(QStringLiteral("Korean")));
        QVERIFY(system.contains(QStringLiteral("parentheses")));
        for (const QString& key : allThree)
            QVERIFY(system.contains(key));
        const QString user = messages.at(1)[QStringLiteral("content")].toString();
        QVERIFY(user.startsWith(QStringLiteral("arXiv: 2501.01234\nTitle: Lantern")));
        QVERIFY(user.contains(QStringLiteral("An abstract.")));
        QVERIFY(estimateTokens(user) < 600);
        // Without a budget, no PDF text at all.
        QVERIFY(!userPrompt(paper, 0).contains(QStringLiteral("attention")));
    }

    void chatUrlFollowsTheEndpoint()
    {
        QCOMPARE(chatCompletionsUrl(QUrl(QStringLiteral("https://api.openai.com/v1"))),
                 QUrl(QStringLiteral("https://api.openai.com/v1/chat/completions")));
        QCOMPARE(chatCompletionsUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/"))),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/v1/chat/completions")));
    }
};

QTEST_GUILESS_MAIN(TestSummaryReply)
#include "TestSummaryReply.moc"
