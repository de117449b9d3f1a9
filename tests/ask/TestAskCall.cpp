// The streamed answer against a real OpenAI-compatible server on loopback (chat_server.py):
// pieces as they arrive, a stream cut in the middle of an event, a 429 waited out or refused,
// a server that does not stream, and cancel closing the connection.
#include "ChatServer.h"
#include "ask/AskCall.h"
#include "ask/AskPrompt.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace paperboy;
using ask::AskResult;

class TestAskCall final : public QObject
{
    Q_OBJECT

private:
    asktest::ChatServer m_server;
    QNetworkAccessManager m_network;

    // A prompt whose context is one page-7 passage, with `question`.
    QByteArray body(const QString& question) const
    {
        ask::AskPrompt prompt;
        prompt.system = QStringLiteral("Answer.");
        prompt.user = QStringLiteral("Context:\n\n[page 7]\nLanterns glow in the long "
                                     "documents. More.\n\nQuestion: ") +
                      question;
        return ask::askRequestBody(QStringLiteral("model-x"), prompt, true);
    }

    ask::AskOptions options() const
    {
        ask::AskOptions options;
        options.endpoint = QUrl(m_server.endpoint());
        options.model = QStringLiteral("model-x");
        options.idleTimeoutMs = 20000;
        return options;
    }

    struct Run
    {
        QStringList pieces;
        AskResult result;
        int waits = 0;
    };

    Run ask(const QString& question, const ask::AskOptions& opts, const QString& prefix = {})
    {
        ask::AskCall call(m_network, opts, body(question), prefix);
        Run run;
        connect(&call, &ask::AskCall::textArrived, this,
                [&run](const QString& piece) { run.pieces.append(piece); });
        connect(&call, &ask::AskCall::waiting, this, [&run](int) { ++run.waits; });
        QSignalSpy done(&call, &ask::AskCall::done);
        call.start();
        if (!done.wait(30000))
            return run;
        run.result = done.first().first().value<AskResult>();
        return run;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AskResult>();
        QVERIFY(m_server.start());
    }

    void streamsTheAnswerInPieces()
    {
        const Run run = ask(QStringLiteral("What glows?"), options(), QStringLiteral("Note. "));
        QCOMPARE(run.result.outcome, AskResult::Outcome::Answered);
        QVERIFY2(run.pieces.size() >= 3, qPrintable(run.pieces.join(u'|')));
        QVERIFY(run.pieces.first().startsWith(QStringLiteral("Note. "))); // with the first piece
        QCOMPARE(run.pieces.join(QString()), run.result.answer);
        QCOMPARE(run.result.answer,
                 QStringLiteral("Note. The paper says: Lanterns glow in the long documents [p. "
                                "7]. See also [pp. 7-8]."));
        QVERIFY(run.result.error.isEmpty());
    }

    void aCutStreamKeepsWhatArrived()
    {
        const Run run = ask(QStringLiteral("What glows? #cut"), options());
        QCOMPARE(run.result.outcome, AskResult::Outcome::Cut);
        QCOMPARE(run.result.answer, QStringLiteral("The paper "));
        QVERIFY(!run.result.complete());
        QVERIFY(run.result.error.contains(QStringLiteral("cut off")));
    }

    void aBusyServerIsWaitedOutOnce()
    {
        QElapsedTimer clock;
        clock.start();
        const Run run = ask(QStringLiteral("What glows? #busy"), options());
        QCOMPARE(run.result.outcome, AskResult::Outcome::Answered);
        QCOMPARE(run.waits, 1);
        QVERIFY(clock.elapsed() >= 900); // Retry-After: 1
        QVERIFY(run.result.answer.contains(QStringLiteral("[p. 7]")));
    }

    void aLongRetryAfterIsAClearError()
    {
        QElapsedTimer clock;
        clock.start();
        const Run run = ask(QStringLiteral("What glows? #busylong"), options());
        QCOMPARE(run.result.outcome, AskResult::Outcome::Failed);
        QCOMPARE(run.waits, 0);
        QVERIFY(run.pieces.isEmpty());
        QVERIFY2(run.result.error.contains(QStringLiteral("3600 second")),
                 qPrintable(run.result.error));
        QVERIFY(clock.elapsed() < 10000);
    }

    void aServerThatDoesNotStreamAnswersWhole()
    {
        const Run run = ask(QStringLiteral("What glows? #plain"), options());
        QCOMPARE(run.result.outcome, AskResult::Outcome::Answered);
        QCOMPARE(run.pieces.size(), 1);
        QVERIFY(run.result.answer.contains(QStringLiteral("[p. 7]")));
    }

    void cancelClosesTheConnection()
    {
        const int closedBefore = int(m_server.entries(QStringLiteral("closed")).size());
        ask::AskCall call(m_network, options(), body(QStringLiteral("What glows? #slow")), {});
        QSignalSpy pieces(&call, &ask::AskCall::textArrived);
        QSignalSpy done(&call, &ask::AskCall::done);
        call.start();
        QTRY_VERIFY_WITH_TIMEOUT(pieces.size() >= 2, 10000);
        call.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().value<AskResult>().outcome, AskResult::Outcome::Cancelled);
        QVERIFY(!done.first().first().value<AskResult>().answer.isEmpty()); // what arrived
        // The server's next writes fail: it saw the connection close.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.entries(QStringLiteral("closed")).size() > closedBefore,
                                 10000);
        QTest::qWait(300);
        QCOMPARE(done.size(), 1); // once only
    }

    void anUnreachableEndpointFails()
    {
        ask::AskOptions opts = options();
        opts.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        const Run run = ask(QStringLiteral("What glows?"), opts);
        QCOMPARE(run.result.outcome, AskResult::Outcome::Failed);
        QVERIFY(run.result.error.contains(QStringLiteral("could not be reached")));
    }
};

QTEST_GUILESS_MAIN(TestAskCall)
#include "TestAskCall.moc"
