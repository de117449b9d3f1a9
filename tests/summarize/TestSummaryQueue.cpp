// The requests against a real OpenAI-compatible server on loopback: replies in every shape,
// a refused key, 429 with Retry-After, 500, a stalled answer, cancel, the concurrency limit
// and the counts of requests and tokens.
#include "LlmServer.h"

#include "summarize/SummaryQueue.h"
#include "summarize/SummaryReply.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace paperboy;
using namespace paperboy::summarize;
using summarytest::LlmServer;

class TestSummaryQueue final : public QObject
{
    Q_OBJECT

private:
    LlmServer m_server;

    ChatOptions options(const QString& key = {}) const
    {
        ChatOptions chat;
        chat.endpoint = QUrl(m_server.endpoint());
        chat.model = QStringLiteral("test-model");
        chat.apiKey = key;
        chat.timeoutMs = 1500;
        chat.backoffMs = 50;
        chat.maxTries = 3;
        return chat;
    }

    static PaperText paper(const QString& id)
    {
        return {id, QStringLiteral("Title of ") + id, QStringLiteral("Abstract of ") + id, {}};
    }

    // Runs `ids` through a queue to the end; the results by paper id.
    QHash<QString, ChatResult> runAll(SummaryQueue& queue, const QStringList& ids)
    {
        QHash<QString, ChatResult> results;
        connect(&queue, &SummaryQueue::finished, this,
                [&results](const ChatResult& result) { results.insert(result.paperId, result); });
        QSignalSpy idle(&queue, &SummaryQueue::idle);
        for (const QString& id : ids)
            queue.enqueue(paper(id));
        if (!queue.isIdle())
            idle.wait(30000);
        return results;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void readsEveryReplyShape()
    {
        m_server.setMode(QStringLiteral("2501.00001"), LlmServer::Mode::Clean);
        m_server.setMode(QStringLiteral("2501.00002"), LlmServer::Mode::Fenced);
        m_server.setMode(QStringLiteral("2501.00003"), LlmServer::Mode::AsteriskKeys);
        m_server.setMode(QStringLiteral("2501.00004"), LlmServer::Mode::Prose);
        SummaryQueue queue(options(QStringLiteral("sk-test-key-1")), 2);
        const auto results =
            runAll(queue, {QStringLiteral("2501.00001"), QStringLiteral("2501.00002"),
                           QStringLiteral("2501.00003"), QStringLiteral("2501.00004")});
        QCOMPARE(results.size(), 4);
        for (const ChatResult& result : results)
            QVERIFY2(result.outcome == ChatResult::Outcome::Answered, qPrintable(result.error));
        for (const char* id : {"2501.00001", "2501.00002", "2501.00003"}) {
            const SummaryReply reply = readSummaryReply(results.value(QLatin1String(id)).content);
            QVERIFY(reply.structured);
            QCOMPARE(reply.sections.size(), 3);
        }
        const SummaryReply prose =
            readSummaryReply(results.value(QStringLiteral("2501.00004")).content);
        QVERIFY(!prose.structured);
        QCOMPARE(prose.sections.size(), 1);
        QVERIFY(prose.sections.first().markdown.contains(QStringLiteral("주의(attention)")));
        QCOMPARE(queue.counts().requests, 4);
        QCOMPARE(queue.counts().promptTokens, 400);
        QCOMPARE(queue.counts().completionTokens, 160);
        QVERIFY(m_server.authorizations().contains(QStringLiteral("Bearer sk-test-key-1")));
        QVERIFY(m_server.models().contains(QStringLiteral("test-model")));
    }

    void refusedKeyIsSaidClearlyWithoutTheKey()
    {
        const QString id = QStringLiteral("2501.00010");
        m_server.setMode(id, LlmServer::Mode::Unauthorized);
        SummaryQueue queue(options(QStringLiteral("sk-secret-do-not-show")), 1);
        const ChatResult result = runAll(queue, {id}).value(id);
        QCOMPARE(result.outcome, ChatResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("the endpoint refused the key")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("401")), qPrintable(result.error));
        // The server echoed the key in its error; the message does not.
        QVERIFY2(!result.error.contains(QStringLiteral("sk-secret-do-not-show")),
                 qPrintable(result.error));
        QCOMPARE(m_server.requests(id), 1); // a refused key is not asked again
    }

    void busyHonoursRetryAfter()
    {
        const QString id = QStringLiteral("2501.00020");
        m_server.setMode(id, LlmServer::Mode::BusyOnce);
        SummaryQueue queue(options(), 1);
        const ChatResult result = runAll(queue, {id}).value(id);
        QVERIFY2(result.outcome == ChatResult::Outcome::Answered, qPrintable(result.error));
        const QList<qint64> times = m_server.requestTimes(id);
        QCOMPARE(times.size(), 2);
        // Retry-After: 1 (not the 50 ms backoff) was waited.
        QVERIFY2(times.at(1) - times.at(0) >= 950,
                 qPrintable(QString::number(times.at(1) - times.at(0))));
    }

    void serverErrorsAreRetriedThenReported()
    {
        const QString once = QStringLiteral("2501.00030");
        const QString always = QStringLiteral("2501.00031");
        m_server.setMode(once, LlmServer::Mode::FailOnce);
        m_server.setMode(always, LlmServer::Mode::AlwaysFail);
        SummaryQueue queue(options(), 2);
        const auto results = runAll(queue, {once, always});
        QCOMPARE(results.value(once).outcome, ChatResult::Outcome::Answered);
        QCOMPARE(m_server.requests(once), 2);
        QCOMPARE(results.value(always).outcome, ChatResult::Outcome::Failed);
        QCOMPARE(m_server.requests(always), 3); // maxTries
        QVERIFY2(results.value(always).error.contains(QStringLiteral("500")),
                 qPrintable(results.value(always).error));
    }

    void stalledAnswerTimesOut()
    {
        const QString id = QStringLiteral("2501.00040");
        m_server.setMode(id, LlmServer::Mode::Stall);
        SummaryQueue queue(options(), 1);
        QElapsedTimer clock;
        clock.start();
        const ChatResult result = runAll(queue, {id}).value(id);
        QCOMPARE(result.outcome, ChatResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("no answer within")),
                 qPrintable(result.error));
        QVERIFY(clock.elapsed() >= 1400 && clock.elapsed() < 10000);
        QCOMPARE(m_server.requests(id), 1);
    }

    void keepsToTheConcurrencyAndCancels()
    {
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            ids.append(QStringLiteral("2501.0010") + QString::number(i));
            m_server.setMode(ids.last(), LlmServer::Mode::Slow);
        }
        const int before = m_server.totalRequests();
        ChatOptions chat = options();
        chat.timeoutMs = 10000;
        SummaryQueue queue(chat, 3);
        QHash<QString, ChatResult> results;
        connect(&queue, &SummaryQueue::finished, this,
                [&results](const ChatResult& result) { results.insert(result.paperId, result); });
        for (const QString& id : std::as_const(ids))
            queue.enqueue(paper(id));
        // The first three answer after 1.5 s; cancel while the next three are asked.
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.totalRequests() - before >= 6, 5000);
        queue.cancelAll();
        QVERIFY(queue.isIdle());
        QCOMPARE(results.size(), 8);
        int answered = 0;
        int cancelled = 0;
        for (const ChatResult& result : std::as_const(results)) {
            answered += result.outcome == ChatResult::Outcome::Answered ? 1 : 0;
            cancelled += result.outcome == ChatResult::Outcome::Cancelled ? 1 : 0;
        }
        QCOMPARE(answered, 3);
        QCOMPARE(cancelled, 5);
        QVERIFY(m_server.maxConcurrent() <= 3);
        QCOMPARE(m_server.totalRequests() - before, 6); // the last two were never sent
    }

    void unreachableEndpointFailsAtOnce()
    {
        ChatOptions chat = options();
        chat.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        SummaryQueue queue(chat, 1);
        const ChatResult result =
            runAll(queue, {QStringLiteral("2501.00050")}).value(QStringLiteral("2501.00050"));
        QCOMPARE(result.outcome, ChatResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("could not be reached")),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestSummaryQueue)
#include "TestSummaryQueue.moc"
