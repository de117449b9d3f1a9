#pragma once

#include "ask/EventStream.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy::ask {

struct AskOptions
{
    QUrl endpoint; // {endpoint}/chat/completions, as for summaries
    QString model;
    QString apiKey;             // bearer token; empty for a local server that needs none
    int idleTimeoutMs = 180000; // no byte for this long ends the request: local models are slow
    int maxWaitMs = 60000;      // a 429 asking for a longer wait is an error, not a wait
    int busyRetries = 1;        // 429 answers waited out before giving up
};

struct AskResult
{
    enum class Outcome {
        Answered,  // the whole answer
        Cut,       // the stream ended early: `answer` holds what arrived, `error` why
        Failed,    // nothing usable: `error` says why
        Cancelled, // `answer` holds what arrived before
    };
    Outcome outcome = Outcome::Failed;
    QString answer; // the prefix of the request included
    QString error;  // for the user; never holds the key
    bool complete() const { return outcome == Outcome::Answered; }
};

// One question to an OpenAI-compatible endpoint, its answer streamed: POST with "stream": true,
// each piece emitted as it arrives (EventStream). A server that answers with one whole JSON
// completion instead is read as such. A 429 is waited out (Retry-After, within maxWaitMs) up to
// busyRetries times; cancel() aborts the request at any moment. done() comes exactly once.
class AskCall final : public QObject
{
    Q_OBJECT
public:
    // `answerPrefix` starts the answer, emitted with its first piece (AskPrompt::answerPrefix).
    AskCall(QNetworkAccessManager& network, AskOptions options, QByteArray body,
            QString answerPrefix, QObject* parent = nullptr);
    ~AskCall() override;

    void start();
    void cancel();

signals:
    void textArrived(const QString& piece);
    void waiting(int milliseconds); // a 429: the next try after this wait
    void done(const paperboy::ask::AskResult& result);

private:
    void send();
    void onReadyRead();
    void onFinished();
    void take(const QString& piece);
    void finish(AskResult::Outcome outcome, const QString& error = {});
    QNetworkReply* dropReply();
    bool isEventStream() const;
    QString redacted(QString text) const;

    QNetworkAccessManager& m_network;
    const AskOptions m_options;
    const QByteArray m_body;
    const QString m_prefix;
    QNetworkReply* m_reply = nullptr;
    QTimer m_idle;
    QTimer m_wait;
    EventStream m_events;
    QByteArray m_plainBody; // a reply that is not an event stream, read whole
    AskResult m_result;
    int m_busyAnswers = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace paperboy::ask

Q_DECLARE_METATYPE(paperboy::ask::AskResult)
