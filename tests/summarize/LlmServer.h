#pragma once

#include "common/LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace paperboy::summarytest {

// A real OpenAI-compatible chat-completions server on loopback, on its own thread (the CLI
// tests wait for a child process): POST /v1/chat/completions answers each paper (found by the
// "arXiv: ID" line of the prompt) the way the test set it up, with a `usage` of 100 prompt and
// 40 completion tokens. It records what it was sent.
class LlmServer final
{
public:
    enum class Mode {
        Clean,        // the JSON object alone
        Fenced,       // prose, then the JSON in a ```json fence
        AsteriskKeys, // keys written **What's New** and ***Technical Details***
        Prose,        // no JSON at all
        Unauthorized, // 401, OpenAI's error body (echoing the key, as a careless proxy might)
        BusyOnce,     // 429 with Retry-After: 1, then Clean
        FailOnce,     // 500, then Clean
        AlwaysFail,   // 500 every time
        Stall,        // headers, part of the body, then nothing
        Slow,         // Clean after 1.5 s
    };

    LlmServer();
    ~LlmServer();
    bool start();
    QString endpoint() const; // http://127.0.0.1:PORT/v1

    void setMode(const QString& paperId, Mode mode); // unknown papers are Clean
    int requests(const QString& paperId) const;
    int totalRequests() const;
    QStringList authorizations() const;               // the Authorization headers seen, "" for none
    QString lastPrompt(const QString& paperId) const; // the user message
    QStringList models() const;                       // the "model" of each request
    int maxConcurrent() const;                        // most requests open at once
    QList<qint64> requestTimes(const QString& paperId) const; // ms since start()

    static QByteArray cleanJson(const QString& paperId);

    class Worker;

private:
    Worker* m_worker; // owned by m_server, which runs it on the server's thread
    testing::LoopbackHttpServer m_server;
};

} // namespace paperboy::summarytest
