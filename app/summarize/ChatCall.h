#pragma once

#include "summarize/SummaryPrompt.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace paperboy::summarize {

// How the summarizer talks to the endpoint.
struct ChatOptions
{
    QUrl endpoint;  // {endpoint}/chat/completions, e.g. https://api.openai.com/v1
    QString model;  // e.g. gpt-4o, or what a local server serves
    QString apiKey; // sent as a bearer token; empty for a local endpoint that needs none
    int pdfTokenBudget = 4000;
    int timeoutMs = 180000; // one request, first byte to last: local models are slow
    int maxTries = 4;       // per paper, for 429 and 5xx
    int backoffMs = 1000;   // 1 s, 2 s, 4 s ... between tries, or what Retry-After says
    int maxWaitMs = 120000; // a longer Retry-After is cut to this
};

// What one paper's request ended with.
struct ChatResult
{
    enum class Outcome { Answered, Failed, Cancelled };
    QString paperId;
    Outcome outcome = Outcome::Failed;
    QString content; // the model's message (Answered)
    QString error;   // Failed: why, for the user; never holds the key
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
};

// The chat-completions URL of an endpoint ("…/v1" or "…/v1/" alike).
QUrl chatCompletionsUrl(const QUrl& endpoint);

// One paper's summary request: POST, and on 429 or 5xx a wait (Retry-After, else a doubling
// backoff) and another try, up to maxTries. A timeout, a refused key or any other answer ends
// it. `done` is emitted exactly once (from cancel() too); `requestSent` once per HTTP request,
// for the running count.
class ChatCall final : public QObject
{
    Q_OBJECT
public:
    ChatCall(QNetworkAccessManager& network, const ChatOptions& options, PaperText paper,
             QObject* parent = nullptr);
    ~ChatCall() override;

    void start();
    void cancel();

signals:
    void requestSent();
    void done(const paperboy::summarize::ChatResult& result);

private:
    void send();
    void onFinished();
    void finish(ChatResult::Outcome outcome, const QString& error = {});
    QString redacted(QString text) const; // the key, should a server echo it, never shown

    QNetworkAccessManager& m_network;
    const ChatOptions m_options;
    const PaperText m_paper;
    const QByteArray m_body;
    QNetworkReply* m_reply = nullptr;
    QTimer m_deadline;
    QTimer m_wait;
    ChatResult m_result;
    int m_tries = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace paperboy::summarize
